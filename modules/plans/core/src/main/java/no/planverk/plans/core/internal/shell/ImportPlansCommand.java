package no.planverk.plans.core.internal.shell;

import java.io.IOException;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import no.planverk.plans.api.PlanTransferService;
import no.planverk.plans.core.internal.io.PlanTransfer;
import no.planverk.platform.api.RowError;
import no.planverk.platform.api.transfer.ImportSummary;
import no.planverk.platform.shell.ShellUser;
import org.apache.karaf.shell.api.action.Action;
import org.apache.karaf.shell.api.action.Argument;
import org.apache.karaf.shell.api.action.Command;
import org.apache.karaf.shell.api.action.Completion;
import org.apache.karaf.shell.api.action.Option;
import org.apache.karaf.shell.api.action.lifecycle.Reference;
import org.apache.karaf.shell.api.action.lifecycle.Service;
import org.apache.karaf.shell.support.completers.FileCompleter;

@Service
@Command(scope = "plans", name = "import", description = "Imports plans or goals from a CSV or JSON file (all or nothing)")
public class ImportPlansCommand implements Action {

    @Reference
    PlanTransferService transfer;

    @Argument(index = 0, name = "file", required = true, description = "A .json file, or a .csv file of plans or goals")
    @Completion(FileCompleter.class)
    String file;

    @Option(name = "--kind", description = "For CSV: plans (default) or goals")
    @Completion(TransferKindCompleter.class)
    String kind = "plans";

    @Option(name = "--dry-run", description = "Check the file and show what would change, without saving")
    boolean dryRun;

    @Override
    public Object execute() throws IOException {
        TransferFile target = TransferFile.of(file, kind);
        if (target == null) {
            return null;
        }
        Path path = target.path();
        String content;
        try {
            content = StandardCharsets.UTF_8.newDecoder().decode(java.nio.ByteBuffer.wrap(Files.readAllBytes(path))).toString();
        } catch (CharacterCodingException e) {
            System.err.println(file + " is not UTF-8 text; save it as UTF-8 and try again. Nothing was imported.");
            return null;
        }
        ImportSummary s = dryRun ? transfer.preview(target.kind(), target.format(), content, ShellUser.current())
                : transfer.importData(target.kind(), target.format(), content, ShellUser.current());
        for (RowError e : s.errors()) {
            System.err.println(e);
        }
        System.out.printf("%s: %d rows; plans %d new, %d updated; goals %d new, %d updated%n",
                s.committed() ? "Imported" : s.ok() ? "Checked, nothing saved (dry run)" : "Not imported, " + s.errors().size()
                        + " error(s); nothing was saved", s.rows(), (int) s.figure(PlanTransfer.PLANS_CREATED), (int) s.figure(PlanTransfer.PLANS_UPDATED),
                (int) s.figure(PlanTransfer.GOALS_CREATED), (int) s.figure(PlanTransfer.GOALS_UPDATED));
        return null;
    }
}
