package no.planverk.portal.core.internal.html;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import no.planverk.portal.core.internal.Texts;
import org.jsoup.nodes.Element;

/** Small pieces shared by the pages: dates, status lights (text and colour), fact lists. */
final class Labels {

    private static final DateTimeFormatter NORWEGIAN = DateTimeFormatter.ofPattern("d.M.yyyy");

    private Labels() {
    }

    static String date(LocalDate date) {
        return date == null ? "" : NORWEGIAN.format(date);
    }

    /** The light as a word with a coloured dot beside it; "not reported" when there is none. */
    static void light(Element parent, String light, Texts texts) {
        String id = light == null ? "none" : light;
        Element span = parent.appendElement("span").addClass("light").addClass("light-" + id);
        span.appendElement("span").addClass("dot").attr("aria-hidden", "true");
        span.appendText(texts.t("light." + id));
    }

    /** A definition list of facts; empty values are left out. */
    static Element facts(Element parent, String... labelsAndValues) {
        Element dl = parent.appendElement("dl").addClass("facts");
        for (int i = 0; i + 1 < labelsAndValues.length; i += 2) {
            String value = labelsAndValues[i + 1];
            if (value != null && !value.isBlank()) {
                Element div = dl.appendElement("div");
                div.appendElement("dt").text(labelsAndValues[i]);
                div.appendElement("dd").text(value);
            }
        }
        return dl;
    }

    static Element table(Element parent, String caption, String... headers) {
        Element t = parent.appendElement("div").addClass("table-wrap").appendElement("table");
        if (caption != null) {
            t.appendElement("caption").text(caption);
        }
        Element tr = t.appendElement("thead").appendElement("tr");
        for (String h : headers) {
            tr.appendElement("th").attr("scope", "col").text(h);
        }
        return t.appendElement("tbody");
    }
}
