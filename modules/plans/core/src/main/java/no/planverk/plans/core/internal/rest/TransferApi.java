package no.planverk.plans.core.internal.rest;

import no.planverk.plans.api.ImportSummary;
import no.planverk.plans.api.PlanTransferService;
import no.planverk.plans.api.TransferFormat;
import no.planverk.plans.api.TransferKind;
import no.planverk.platform.api.ApiRequest;
import no.planverk.platform.api.ApiResponse;
import no.planverk.platform.api.InvalidInputException;

/**
 * {@code GET /plans/export?kind=plans|goals|all&format=csv|json} (and the list filters) and
 * {@code POST /plans/import?kind=..&format=..[&dryRun=true]} with the file as the body. An import with
 * errors answers 400 with the summary and its row errors; nothing is saved.
 */
final class TransferApi {

    private final PlanTransferService transfer;

    TransferApi(PlanTransferService transfer) {
        this.transfer = transfer;
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
        ImportSummary summary = r.flag("dryRun") ? transfer.preview(kind, format, r.bodyText(), r.user())
                : transfer.importData(kind, format, r.bodyText(), r.user());
        return new ApiResponse(summary.ok() ? 200 : 400, summary);
    }

    private static TransferFormat format(ApiRequest r) {
        return TransferFormat.parse(r.format("csv", "json")).orElseThrow();
    }

    private static TransferKind kind(ApiRequest r) {
        return r.choice("kind", TransferKind::parse).orElseThrow(() -> InvalidInputException.field("kind", "Add ?kind=plans or ?kind=goals"));
    }
}
