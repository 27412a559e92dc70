package no.planverk.platform.api.transfer;

/**
 * A file to import: its format, the kind of rows it holds (the module's word, e.g. {@code plans} or {@code goals}; the
 * module's only kind when it has one) and its bytes as uploaded.
 */
public record ImportFile(FileFormat format, String kind, byte[] content) {

    public ImportFile {
        if (format == null || content == null) {
            throw new IllegalArgumentException("An import file needs a format and content");
        }
    }
}
