package no.planverk.platform.core.internal.shell;

import java.nio.file.Path;
import no.planverk.platform.api.DatabaseBackup;
import no.planverk.platform.api.UserContext;
import no.planverk.platform.shell.ShellUser;
import org.apache.karaf.shell.api.action.Action;
import org.apache.karaf.shell.api.action.Argument;
import org.apache.karaf.shell.api.action.Command;
import org.apache.karaf.shell.api.action.Completion;
import org.apache.karaf.shell.api.action.lifecycle.Reference;
import org.apache.karaf.shell.api.action.lifecycle.Service;
import org.apache.karaf.shell.support.completers.FileCompleter;

@Service
@Command(scope = "planverk", name = "backup", description = "Online backup of the Derby database into a new folder (default data/backup)")
public class BackupCommand implements Action {

    @Reference
    DatabaseBackup backup;

    @Argument(index = 0, name = "directory", description = "Where to put the backup folder (default: data/backup)")
    @Completion(FileCompleter.class)
    String directory;

    @Override
    public Object execute() {
        Path dir = directory != null ? Path.of(directory) : DatabaseBackup.defaultDirectory();
        UserContext user = ShellUser.current();
        Path into = backup.backup(dir, user); // admins only: the service checks

        System.out.println("Backup written to " + into);
        System.out.println("Restore: stop Planverk, replace data/derby/planverk with " + into.resolve("planverk") + ", start.");
        return null;
    }
}
