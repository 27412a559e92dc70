package no.planverk.portal.core.internal.html;

import java.util.List;
import java.util.Map;
import no.planverk.portal.core.internal.Branding;
import no.planverk.portal.core.internal.Texts;
import no.planverk.portal.core.internal.content.ConsultationDetail;
import no.planverk.portal.core.internal.content.PublicAssessment;
import no.planverk.portal.core.internal.content.PublicConsultation;
import org.jsoup.nodes.Element;

/** The consultations: the list (open ones first), one consultation with its form and merknadsbehandling, the receipt. */
public final class ConsultationPages {

    private ConsultationPages() {
    }

    public static String list(Texts t, Branding brand, Links links, List<PublicConsultation> consultations) {
        Page page = Page.start(t, brand, links, t.t("consultations.title"), Links.ROOT + "/consultations", "consultations");
        Element main = page.main();
        main.appendElement("h1").text(t.t("consultations.title"));
        if (consultations.isEmpty()) {
            main.appendElement("p").text(t.t("consultations.none"));
            return page.html();
        }
        Element body = Labels.table(main, t.t("consultations.caption"), t.t("consultation.name"), t.t("consultation.period"),
                t.t("consultation.phase"), t.t("consultation.assessment"));
        body.parent().id("consultation-table");
        for (PublicConsultation c : consultations) {
            Element tr = body.appendElement("tr");
            tr.appendElement("td").appendElement("a").attr("href", links.consultation(c.id())).text(c.title());
            tr.appendElement("td").text(Labels.date(c.opensOn()) + "–" + Labels.date(c.closesOn()));
            tr.appendElement("td").text(t.t("phase." + c.phase()));
            tr.appendElement("td").text(c.assessmentPublished() ? t.t("consultation.assessment.published") : "");
        }
        return page.html();
    }

    /** The consultation; {@code values} and {@code errors} refill the form after a refused submission. */
    public static String detail(Texts t, Branding brand, Links links, ConsultationDetail detail, Map<String, String> values,
            Map<String, String> errors) {
        PublicConsultation c = detail.consultation();
        Page page = Page.start(t, brand, links, c.title(), Links.ROOT + "/consultations/" + c.id(), "consultations");
        Element main = page.main();
        main.appendElement("p").addClass("crumb").appendElement("a").attr("href", links.consultations()).text(t.t("nav.consultations"));
        main.appendElement("h1").id("consultation-title").text(c.title());
        Labels.facts(main, t.t("consultation.subject"), t.t("subject." + c.subject()), t.t("consultation.period"),
                Labels.date(c.opensOn()) + "–" + Labels.date(c.closesOn()), t.t("consultation.phase"), t.t("phase." + c.phase()),
                t.t("consultation.count"), String.valueOf(c.submissions()));
        if (detail.plan() != null) {
            main.appendElement("p").appendElement("a").attr("href", links.plan(detail.plan().id()))
                    .text(t.t("consultation.plan", detail.plan().title()));
        }
        if (!c.introduction().isBlank()) {
            Element intro = main.appendElement("div").addClass("intro");
            Markdown.append(intro, c.introduction(), 1);
        }
        if (!c.parties().isEmpty()) {
            main.appendElement("h2").text(t.t("consultation.parties"));
            Element ul = main.appendElement("ul");
            c.parties().forEach(p -> ul.appendElement("li").text(p));
        }
        if (c.open()) {
            FormHtml.append(main, t, links.submit(c.id()), values, errors);
        } else {
            main.appendElement("p").addClass("notice").id("closed").text(t.t("consultation.closed", Labels.date(c.closesOn())));
        }
        if (detail.assessment() != null) {
            assessment(main, t, detail.assessment());
        }
        if (detail.document() != null) {
            Element doc = main.appendElement("section").id("document").attr("aria-labelledby", "document-heading");
            doc.appendElement("h2").id("document-heading").text(t.t("consultation.document"));
            DocumentHtml.append(doc, detail.document(), t, 2);
        }
        return page.html();
    }

    private static void assessment(Element main, Texts t, List<PublicAssessment> rows) {
        Element section = main.appendElement("section").id("assessment").attr("aria-labelledby", "assessment-heading");
        section.appendElement("h2").id("assessment-heading").text(t.t("assessment.heading"));
        Element body = Labels.table(section, null, t.t("assessment.number"), t.t("assessment.submitter"), t.t("assessment.section"),
                t.t("assessment.summary"), t.t("assessment.assessment"), t.t("assessment.outcome"));
        for (PublicAssessment r : rows) {
            Element tr = body.appendElement("tr").id("submission-" + r.number());
            tr.appendElement("td").text(String.valueOf(r.number()));
            String who = r.submitter() == null ? t.t("assessment.anonymous")
                    : r.organisation() == null ? r.submitter() : r.submitter() + ", " + r.organisation();
            tr.appendElement("td").text(who);
            tr.appendElement("td").text(r.section() == null ? "" : r.section());
            tr.appendElement("td").text(r.summary() == null ? "" : r.summary());
            tr.appendElement("td").text(r.assessment() == null ? "" : r.assessment());
            String outcome = r.outcome() == null ? t.t("outcome.pending") : t.t("outcome." + r.outcome());
            if (r.changedSection() != null && !r.changedSection().isBlank()) {
                outcome += " (" + t.t("assessment.changed", r.changedSection()) + ")";
            }
            tr.appendElement("td").text(outcome);
        }
    }

    public static String receipt(Texts t, Branding brand, Links links, PublicConsultation c, int number) {
        Page page = Page.start(t, brand, links, t.t("receipt.title"), Links.ROOT + "/consultations/" + c.id() + "/receipt/" + number,
                "consultations");
        Element main = page.main();
        main.appendElement("h1").text(t.t("receipt.title"));
        Element box = main.appendElement("div").addClass("receipt").attr("role", "status");
        box.appendElement("p").text(t.t("receipt.text", c.title()));
        box.appendElement("p").addClass("number").id("receipt-number").text(t.t("receipt.number", String.valueOf(number)));
        main.appendElement("p").text(t.t("receipt.next"));
        main.appendElement("p").appendElement("a").attr("href", links.consultation(c.id())).text(t.t("receipt.back", c.title()));
        return page.html();
    }

    /** A page for 404, 429 and refused submissions: a heading and one sentence. */
    public static String message(Texts t, Branding brand, Links links, String path, String heading, String text) {
        Page page = Page.start(t, brand, links, heading, path, null);
        page.main().appendElement("h1").text(heading);
        page.main().appendElement("p").id("message").text(text);
        page.main().appendElement("p").appendElement("a").attr("href", links.home()).text(t.t("page.toHome"));
        return page.html();
    }
}
