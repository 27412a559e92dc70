package no.planverk.plans.api.document;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Live blocks in a section's Markdown: a line of its own {@code {{block TYPE PARAM}}}, e.g.
 * {@code {{block plans.goal-table 12}}} (PARAM may be left out). TYPE is letters, digits, '.', '-' and '_'; PARAM
 * has no spaces or braces. A marker inside a fenced code block (``` or ~~~) is text.
 */
public final class BlockMarkers {

    private static final Pattern MARKER = Pattern.compile("^ {0,3}\\{\\{block\\s+([A-Za-z0-9][A-Za-z0-9._-]*)(?:\\s+([^\\s{}]+))?\\s*\\}\\}\\s*$");
    private static final Pattern FENCE = Pattern.compile("^ {0,3}(```|~~~)");

    private BlockMarkers() {
    }

    /** The marker line of a block, as the editor's picker inserts it. */
    public static String marker(BlockRef ref) {
        return ref.param().isEmpty() ? "{{block " + ref.type() + "}}" : "{{block " + ref.type() + " " + ref.param() + "}}";
    }

    /** The block a line names, if it is a marker line. */
    public static Optional<BlockRef> parse(String line) {
        Matcher m = MARKER.matcher(line);
        return m.matches() ? Optional.of(new BlockRef(m.group(1), m.group(2))) : Optional.empty();
    }

    /**
     * The section's text cut at its marker lines: Markdown pieces (blank ones left out) and blocks, in order. The blocks
     * are not rendered: their content and placeholder are null.
     */
    public static List<SectionPart> split(String markdown) {
        List<SectionPart> parts = new ArrayList<>();
        StringBuilder text = new StringBuilder();
        String fence = null;
        for (String line : (markdown == null ? "" : markdown).split("\r?\n", -1)) {
            Matcher f = FENCE.matcher(line);
            if (f.find()) {
                fence = fence == null ? f.group(1) : fence.equals(f.group(1)) ? null : fence;
            }
            Optional<BlockRef> block = fence == null ? parse(line) : Optional.empty();
            if (block.isPresent()) {
                flush(text, parts);
                parts.add(new SectionPart.Block(block.get(), null, null));
            } else {
                text.append(line).append('\n');
            }
        }
        flush(text, parts);
        return parts;
    }

    /** The blocks a text names, in order. */
    public static List<BlockRef> blocks(String markdown) {
        return split(markdown).stream().filter(p -> p instanceof SectionPart.Block).map(p -> ((SectionPart.Block) p).ref()).toList();
    }

    private static void flush(StringBuilder text, List<SectionPart> parts) {
        String s = text.toString().replaceFirst("^(?:[ \t]*\n)+", "").stripTrailing();
        if (!s.isBlank()) {
            parts.add(new SectionPart.Text(s));
        }
        text.setLength(0);
    }
}
