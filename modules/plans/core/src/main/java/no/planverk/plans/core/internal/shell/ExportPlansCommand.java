package no.planverk.plans.core.internal.shell;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import no.planverk.plans.api.PlanQuery;
import no.planverk.plans.api.PlanTransferService;
import org.apache.karaf.shell.api.action.Action;
import org.apache.karaf.shell.api.action.Argument;
import org.apache.karaf.shell.api.action.Command;
import org.apache.karaf.shell.api.action.Completion;
import org.apache.karaf.shell.api.action.Option;
import org.apache.karaf.shell.api.action.lifecycle.Reference;
import org.apache.karaf.shell.api.action.lifecycle.Service;
import org.apache.karaf.shell.support.completers.FileCompleter;

@Service
@Command(scope = "plans", name = "export", description = "Exports all plans to a .json file (everything) or a .csv file (plans or goals)")
public class ExportPlansCommand implements Action {

    @Reference
    PlanTransferService transfer;

    @Argument(index = 0, name = "file", required = true, description = "Target file: .json or .csv")
    @Completion(FileCompleter.class)
    String file;

    @Option(name = "--kind", description = "For CSV: plans (default) or goals")
    @Completion(TransferKindCompleter.class)
    String kind = "plans";

    @Override
    public Object execute() throws IOException {
        TransferFile target = TransferFile.of(file, kind);
        if (target == null) {
            return null;
        }
        Path path = target.path();
        String text = transfer.export(target.kind(), target.format(), PlanQuery.all().page(0, Integer.MAX_VALUE));
        Files.writeString(path, text, StandardCharsets.UTF_8);
        System.out.println("Wrote " + text.lines().count() + " lines to " + path.toAbsolutePath());
        return null;
    }
}
