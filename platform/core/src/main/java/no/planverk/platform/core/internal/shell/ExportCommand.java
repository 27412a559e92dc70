package no.planverk.platform.core.internal.shell;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import no.planverk.platform.api.DataExport;
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
@Command(scope = "planverk", name = "export", description = "Export of all data as one JSON file (admins; default data/export/planverk-export-<time>.json)")
public class ExportCommand implements Action {

    @Reference
    DataExport export;

    @Argument(index = 0, name = "file", description = "The JSON file to write (default: data/export/planverk-export-<time>.json)")
    @Completion(FileCompleter.class)
    String file;

    @Override
    public Object execute() throws IOException {
        UserContext user = ShellUser.current();
        byte[] json = export.exportAll(user); // admins only: the service checks
        Path to = file != null ? Path.of(file) : Path.of(System.getProperty("karaf.data", "data"), "export", DataExport.fileName());
        if (to.getParent() != null) {
            Files.createDirectories(to.getParent());
        }
        Files.write(to, json);
        System.out.println("Export of " + String.join(", ", export.modules()) + " written to " + to.toAbsolutePath()
                + " (" + json.length + " bytes)");
        return null;
    }
}
