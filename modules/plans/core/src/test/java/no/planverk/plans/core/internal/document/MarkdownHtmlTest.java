package no.planverk.plans.core.internal.document;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Locale;
import java.util.Set;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Attribute;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Hand-written hostile Markdown: nothing that runs script, embeds another page or carries a dangerous link survives. */
class MarkdownHtmlTest {

    @ParameterizedTest
    @ValueSource(strings = {
        "<script>alert(1)</script>",
        "Hei <script>alert(1)</script> du",
        "<SCRIPT SRC=//evil.example/x.js></SCRIPT>",
        "<iframe src=\"https://evil.example\"></iframe>",
        "<img src=x onerror=alert(1)>",
        "<a href=\"#\" onclick=\"alert(1)\">klikk</a>",
        "[klikk](javascript:alert(1))",
        "[klikk](JaVaScRiPt:alert(1))",
        "[klikk](java\tscript:alert(1))",
        "[klikk](&#106;avascript:alert(1))",
        "[klikk](data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==)",
        "![bilete](javascript:alert(1))",
        "![bilete](data:image/svg+xml;base64,PHN2ZyBvbmxvYWQ9YWxlcnQoMSk+)",
        "[lenkje]: javascript:alert(1)\n\n[klikk][lenkje]",
        "<javascript:alert(1)>",
        "<div style=\"background:url(javascript:alert(1))\">x</div>",
        "<svg onload=alert(1)>",
        "<object data=\"x.swf\"></object><embed src=\"x.swf\">",
        "<form action=\"https://evil.example\"><input name=a></form>",
        "<style>body{display:none}</style>",
        "<meta http-equiv=\"refresh\" content=\"0;url=https://evil.example\">",
        "| a | b |\n|---|---|\n| <script>alert(1)</script> | <img src=x onerror=alert(1)> |",
        "```\n<script>alert(1)</script>\n```",
        "<details open ontoggle=alert(1)>",
        "<<script>script>alert(1)<</script>/script>",
    })
    void nothingDangerousSurvives(String hostile) {
        String html = MarkdownHtml.toSafeHtml(hostile);
        for (Element e : Jsoup.parseBodyFragment(html).body().getAllElements()) {
            assertFalse(Set.of("script", "iframe", "img", "svg", "object", "embed", "form", "input", "style", "meta", "details", "frame")
                    .contains(e.tagName()), () -> e.tagName() + " survived in " + html);
            for (Attribute a : e.attributes()) {
                assertFalse(a.getKey().toLowerCase(Locale.ROOT).startsWith("on"), () -> a.getKey() + " survived in " + html);
                assertFalse(a.getKey().equalsIgnoreCase("style") || a.getKey().equalsIgnoreCase("src"), () -> a.getKey() + " in " + html);
                if (a.getKey().equalsIgnoreCase("href")) {
                    assertTrue(a.getValue().matches("(?i)(https?:|mailto:|#).*"), () -> a.getValue() + " survived in " + html);
                }
            }
        }
    }

    @Test
    void rawHtmlIsDroppedNotShown() {
        // the tags go, the text between them stays as harmless text
        assertEquals("<p>Hei alert(1) du</p>", MarkdownHtml.toSafeHtml("Hei <script>alert(1)</script> du").strip());
        assertFalse(MarkdownHtml.toSafeHtml("<iframe src=\"https://evil.example\"></iframe>").contains("iframe"));
    }

    @Test
    void aJavascriptLinkKeepsItsTextButLosesItsTarget() {
        String html = MarkdownHtml.toSafeHtml("[klikk](javascript:alert(1))");
        assertTrue(html.contains("klikk"), html);
        assertFalse(html.contains("javascript"), html);
    }

    @Test
    void ordinaryMarkdownKeepsItsShape() {
        String html = MarkdownHtml.toSafeHtml("# Innleiing\n\nDette er **viktig** og *godt*.\n\n- ein\n- to\n\n"
                + "| År | Tal |\n|---|---:|\n| 2024 | 1 200 |\n\n[Alver](https://www.alver.kommune.no) og [e-post](mailto:post@alver.kommune.no)");
        assertTrue(html.contains("<h1>Innleiing</h1>"), html);
        assertTrue(html.contains("<strong>viktig</strong>"), html);
        assertTrue(html.contains("<em>godt</em>"), html);
        assertTrue(html.contains("<li>ein</li>"), html);
        assertTrue(html.contains("<table>"), html);
        assertTrue(html.contains("<td align=\"right\">1 200</td>"), html);
        assertTrue(html.contains("href=\"https://www.alver.kommune.no\""), html);
        assertTrue(html.contains("href=\"mailto:post@alver.kommune.no\""), html);
        assertTrue(html.contains("rel=\"noopener noreferrer nofollow\""), html);
    }

    @Test
    void headingsMoveBelowTheSection() {
        assertTrue(MarkdownHtml.toSafeHtml("# Tittel\n\n###### Lågast", 2).contains("<h3>Tittel</h3>"));
        assertTrue(MarkdownHtml.toSafeHtml("###### Lågast", 2).contains("<h6>Lågast</h6>"));
    }

    @Test
    void nullAndEmptyAreEmpty() {
        assertEquals("", MarkdownHtml.toSafeHtml(null));
        assertEquals("", MarkdownHtml.toSafeHtml("   "));
    }
}
