package no.planverk.measures.ui.internal.transfer;

import java.util.Locale;
import java.util.Optional;
import no.planverk.measures.api.TransferFormat;

/** How a measure file is named and served, per format. */
final class FileKind {

    private FileKind() {
    }

    static String fileName(TransferFormat f) {
        return "tiltak." + f.id();
    }

    static String contentType(TransferFormat f) {
        return switch (f) {
            case CSV -> "text/csv; charset=UTF-8";
            case JSON -> "application/json; charset=UTF-8";
            case XLSX -> "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";
        };
    }

    /** The format a file name makes obvious (.csv/.txt, .json, .xlsx), or empty. */
    static Optional<TransferFormat> fromName(String name) {
        String lower = name == null ? "" : name.toLowerCase(Locale.ROOT).strip();
        if (lower.endsWith(".csv") || lower.endsWith(".txt")) {
            return Optional.of(TransferFormat.CSV);
        }
        if (lower.endsWith(".json")) {
            return Optional.of(TransferFormat.JSON);
        }
        if (lower.endsWith(".xlsx")) {
            return Optional.of(TransferFormat.XLSX);
        }
        return Optional.empty();
    }

    /** Old Excel (.xls) and OpenDocument files, which must be saved as .xlsx (or CSV) first. */
    static boolean unsupportedSpreadsheet(String name) {
        String lower = name == null ? "" : name.toLowerCase(Locale.ROOT).strip();
        return lower.endsWith(".xls") || lower.endsWith(".ods") || lower.endsWith(".numbers");
    }
}
