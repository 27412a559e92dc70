package no.planverk.plans.ui.internal.transfer;

import java.util.Locale;
import no.planverk.plans.api.TransferFormat;
import no.planverk.plans.api.TransferKind;

/** What a file holds: plans as CSV, a goal table as CSV, or everything as JSON. */
enum Choice {
    PLANS_CSV(TransferKind.PLANS, TransferFormat.CSV, "plans.csv", "text/csv; charset=UTF-8"),
    GOALS_CSV(TransferKind.GOALS, TransferFormat.CSV, "goals.csv", "text/csv; charset=UTF-8"),
    JSON(TransferKind.ALL, TransferFormat.JSON, "plans.json", "application/json; charset=UTF-8");

    final TransferKind kind;
    final TransferFormat format;
    final String fileName;
    final String contentType;

    Choice(TransferKind kind, TransferFormat format, String fileName, String contentType) {
        this.kind = kind;
        this.format = format;
        this.fileName = fileName;
        this.contentType = contentType;
    }

    /** The kind as the module's transfer service names it: plans, goals or all. */
    String id() {
        return kind.name().toLowerCase(Locale.ROOT);
    }

    String key() {
        return "transfer.kind." + name();
    }
}
