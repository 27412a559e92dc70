package no.planverk.measures.ui.internal;

import static no.planverk.measures.ui.internal.MeasuresTexts.t;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.card.Card;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import no.planverk.measures.api.Light;
import no.planverk.measures.api.MeasureCounts;
import no.planverk.measures.api.MeasureService;
import no.planverk.measures.api.MeasureStatus;
import no.planverk.platform.api.Role;
import no.planverk.ui.api.CurrentUser;
import no.planverk.ui.api.DashboardCard;
import no.planverk.ui.api.Formats;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Reference;

/** The dashboard card: measures per status and per light (open ones), late, unfunded and missing reports, with links. */
@org.osgi.service.component.annotations.Component(service = DashboardCard.class)
public final class MeasuresCard implements DashboardCard {

    private final MeasureService measures;

    @Activate
    public MeasuresCard(@Reference MeasureService measures) {
        this.measures = measures;
    }

    @Override
    public Component create() {
        MeasureCounts c = measures.counts(null);
        Card card = new Card();
        card.setId("planverk-measures-card");
        card.setTitle(new Span(t("card.title")));
        card.setSubtitle(new Span(t("card.total", c.total())));
        UnorderedList byStatus = new UnorderedList();
        byStatus.setId("planverk-measures-card-statuses");
        for (MeasureStatus s : MeasureStatus.values()) {
            long n = c.byStatus().getOrDefault(s, 0L);
            if (n > 0) {
                byStatus.add(item(MeasureLabels.status(s) + ": " + Formats.integer(n), "data-status", s.id()));
            }
        }
        UnorderedList byLight = new UnorderedList();
        byLight.setId("planverk-measures-card-lights");
        for (Light l : Light.values()) {
            ListItem li = item("", "data-light", l.id());
            li.add(MeasureLabels.lightTag(l), new Span(": " + Formats.integer(c.byLight().getOrDefault(l, 0L))));
            byLight.add(li);
        }
        Paragraph attention = new Paragraph(link(MeasureNav.GRID, t("card.attention", c.late(), c.unfunded())));
        attention.setId("planverk-measures-card-attention");
        boolean planner = CurrentUser.get().map(u -> u.has(Role.PLANNER)).orElse(false);
        Paragraph missing = new Paragraph(planner ? link(MeasureNav.MISSING, t("card.missing", c.missingReports(),
                MeasureLabels.period(c.period()))) : new Span(t("card.missing", c.missingReports(), MeasureLabels.period(c.period()))));
        missing.setId("planverk-measures-card-missing");
        card.add(byStatus, new Span(t("card.lights")), byLight, attention, missing,
                new Paragraph(link(MeasureNav.UNIT, t("card.toUnit"))), new Paragraph(link(MeasureNav.GRID, t("card.toGrid"))));
        card.setWidth("22em");
        return card;
    }

    private static ListItem item(String text, String attribute, String value) {
        ListItem li = new ListItem(text);
        li.getElement().setAttribute(attribute, value);
        return li;
    }

    private static Anchor link(String path, String text) {
        Anchor a = new Anchor(path, text);
        a.getElement().setAttribute("router-link", true);
        return a;
    }

    @Override
    public int order() {
        return 200;
    }
}
