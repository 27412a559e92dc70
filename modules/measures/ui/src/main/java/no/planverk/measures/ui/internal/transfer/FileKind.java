package no.planverk.measures.ui.internal.transfer;

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
}
