package no.planverk.portal.core.internal.html;

import java.util.List;
import no.planverk.plans.api.document.BlockCell;
import no.planverk.plans.api.document.BlockChart;
import no.planverk.plans.api.document.BlockContent;
import no.planverk.plans.api.document.BlockSeries;
import no.planverk.plans.api.document.BlockTable;
import no.planverk.plans.api.document.SectionContent;
import no.planverk.plans.api.document.SectionPart;
import no.planverk.portal.core.internal.Contrast;
import no.planverk.portal.core.internal.Texts;
import no.planverk.portal.core.internal.content.PublicDocument;
import org.jsoup.nodes.Element;

/**
 * A published document on a page: a table of contents, then each section with its heading (chapters one level below
 * {@code baseLevel}), its Markdown and its live blocks. Charts are shown as data tables, which every reader can read;
 * a cell's colour (ownership, light) is a swatch beside its text, never the only sign.
 */
final class DocumentHtml {

    private DocumentHtml() {
    }

    static void append(Element parent, PublicDocument document, Texts texts, int baseLevel) {
        List<SectionContent> sections = document.content().sections();
        Element toc = parent.appendElement("nav").addClass("toc").attr("aria-label", texts.t("document.toc"));
        Element list = toc.appendElement("ol");
        for (SectionContent s : sections) {
            if (s.level() == 1) {
                list.appendElement("li").appendElement("a").attr("href", "#" + anchor(s.number())).text(label(s));
            }
        }
        for (SectionContent s : sections) {
            int level = Math.min(6, baseLevel + Math.max(1, s.level()));
            Element section = parent.appendElement("section").addClass("doc-section").id(anchor(s.number()));
            section.appendElement("h" + level).text(label(s));
            for (SectionPart part : s.parts()) {
                if (part instanceof SectionPart.Text text) {
                    Markdown.append(section, text.markdown(), level);
                } else if (part instanceof SectionPart.Block block) {
                    block(section, block, texts);
                }
            }
        }
    }

    static String anchor(String number) {
        return "s-" + (number == null ? "" : number.replaceAll("[^0-9A-Za-z]+", "-"));
    }

    private static String label(SectionContent s) {
        return s.number() == null || s.number().isBlank() ? s.heading() : s.number() + " " + s.heading();
    }

    private static void block(Element parent, SectionPart.Block block, Texts texts) {
        BlockContent content = block.content();
        Element figure = parent.appendElement("figure").addClass("block");
        if (content == null) {
            figure.addClass("placeholder").appendElement("p").text(block.placeholder() == null || block.placeholder().isBlank()
                    ? texts.t("document.block.missing") : block.placeholder());
            return;
        }
        if (content.title() != null && !content.title().isBlank()) {
            figure.appendElement("figcaption").text(content.title());
        }
        for (BlockTable table : content.tables()) {
            table(figure, table);
        }
        for (BlockChart chart : content.charts()) {
            chart(figure, chart, texts);
        }
        if (!content.note().isBlank()) {
            figure.appendElement("p").addClass("note").text(content.note());
        }
    }

    private static void table(Element parent, BlockTable table) {
        Element wrap = parent.appendElement("div").addClass("table-wrap");
        Element t = wrap.appendElement("table");
        Element head = t.appendElement("thead").appendElement("tr");
        table.headers().forEach(h -> head.appendElement("th").attr("scope", "col").text(h));
        Element body = t.appendElement("tbody");
        for (List<BlockCell> row : table.rows()) {
            Element tr = body.appendElement("tr");
            for (BlockCell cell : row) {
                Element td = tr.appendElement("td");
                if (cell.colour() != null && Contrast.valid(cell.colour())) {
                    td.appendElement("span").addClass("swatch").attr("aria-hidden", "true")
                            .attr("style", "background:" + Contrast.normalise(cell.colour()));
                }
                td.appendText(cell.text() == null ? "" : cell.text());
            }
        }
    }

    private static void chart(Element parent, BlockChart chart, Texts texts) {
        Element wrap = parent.appendElement("div").addClass("table-wrap");
        Element t = wrap.appendElement("table").addClass("chart-data");
        String unit = chart.unit() == null || chart.unit().isBlank() ? "" : " (" + chart.unit() + ")";
        t.appendElement("caption").text((chart.title() == null ? texts.t("document.chart") : chart.title()) + unit);
        Element head = t.appendElement("thead").appendElement("tr");
        head.appendElement("th").attr("scope", "col").text(texts.t("document.chart.series"));
        chart.categories().forEach(c -> head.appendElement("th").attr("scope", "col").text(c));
        Element body = t.appendElement("tbody");
        java.text.NumberFormat format = java.text.NumberFormat.getNumberInstance(texts.lang().locale());
        format.setMaximumFractionDigits(1);
        for (BlockSeries s : chart.series()) {
            Element tr = body.appendElement("tr");
            tr.appendElement("th").attr("scope", "row").text(s.name());
            for (Double v : s.values()) {
                tr.appendElement("td").text(v == null ? "–" : format.format(v));
            }
        }
    }
}
