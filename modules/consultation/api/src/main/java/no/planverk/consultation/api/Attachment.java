package no.planverk.consultation.api;

/** A submission's attachment as uploaded: a PDF file (checked by its first bytes, {@code %PDF-}) of at most {@link #MAX_BYTES}. */
public record Attachment(String fileName, byte[] bytes) {

    /** 10 MB. */
    public static final int MAX_BYTES = 10 * 1024 * 1024;

    /** True when the bytes start as every PDF file does ({@code %PDF-}). */
    public static boolean looksLikePdf(byte[] bytes) {
        byte[] magic = {'%', 'P', 'D', 'F', '-'};
        if (bytes == null || bytes.length < magic.length) {
            return false;
        }
        for (int i = 0; i < magic.length; i++) {
            if (bytes[i] != magic[i]) {
                return false;
            }
        }
        return true;
    }
}
