package no.planverk.plans.core.internal.shell;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import no.planverk.plans.api.PlanQuery;
import no.planverk.plans.api.PlanTransferService;
import no.planverk.plans.api.TransferFormat;
import no.planverk.plans.api.TransferKind;
import org.apache.karaf.shell.api.action.Action;
import org.apache.karaf.shell.api.action.Argument;
import org.apache.karaf.shell.api.action.Command;
import org.apache.karaf.shell.api.action.Option;
import org.apache.karaf.shell.api.action.lifecycle.Reference;
import org.apache.karaf.shell.api.action.lifecycle.Service;

@Service
@Command(scope = "plans", name = "export", description = "Exports all plans to a .json file (everything) or a .csv file (plans or goals)")
public class ExportPlansCommand implements Action {

    @Reference
    PlanTransferService transfer;

    @Argument(index = 0, name = "file", required = true, description = "Target file: .json or .csv")
    String file;

    @Option(name = "--kind", description = "For CSV: plans (default) or goals")
    String kind = "plans";

    @Override
    public Object execute() throws IOException {
        Path path = Path.of(file);
        TransferFormat format = path.getFileName().toString().toLowerCase().endsWith(".json") ? TransferFormat.JSON : TransferFormat.CSV;
        TransferKind k = format == TransferFormat.JSON ? TransferKind.ALL : TransferKind.parse(kind).orElse(null);
        if (k == null || k == TransferKind.ALL && format == TransferFormat.CSV) {
            System.err.println("--kind is plans or goals, not '" + kind + "'");
            return null;
        }
        String text = transfer.export(k, format, PlanQuery.all().page(0, Integer.MAX_VALUE));
        Files.writeString(path, text, StandardCharsets.UTF_8);
        System.out.println("Wrote " + text.lines().count() + " lines to " + path.toAbsolutePath());
        return null;
    }
}
