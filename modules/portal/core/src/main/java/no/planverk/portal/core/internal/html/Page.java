package no.planverk.portal.core.internal.html;

import no.planverk.portal.core.internal.Branding;
import no.planverk.portal.core.internal.Lang;
import no.planverk.portal.core.internal.Texts;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * The frame of every portal page, built with jsoup's element API so every text is escaped: the language, a skip link,
 * the banner with the municipality's name and logo, the navigation, the language switch, {@code <main>} and a footer.
 */
public final class Page {

    private final Document doc;
    private final Element main;
    final Texts texts;
    final Links links;

    private Page(Document doc, Element main, Texts texts, Links links) {
        this.doc = doc;
        this.main = main;
        this.texts = texts;
        this.links = links;
    }

    /**
     * A page titled {@code title}; {@code path} is its own address without the query (for the language links),
     * {@code section} the navigation entry it belongs to ("plans", "consultations" or null).
     */
    public static Page start(Texts texts, Branding brand, Links links, String title, String path, String section) {
        Document doc = Document.createShell("");
        doc.outputSettings().prettyPrint(false).charset("UTF-8");
        doc.insertChildren(0, new org.jsoup.nodes.DocumentType("html", "", ""));
        Element html = doc.selectFirst("html");
        html.attr("lang", texts.lang().id());
        Element head = doc.head();
        head.appendElement("meta").attr("charset", "utf-8");
        head.appendElement("meta").attr("name", "viewport").attr("content", "width=device-width, initial-scale=1");
        head.appendElement("title").text(title + " – " + brand.municipality());
        head.appendElement("link").attr("rel", "stylesheet").attr("href", Links.ROOT + "/portal.css");
        for (Lang l : Lang.values()) {
            head.appendElement("link").attr("rel", "alternate").attr("hreflang", l.id()).attr("href", Links.in(path, l));
        }
        Element body = doc.body();
        body.appendElement("a").addClass("skip").attr("href", "#main").text(texts.t("page.skip"));
        Element header = body.appendElement("header").addClass("banner");
        Element home = header.appendElement("a").addClass("home").attr("href", links.home());
        if (brand.logoFile() != null) {
            home.appendElement("img").attr("src", Links.ROOT + "/logo").attr("alt", "").attr("width", "48").attr("height", "48");
        }
        home.appendElement("span").addClass("name").text(brand.municipality());
        home.appendElement("span").addClass("site").text(texts.t("page.site"));
        Element nav = header.appendElement("nav").attr("aria-label", texts.t("nav.label"));
        Element list = nav.appendElement("ul");
        item(list, links.home(), texts.t("nav.plans"), "plans".equals(section));
        item(list, links.consultations(), texts.t("nav.consultations"), "consultations".equals(section));
        Element langs = header.appendElement("nav").addClass("langs").attr("aria-label", texts.t("nav.language"));
        Element ll = langs.appendElement("ul");
        for (Lang l : Lang.values()) {
            Element a = ll.appendElement("li").appendElement("a").attr("href", Links.in(path, l)).attr("lang", l.id())
                    .attr("hreflang", l.id()).text(texts.t("lang." + l.id()));
            if (l == texts.lang()) {
                a.attr("aria-current", "true");
            }
        }
        Element main = body.appendElement("main").id("main").attr("tabindex", "-1");
        Element footer = body.appendElement("footer");
        footer.appendElement("p").text(texts.t("page.footer", brand.municipality()));
        return new Page(doc, main, texts, links);
    }

    private static void item(Element list, String href, String text, boolean current) {
        Element a = list.appendElement("li").appendElement("a").attr("href", href).text(text);
        if (current) {
            a.attr("aria-current", "page");
        }
    }

    public Element main() {
        return main;
    }

    public Texts texts() {
        return texts;
    }

    public Links links() {
        return links;
    }

    public String html() {
        return doc.outerHtml();
    }
}
