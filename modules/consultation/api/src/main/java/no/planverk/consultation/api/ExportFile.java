package no.planverk.consultation.api;

/** An exported file: its name, media type and bytes. */
public record ExportFile(String fileName, String mediaType, byte[] bytes) {
}
