package no.planverk.platform.api.transfer;

/** An exported file: the name a browser saves it as, its format and its bytes. */
public record ExportFile(String name, FileFormat format, byte[] content) {

    public String mediaType() {
        return format.mediaType();
    }
}
