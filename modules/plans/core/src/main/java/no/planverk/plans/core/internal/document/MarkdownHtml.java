package no.planverk.plans.core.internal.document;

import java.util.List;
import org.commonmark.Extension;
import org.commonmark.ext.gfm.tables.TablesExtension;
import org.commonmark.node.AbstractVisitor;
import org.commonmark.node.Heading;
import org.commonmark.node.HtmlBlock;
import org.commonmark.node.HtmlInline;
import org.commonmark.node.Node;
import org.commonmark.parser.Parser;
import org.commonmark.renderer.NodeRenderer;
import org.commonmark.renderer.html.HtmlRenderer;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.safety.Safelist;

/**
 * The one way a section's Markdown becomes HTML, wherever it is shown or exported: commonmark with GFM tables, raw
 * HTML dropped, then jsoup's allow-list (text formatting, lists, tables, headings, links to http, https and mailto,
 * in-page anchors), so no script, iframe, style, event handler or {@code javascript:}/{@code data:} link survives.
 */
public final class MarkdownHtml {

    private static final List<Extension> EXTENSIONS = List.of(TablesExtension.create());
    private static final Parser PARSER = Parser.builder().extensions(EXTENSIONS).build();
    private static final HtmlRenderer RENDERER = HtmlRenderer.builder().extensions(EXTENSIONS).escapeHtml(true)
            .sanitizeUrls(true).nodeRendererFactory(context -> new DropRawHtml()).build();
    private static final Safelist SAFE = Safelist.relaxed()
            .removeTags("img")
            .addTags("hr", "del", "s")
            .addAttributes("th", "align")
            .addAttributes("td", "align")
            .removeProtocols("a", "href", "ftp")
            .addProtocols("a", "href", "#")
            .addEnforcedAttribute("a", "rel", "noopener noreferrer nofollow");
    private static final Document.OutputSettings OUTPUT = new Document.OutputSettings().prettyPrint(false);

    private MarkdownHtml() {
    }

    /** The Markdown as safe HTML (a fragment). */
    public static String toSafeHtml(String markdown) {
        return toSafeHtml(markdown, 0);
    }

    /**
     * The Markdown as safe HTML with its headings moved {@code headingShift} levels down (at most h6), so a "#" in a
     * section's text sits below the section's own heading.
     */
    public static String toSafeHtml(String markdown, int headingShift) {
        Node doc = PARSER.parse(markdown == null ? "" : markdown);
        if (headingShift > 0) {
            doc.accept(new AbstractVisitor() {
                @Override
                public void visit(Heading heading) {
                    heading.setLevel(Math.min(6, heading.getLevel() + headingShift));
                    visitChildren(heading);
                }
            });
        }
        return clean(RENDERER.render(doc));
    }

    /** Any HTML through the allow-list (for text that did not come from Markdown). */
    public static String clean(String html) {
        return Jsoup.clean(html == null ? "" : html, "", SAFE, OUTPUT);
    }

    /** Raw HTML blocks and inline HTML render as nothing. */
    private static final class DropRawHtml implements NodeRenderer {

        @Override
        public java.util.Set<Class<? extends Node>> getNodeTypes() {
            return java.util.Set.of(HtmlBlock.class, HtmlInline.class);
        }

        @Override
        public void render(Node node) {
            // raw HTML is never shown
        }
    }
}
