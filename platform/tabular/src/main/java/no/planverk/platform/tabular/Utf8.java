package no.planverk.platform.tabular;

import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Optional;
import no.planverk.platform.api.Message;
import no.planverk.platform.api.RowError;

/**
 * Strict UTF-8: a file saved as Latin-1, Windows-1252 or UTF-16, or one that is no text at all, is refused at the line
 * of its first bad byte instead of being read with replacement characters. A leading byte order mark is dropped.
 */
public final class Utf8 {

    private Utf8() {
    }

    /** The text of {@code bytes} without a BOM, or the error naming the first bad byte, at its line. */
    public static Decoded decode(byte[] bytes) {
        CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        ByteBuffer in = ByteBuffer.wrap(bytes);
        CharBuffer out = CharBuffer.allocate(bytes.length + 1);
        CoderResult r = decoder.decode(in, out, true);
        if (!r.isError()) {
            r = decoder.flush(out);
        }
        if (r.isError()) {
            int offset = Math.min(in.position(), bytes.length - 1);
            int line = 1;
            for (int i = 0; i < offset; i++) {
                line += bytes[i] == '\n' ? 1 : 0;
            }
            return new Decoded(null, new RowError(line, null, Message.of("platform.table.notUtf8",
                    "The file is not UTF-8 (byte 0x{0}); save it as UTF-8 (in Excel: \"CSV UTF-8\")",
                    String.format("%02X", bytes[offset] & 0xFF))));
        }
        out.flip();
        String text = out.toString();
        return new Decoded(text.startsWith("\uFEFF") ? text.substring(1) : text, null);
    }

    /** True when {@code bytes} are strict UTF-8. */
    public static boolean valid(byte[] bytes) {
        return decode(bytes).ok();
    }

    /** Decoded text, or the error that refused it. */
    public record Decoded(String text, RowError error) {

        public boolean ok() {
            return error == null;
        }

        public Optional<String> optional() {
            return Optional.ofNullable(text);
        }
    }
}
