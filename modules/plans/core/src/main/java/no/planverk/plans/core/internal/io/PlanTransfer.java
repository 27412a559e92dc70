package no.planverk.plans.core.internal.io;

import java.nio.charset.StandardCharsets;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import no.planverk.plans.api.PlanQuery;
import no.planverk.plans.api.PlanTransferService;
import no.planverk.plans.api.TransferFormat;
import no.planverk.plans.api.TransferKind;
import no.planverk.platform.api.UserContext;
import no.planverk.platform.api.transfer.ExportFile;
import no.planverk.platform.api.transfer.FileFormat;
import no.planverk.platform.api.transfer.ImportFile;
import no.planverk.platform.api.transfer.ImportSummary;
import no.planverk.platform.api.transfer.ModuleTransfer;
import no.planverk.platform.tabular.Utf8;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/**
 * The plans' import and export in the platform's transfer contract, for the REST routes and the shared import panel:
 * kinds {@code plans} and {@code goals} (CSV) and {@code all} (JSON); a JSON file always holds everything, whatever the
 * kind. Created and updated count plans and goals together; the figures {@code plansCreated} … {@code goalsUpdated} tell
 * them apart.
 */
@Component(service = ModuleTransfer.class, property = "module=plans")
public final class PlanTransfer implements ModuleTransfer {

    public static final String PLANS = "plans";
    public static final String GOALS = "goals";
    public static final String ALL = "all";
    public static final String PLANS_CREATED = "plansCreated";
    public static final String PLANS_UPDATED = "plansUpdated";
    public static final String GOALS_CREATED = "goalsCreated";
    public static final String GOALS_UPDATED = "goalsUpdated";

    private final PlanTransferService transfer;

    @Activate
    public PlanTransfer(@Reference PlanTransferService transfer) {
        this.transfer = transfer;
    }

    @Override
    public String module() {
        return "plans";
    }

    @Override
    public List<String> kinds() {
        return List.of(PLANS, GOALS, ALL);
    }

    @Override
    public Set<FileFormat> importFormats(String kind) {
        return ALL.equals(kind) ? EnumSet.of(FileFormat.JSON) : EnumSet.of(FileFormat.CSV, FileFormat.JSON);
    }

    @Override
    public ImportSummary preview(ImportFile file, UserContext by) {
        return run(file, by, false);
    }

    @Override
    public ImportSummary commit(ImportFile file, UserContext by) {
        return run(file, by, true);
    }

    private ImportSummary run(ImportFile file, UserContext by, boolean commit) {
        Utf8.Decoded text = Utf8.decode(file.content());
        if (!text.ok()) {
            return ImportSummary.refused(0, List.of(text.error()));
        }
        TransferFormat format = format(file.format());
        TransferKind kind = format == TransferFormat.JSON ? TransferKind.ALL : TransferKind.parse(file.kind()).orElse(null);
        return commit ? transfer.importData(kind, format, text.text(), by) : transfer.preview(kind, format, text.text(), by);
    }

    /** CSV and JSON; any other format is left null, for the service's "kind and format" error. */
    private static TransferFormat format(FileFormat format) {
        return format == FileFormat.XLSX ? null : TransferFormat.parse(format.id()).orElse(null);
    }

    /** Every plan: plans.csv, goals.csv or (JSON, whatever the kind) plans.json. */
    @Override
    public Optional<ExportFile> export(String kind, FileFormat format, UserContext by) {
        TransferFormat f = format(format);
        TransferKind k = f == TransferFormat.JSON ? TransferKind.ALL : TransferKind.parse(kind).orElse(null);
        if (f == null || k == null || k == TransferKind.ALL && f != TransferFormat.JSON) {
            return Optional.empty();
        }
        String name = f == TransferFormat.JSON ? "plans.json" : k == TransferKind.GOALS ? "goals.csv" : "plans.csv";
        byte[] content = transfer.export(k, f, PlanQuery.all()).getBytes(StandardCharsets.UTF_8);
        return Optional.of(new ExportFile(name, format, content));
    }
}
