package no.planverk.portal.core.internal.html;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import no.planverk.portal.core.internal.Branding;
import no.planverk.portal.core.internal.Texts;
import no.planverk.portal.core.internal.content.PlanDetail;
import no.planverk.portal.core.internal.content.PublicConsultation;
import no.planverk.portal.core.internal.content.PublicGoal;
import no.planverk.portal.core.internal.content.PublicMeasure;
import no.planverk.portal.core.internal.content.PublicPlan;
import org.jsoup.nodes.Element;

/** The front page (plans in force, open consultations) and a plan's page. */
public final class PlanPages {

    private PlanPages() {
    }

    public static String home(Texts t, Branding brand, Links links, List<PublicPlan> plans, List<PublicConsultation> open) {
        Page page = Page.start(t, brand, links, t.t("home.title"), Links.ROOT + "/", "plans");
        Element main = page.main();
        main.appendElement("h1").text(t.t("home.heading", brand.municipality()));
        main.appendElement("p").addClass("lead").text(t.t("home.lead"));
        if (!open.isEmpty()) {
            Element section = main.appendElement("section").attr("aria-labelledby", "open-consultations");
            section.appendElement("h2").id("open-consultations").text(t.t("home.open"));
            Element ul = section.appendElement("ul").addClass("cards");
            for (PublicConsultation c : open) {
                Element li = ul.appendElement("li");
                li.appendElement("a").attr("href", links.consultation(c.id())).text(c.title());
                li.appendElement("span").addClass("meta").text(t.t("consultation.closes", Labels.date(c.closesOn())));
            }
        }
        Element section = main.appendElement("section").attr("aria-labelledby", "plans");
        section.appendElement("h2").id("plans").text(t.t("home.plans"));
        if (plans.isEmpty()) {
            section.appendElement("p").text(t.t("home.plans.none"));
            return page.html();
        }
        Element body = Labels.table(section, t.t("home.plans.caption"), t.t("plan.title"), t.t("plan.type"), t.t("plan.period"),
                t.t("plan.status"));
        body.parent().id("plan-table");
        for (PublicPlan p : plans) {
            Element tr = body.appendElement("tr");
            tr.appendElement("td").appendElement("a").attr("href", links.plan(p.id())).text(p.title());
            tr.appendElement("td").text(t.t("type." + p.type()));
            tr.appendElement("td").text(p.period());
            tr.appendElement("td").text(t.t("status." + p.status()));
        }
        return page.html();
    }

    public static String plan(Texts t, Branding brand, Links links, PlanDetail detail, boolean measuresInstalled) {
        PublicPlan p = detail.plan();
        Page page = Page.start(t, brand, links, p.title(), Links.ROOT + "/plans/" + p.id(), "plans");
        Element main = page.main();
        main.appendElement("p").addClass("crumb").appendElement("a").attr("href", links.home()).text(t.t("nav.plans"));
        main.appendElement("h1").id("plan-title").text(p.title());
        Labels.facts(main, t.t("plan.type"), t.t("type." + p.type()), t.t("plan.period"), p.period(), t.t("plan.status"),
                t.t("status." + p.status()), t.t("plan.adopted"), Labels.date(p.decisionDate()), t.t("plan.decision"), p.decisionRef());
        if (p.description() != null && !p.description().isBlank()) {
            main.appendElement("p").text(p.description());
        }
        for (PublicConsultation c : detail.consultations()) {
            Element note = main.appendElement("p").addClass("notice");
            note.appendElement("a").attr("href", links.consultation(c.id())).text(c.title());
            note.appendText(" – " + t.t("phase." + c.phase()));
        }
        Element doc = main.appendElement("section").id("document").attr("aria-labelledby", "document-heading");
        doc.appendElement("h2").id("document-heading").text(t.t("document.heading"));
        if (detail.document() != null) {
            doc.appendElement("p").addClass("meta").text(t.t("document.published", Labels.date(detail.document().publishedOn())));
            DocumentHtml.append(doc, detail.document(), t, 2);
        } else if (p.documentUrl() != null && p.documentUrl().matches("https?://\\S+")) {
            doc.appendElement("p").appendElement("a").attr("href", p.documentUrl()).text(t.t("document.external"));
        } else {
            doc.appendElement("p").text(t.t("document.none"));
        }
        goals(main, t, detail, measuresInstalled);
        return page.html();
    }

    private static void goals(Element main, Texts t, PlanDetail detail, boolean measuresInstalled) {
        Element section = main.appendElement("section").id("goals").attr("aria-labelledby", "goals-heading");
        section.appendElement("h2").id("goals-heading").text(t.t(measuresInstalled ? "goals.heading" : "goals.only"));
        if (detail.goals().isEmpty() && detail.measures().isEmpty()) {
            section.appendElement("p").text(t.t("goals.none"));
            return;
        }
        Set<Long> shown = new HashSet<>();
        for (PublicGoal g : detail.goals()) {
            Element article = section.appendElement("article").addClass("goal").id("goal-" + g.id());
            article.appendElement("h3").text(label(g));
            subGoals(article, g);
            List<PublicMeasure> ms = measuresOf(detail.measures(), subtree(g));
            if (!ms.isEmpty()) {
                measures(article, t, ms, t.t("measures.of", label(g)));
                ms.forEach(m -> shown.add(m.id()));
            }
        }
        List<PublicMeasure> rest = detail.measures().stream().filter(m -> !shown.contains(m.id())).toList();
        if (!rest.isEmpty()) {
            Element article = section.appendElement("article").addClass("goal").id("goal-other");
            article.appendElement("h3").text(t.t("measures.other"));
            measures(article, t, rest, t.t("measures.other"));
        }
    }

    /** The sub-goals as nested lists, every level. */
    private static void subGoals(Element parent, PublicGoal g) {
        if (g.children().isEmpty()) {
            return;
        }
        Element ul = parent.appendElement("ul");
        for (PublicGoal c : g.children()) {
            Element li = ul.appendElement("li").id("goal-" + c.id());
            li.appendElement("span").text(label(c));
            subGoals(li, c);
        }
    }

    private static void measures(Element parent, Texts t, List<PublicMeasure> measures, String caption) {
        Element body = Labels.table(parent, caption, t.t("measure.number"), t.t("measure.title"), t.t("measure.status"),
                t.t("measure.light"), t.t("measure.followUp"));
        for (PublicMeasure m : measures) {
            Element tr = body.appendElement("tr").id("measure-" + m.id());
            tr.appendElement("td").text(m.number() == null ? "" : m.number());
            tr.appendElement("td").text(m.title());
            tr.appendElement("td").text(t.t("measureStatus." + m.status()));
            Labels.light(tr.appendElement("td"), m.light(), t);
            Element follow = tr.appendElement("td");
            if (m.lastFollowUp() != null && !m.lastFollowUp().isBlank()) {
                if (m.lastPeriod() != null) {
                    follow.appendElement("span").addClass("meta").text(m.lastPeriod() + ": ");
                }
                follow.appendText(m.lastFollowUp());
            }
        }
    }

    static String label(PublicGoal g) {
        return g.code() == null || g.code().isBlank() ? g.text() : g.code() + " " + g.text();
    }

    private static Set<Long> subtree(PublicGoal g) {
        Set<Long> ids = new HashSet<>();
        List<PublicGoal> todo = new ArrayList<>(List.of(g));
        while (!todo.isEmpty()) {
            PublicGoal x = todo.remove(todo.size() - 1);
            ids.add(x.id());
            todo.addAll(x.children());
        }
        return ids;
    }

    private static List<PublicMeasure> measuresOf(List<PublicMeasure> all, Set<Long> goalIds) {
        return all.stream().filter(m -> m.goalIds().stream().anyMatch(goalIds::contains)).toList();
    }
}
