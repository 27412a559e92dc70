package no.planverk.competence.api;

import java.util.Locale;
import java.util.Optional;

/** Formats of workforce files. */
public enum FileFormat {
    CSV, XLSX;

    public String id() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static Optional<FileFormat> parse(String text) {
        return text == null ? Optional.empty() : java.util.Arrays.stream(values()).filter(f -> f.id().equalsIgnoreCase(text.strip()))
                .findFirst();
    }
}
