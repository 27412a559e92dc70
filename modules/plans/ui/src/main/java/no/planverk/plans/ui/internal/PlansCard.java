package no.planverk.plans.ui.internal;

import static no.planverk.plans.ui.internal.PlansTexts.t;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.card.Card;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import java.time.LocalDate;
import java.util.List;
import no.planverk.plans.api.PlanQuery;
import no.planverk.plans.api.PlanService;
import no.planverk.plans.api.PlanStatus;
import no.planverk.ui.api.DashboardCard;
import no.planverk.ui.api.Formats;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Reference;

/** The dashboard card: plans per status and how many need attention within six months, with links. */
@org.osgi.service.component.annotations.Component(service = DashboardCard.class)
public final class PlansCard implements DashboardCard {

    static final int MONTHS = 6;
    private final PlanService plans;

    @Activate
    public PlansCard(@Reference PlanService plans) {
        this.plans = plans;
    }

    @Override
    public Component create() {
        Card card = new Card();
        card.setId("planverk-plans-card");
        card.setTitle(new Span(t("card.title")));
        long total = count(null);
        card.setSubtitle(new Span(t("card.total", total)));
        UnorderedList byStatus = new UnorderedList();
        byStatus.setId("planverk-plans-card-statuses");
        for (PlanStatus s : List.of(PlanStatus.IN_FORCE, PlanStatus.PREPARATION, PlanStatus.CONSULTATION, PlanStatus.POLITICAL,
                PlanStatus.RETURNED, PlanStatus.REVISION, PlanStatus.EXPIRED, PlanStatus.REPLACED)) {
            long n = count(s);
            if (n > 0) {
                byStatus.add(new ListItem(PlanLabels.status(s) + ": " + Formats.integer(n)));
            }
        }
        int attention = plans.needsAttention(MONTHS, LocalDate.now(Formats.OSLO)).size();
        Anchor grid = new Anchor(PlanNav.GRID, t("card.toGrid"));
        Anchor needs = new Anchor(PlanNav.ATTENTION, t("card.attention", attention, MONTHS));
        grid.getElement().setAttribute("router-link", true);
        needs.getElement().setAttribute("router-link", true);
        needs.setId("planverk-plans-card-attention");
        card.add(byStatus, new Paragraph(needs), new Paragraph(grid));
        card.setWidth("20em");
        return card;
    }

    private long count(PlanStatus status) {
        return plans.list(new PlanQuery(null, status, null, null, null, null, 0, 1)).total();
    }

    @Override
    public int order() {
        return 100;
    }
}
