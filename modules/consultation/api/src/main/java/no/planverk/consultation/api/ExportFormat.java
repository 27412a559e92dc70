package no.planverk.consultation.api;

import java.util.Arrays;
import java.util.Optional;

/** The files the merknadsbehandling is exported as. */
public enum ExportFormat {
    CSV("text/csv;charset=UTF-8", "csv"),
    PDF("application/pdf", "pdf"),
    DOCX("application/vnd.openxmlformats-officedocument.wordprocessingml.document", "docx");

    private final String mediaType;
    private final String extension;

    ExportFormat(String mediaType, String extension) {
        this.mediaType = mediaType;
        this.extension = extension;
    }

    public String mediaType() {
        return mediaType;
    }

    public String extension() {
        return extension;
    }

    public static Optional<ExportFormat> parse(String text) {
        return text == null ? Optional.empty() : Arrays.stream(values()).filter(v -> v.extension.equalsIgnoreCase(text.strip())).findFirst();
    }
}
