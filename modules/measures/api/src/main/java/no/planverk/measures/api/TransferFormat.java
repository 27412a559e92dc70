package no.planverk.measures.api;

import java.util.Optional;

/** File formats for measure import and export. */
public enum TransferFormat {
    CSV("csv"),
    JSON("json"),
    XLSX("xlsx");

    private final String id;

    TransferFormat(String id) {
        this.id = id;
    }

    public String id() {
        return id;
    }

    public static Optional<TransferFormat> parse(String text) {
        return Choices.parse(TransferFormat.class, text, TransferFormat::id);
    }
}
