package no.planverk.portal.core.internal.html;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Locale;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Attribute;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;

class MarkdownTest {

    private static final String HOSTILE = String.join("\n\n",
            "<script>alert('x')</script>",
            "<iframe src=\"https://evil.example\"></iframe>",
            "<img src=x onerror=alert(1)>",
            "[klikk](javascript:alert(1))",
            "[data](data:text/html;base64,PHNjcmlwdD4=)",
            "<a href=\"javascript:alert(2)\" onclick=\"alert(3)\">lenke</a>",
            "<div style=\"background:url(javascript:alert(4))\">x</div>",
            "**feit** og [trygg lenke](https://www.alver.kommune.no)",
            "| a | b |\n|---|---|\n| 1 | 2 |");

    @Test
    void nothingActiveSurvives() {
        String html = Markdown.toHtml(HOSTILE);
        Document doc = Jsoup.parseBodyFragment(html);
        assertTrue(doc.select("script, iframe, img, object, embed, style, div").isEmpty(), html);
        for (Element e : doc.getAllElements()) {
            for (Attribute a : e.attributes()) {
                String key = a.getKey().toLowerCase(Locale.ROOT);
                String value = a.getValue().toLowerCase(Locale.ROOT).strip();
                assertFalse(key.startsWith("on") || key.equals("style") || key.equals("src"), key + " survived: " + html);
                assertFalse(value.startsWith("javascript:") || value.startsWith("data:"), value + " survived: " + html);
            }
        }
    }

    @Test
    void ordinaryMarkupIsKept() {
        String html = Markdown.toHtml(HOSTILE);
        assertTrue(html.contains("<strong>feit</strong>"), html);
        assertTrue(html.contains("href=\"https://www.alver.kommune.no\""), html);
        assertTrue(html.contains("<table>"), html);
        assertTrue(html.contains("&lt;script&gt;"), "raw HTML is shown as text: " + html);
        assertTrue(Jsoup.parseBodyFragment(html).select("a:not([href])").isEmpty(), "a dropped link is text: " + html);
        assertTrue(html.contains("klikk"), html);
    }
}
