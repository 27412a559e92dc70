package no.planverk.plans.core.internal.rest;

import java.util.List;
import no.planverk.plans.api.PlanTransferService;
import no.planverk.plans.api.TransferFormat;
import no.planverk.plans.api.TransferKind;
import no.planverk.plans.core.internal.io.PlanTransfer;
import no.planverk.platform.api.ApiRequest;
import no.planverk.platform.api.ApiResponse;
import no.planverk.platform.api.InvalidInputException;
import no.planverk.platform.api.RowError;
import no.planverk.platform.api.transfer.FileFormat;
import no.planverk.platform.api.transfer.ImportFile;
import no.planverk.platform.api.transfer.ImportSummary;
import no.planverk.platform.api.transfer.ModuleTransfer;

/**
 * {@code GET /plans/export?kind=plans|goals|all&format=csv|json} (and the list filters) and
 * {@code POST /plans/import?kind=..&format=..[&dryRun=true]} with the file as the body, through the module's
 * {@link ModuleTransfer} as the import page. An import with errors answers 400 with the summary and its row errors;
 * nothing is saved.
 */
final class TransferApi {

    /** The import's answer, in the shape the API has always given. */
    record Answer(int rows, int plansCreated, int plansUpdated, int goalsCreated, int goalsUpdated, List<RowError> errors, boolean committed) {

        static Answer of(ImportSummary s) {
            return new Answer(s.rows(), (int) s.figure(PlanTransfer.PLANS_CREATED), (int) s.figure(PlanTransfer.PLANS_UPDATED),
                    (int) s.figure(PlanTransfer.GOALS_CREATED), (int) s.figure(PlanTransfer.GOALS_UPDATED), s.errors(), s.committed());
        }
    }

    private final PlanTransferService transfer;
    private final ModuleTransfer files;

    TransferApi(PlanTransferService transfer, ModuleTransfer files) {
        this.transfer = transfer;
        this.files = files;
    }

    ApiResponse export(ApiRequest r) {
        TransferFormat format = format(r);
        TransferKind kind = format == TransferFormat.JSON ? TransferKind.ALL : kind(r);
        String text = transfer.export(kind, format, Queries.planQuery(r).page(0, Integer.MAX_VALUE));
        return format == TransferFormat.JSON ? ApiResponse.text("application/json;charset=UTF-8", text, "plans.json")
                : ApiResponse.text("text/csv;charset=UTF-8", text, kind == TransferKind.GOALS ? "goals.csv" : "plans.csv");
    }

    ApiResponse importFile(ApiRequest r) {
        TransferFormat format = format(r);
        TransferKind kind = format == TransferFormat.JSON ? TransferKind.ALL : kind(r);
        r.bodyText(); // a body that is not UTF-8 is refused as before, with the API's own words
        ImportFile file = new ImportFile(FileFormat.of(format.name()).orElseThrow(), kind.name().toLowerCase(java.util.Locale.ROOT), r.bodyBytes());
        ImportSummary summary = r.flag("dryRun") ? files.preview(file, r.user()) : files.commit(file, r.user());
        return new ApiResponse(summary.ok() ? 200 : 400, Answer.of(summary));
    }

    private static TransferFormat format(ApiRequest r) {
        return TransferFormat.parse(r.format("csv", "json")).orElseThrow();
    }

    private static TransferKind kind(ApiRequest r) {
        return r.choice("kind", TransferKind::parse).orElseThrow(() -> InvalidInputException.field("kind", "Add ?kind=plans or ?kind=goals"));
    }
}
