package no.planverk.portal.core.internal.html;

import java.util.List;
import org.commonmark.Extension;
import org.commonmark.ext.gfm.tables.TablesExtension;
import org.commonmark.parser.Parser;
import org.commonmark.renderer.html.HtmlRenderer;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;
import org.jsoup.safety.Safelist;

/**
 * A section's Markdown as safe HTML: commonmark escapes raw HTML and drops unsafe link schemes, then jsoup's safelist
 * keeps only text markup, lists, tables and http(s)/mailto links, so no script, iframe, event handler, style or
 * {@code javascript:} link survives whatever the text holds.
 */
public final class Markdown {

    private static final List<Extension> EXTENSIONS = List.of(TablesExtension.create());
    private static final Parser PARSER = Parser.builder().extensions(EXTENSIONS).build();
    private static final HtmlRenderer RENDERER = HtmlRenderer.builder().extensions(EXTENSIONS).escapeHtml(true)
            .sanitizeUrls(true).build();
    private static final Safelist SAFE = Safelist.relaxed().removeTags("img")
            .removeProtocols("a", "href", "ftp").addAttributes("th", "scope")
            .addEnforcedAttribute("a", "rel", "nofollow noopener");

    private Markdown() {
    }

    public static String toHtml(String markdown) {
        String raw = RENDERER.render(PARSER.parse(markdown == null ? "" : markdown));
        Element body = Jsoup.parseBodyFragment(Jsoup.clean(raw, SAFE)).body();
        // a link whose unsafe address was dropped is plain text, not a link that goes nowhere
        body.select("a:not([href])").forEach(Element::unwrap);
        return body.html();
    }

    /** Appends the Markdown to {@code parent}, its headings moved below {@code baseLevel} so the page's outline holds. */
    public static void append(Element parent, String markdown, int baseLevel) {
        Element holder = new Element("div");
        holder.html(toHtml(markdown));
        for (Element h : holder.select("h1, h2, h3, h4, h5, h6")) {
            int level = Math.min(6, baseLevel + Integer.parseInt(h.tagName().substring(1)));
            h.tagName("h" + level);
        }
        for (Element t : holder.select("table")) {
            t.select("th").attr("scope", "col");
        }
        parent.insertChildren(-1, holder.childNodesCopy());
    }
}
