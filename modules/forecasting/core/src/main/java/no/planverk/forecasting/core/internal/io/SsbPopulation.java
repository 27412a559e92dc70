package no.planverk.forecasting.core.internal.io;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import no.planverk.forecasting.api.PopulationFile;

/**
 * Recognises SSB's population files by their content and reads them: JSON-stat 2.0 (starts with '{') or PxWeb CSV (a
 * header, maybe after a title line, with an age column and no {@code population} column). Planverk's own
 * {@code year,age,population} CSV is not SSB's: {@link #read} answers empty for it.
 */
public final class SsbPopulation {

    /** The shapes a population file can have. */
    public enum Format { PLANVERK_CSV, JSON_STAT, PXWEB_CSV }

    private SsbPopulation() {
    }

    /** The population of an SSB file with the choices ({@code region}, {@code series}, or a dimension's id); empty for Planverk's CSV. */
    public static Optional<PopulationFile> read(byte[] content, Map<String, String> choices) {
        return switch (format(content)) {
            case JSON_STAT -> Optional.of(JsonStatPopulation.read(content, choices));
            case PXWEB_CSV -> Optional.of(PxWebCsvPopulation.read(text(content), choices));
            case PLANVERK_CSV -> Optional.empty();
        };
    }

    public static Format format(byte[] content) {
        String text = text(content.length > 4096 ? Arrays.copyOf(content, 4096) : content).stripLeading();
        if (text.startsWith("{")) {
            return Format.JSON_STAT;
        }
        char delimiter = CsvGrid.delimiter(text);
        // the header is the first line with more than one cell (SSB's download may start with a title line)
        String header = text.lines().filter(l -> unquotedContains(l, delimiter)).findFirst().orElse("");
        var columns = Arrays.stream(header.split(String.valueOf(delimiter)))
                .map(c -> c.strip().replace("\"", "").toLowerCase(Locale.ROOT)).toList();
        boolean age = columns.stream().anyMatch(c -> SsbDimension.roleOf(c, c) == SsbDimension.Role.AGE);
        return age && !columns.contains("population") ? Format.PXWEB_CSV : Format.PLANVERK_CSV;
    }

    private static boolean unquotedContains(String line, char c) {
        boolean quoted = false;
        for (char ch : line.toCharArray()) {
            if (ch == '"') {
                quoted = !quoted;
            } else if (ch == c && !quoted) {
                return true;
            }
        }
        return false;
    }

    /** UTF-8 (a BOM is dropped); SSB's older downloads are Windows-1252, read as such when the bytes are not UTF-8. */
    static String text(byte[] content) {
        String text;
        try {
            text = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(content)).toString();
        } catch (CharacterCodingException e) {
            text = new String(content, Charset.forName("windows-1252"));
        }
        return text.startsWith("\uFEFF") ? text.substring(1) : text;
    }
}
