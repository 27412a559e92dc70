package no.planverk.platform.api.transfer;

import java.util.Locale;
import java.util.Optional;

/** The file formats of imports and exports. */
public enum FileFormat {
    CSV("csv", "text/csv; charset=UTF-8"),
    XLSX("xlsx", "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"),
    JSON("json", "application/json; charset=UTF-8");

    private final String id;
    private final String mediaType;

    FileFormat(String id, String mediaType) {
        this.id = id;
        this.mediaType = mediaType;
    }

    /** The lower-case name, as in {@code format=csv} and file names. */
    public String id() {
        return id;
    }

    public String mediaType() {
        return mediaType;
    }

    /** The format named {@code id} (any case), if there is one. */
    public static Optional<FileFormat> of(String id) {
        for (FileFormat f : values()) {
            if (f.id.equalsIgnoreCase(id == null ? "" : id.strip())) {
                return Optional.of(f);
            }
        }
        return Optional.empty();
    }

    /** The format a file name's ending says: .csv and .txt are CSV, .xlsx XLSX, .json JSON. */
    public static Optional<FileFormat> ofFileName(String name) {
        String lower = name == null ? "" : name.strip().toLowerCase(Locale.ROOT);
        if (lower.endsWith(".csv") || lower.endsWith(".txt")) {
            return Optional.of(CSV);
        }
        if (lower.endsWith(".xlsx")) {
            return Optional.of(XLSX);
        }
        return lower.endsWith(".json") ? Optional.of(JSON) : Optional.empty();
    }
}
