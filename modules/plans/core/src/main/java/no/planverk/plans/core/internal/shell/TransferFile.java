package no.planverk.plans.core.internal.shell;

import java.nio.file.Path;
import java.util.Locale;
import no.planverk.plans.api.TransferFormat;
import no.planverk.plans.api.TransferKind;

/** Format and kind of an import or export file: JSON by its extension, else CSV of plans or goals. */
record TransferFile(Path path, TransferFormat format, TransferKind kind) {

    /** Null (after telling the user why) when {@code kind} is not plans or goals for a CSV file. */
    static TransferFile of(String file, String kind) {
        Path path = Path.of(file);
        if (path.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(".json")) {
            return new TransferFile(path, TransferFormat.JSON, TransferKind.ALL);
        }
        TransferKind k = TransferKind.parse(kind).filter(x -> x != TransferKind.ALL).orElse(null);
        if (k == null) {
            System.err.println("--kind is plans or goals, not '" + kind + "'");
            return null;
        }
        return new TransferFile(path, TransferFormat.CSV, k);
    }
}
