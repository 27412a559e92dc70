package no.planverk.competence.core.internal.shell;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import no.planverk.competence.api.FileFormat;
import no.planverk.competence.api.WorkforceService;
import no.planverk.competence.core.internal.io.WorkforceTransfer;
import no.planverk.platform.api.RowError;
import no.planverk.platform.shell.ShellUser;
import no.planverk.platform.api.Message;
import no.planverk.platform.api.transfer.ImportSummary;
import org.apache.karaf.shell.api.action.Action;
import org.apache.karaf.shell.api.action.Argument;
import org.apache.karaf.shell.api.action.Command;
import org.apache.karaf.shell.api.action.Completion;
import org.apache.karaf.shell.api.action.Option;
import org.apache.karaf.shell.api.action.lifecycle.Reference;
import org.apache.karaf.shell.api.action.lifecycle.Service;
import org.apache.karaf.shell.support.completers.FileCompleter;

@Service
@Command(scope = "competence", name = "import", description = "Imports the workforce register from a CSV or XLSX file (all or nothing)")
public class ImportCommand implements Action {

    @Reference
    WorkforceService workforce;

    @Argument(index = 0, name = "file", required = true, description = "A .csv or .xlsx file with the columns unit,year,category,percent,age,...")
    @Completion(FileCompleter.class)
    String file;

    @Option(name = "--dry-run", description = "Check the file and list every row error, without saving")
    boolean dryRun;

    @Override
    public Object execute() throws IOException {
        Path path = Path.of(file);
        if (!Files.isReadable(path)) {
            System.err.println("Cannot read " + file);
            return null;
        }
        FileFormat format = file.toLowerCase(Locale.ROOT).endsWith(".xlsx") ? FileFormat.XLSX : FileFormat.CSV;
        byte[] content = Files.readAllBytes(path);
        ImportSummary r = dryRun ? workforce.preview(format, content, ShellUser.current()) : workforce.importData(format, content,
                ShellUser.current());
        for (RowError e : r.errors()) {
            System.err.println(e);
        }
        System.out.printf(Locale.ROOT, "%s: %d rows, %d positions, %.1f FTE; replaces %s%n", r.committed() ? "Imported" : r.ok()
                ? "Checked, nothing saved (dry run)" : "Not imported, " + r.errors().size() + " error(s); nothing was saved", r.rows(),
                r.created(), r.figure(WorkforceTransfer.FTE), r.notes().stream().map(Message::english).toList());
        return null;
    }
}
