package no.planverk.volunteers.ui.internal;

import static no.planverk.volunteers.ui.internal.VolTexts.t;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.card.Card;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import java.time.Clock;
import no.planverk.platform.api.OrgUnitService;
import no.planverk.platform.api.UserContext;
import no.planverk.ui.api.CurrentUser;
import no.planverk.ui.api.DashboardCard;
import no.planverk.ui.api.Formats;
import no.planverk.volunteers.api.AssignmentQuery;
import no.planverk.volunteers.api.AssignmentService;
import no.planverk.volunteers.api.HoursService;
import no.planverk.volunteers.api.OrganisationService;
import no.planverk.volunteers.api.VolunteerService;
import no.planverk.volunteers.api.VolunteerStatus;
import no.planverk.platform.api.transfer.ModuleTransfer;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Reference;

/** The dashboard card: open assignments and hours this year for everyone; active volunteers and reminders for coordinators. */
@org.osgi.service.component.annotations.Component(service = DashboardCard.class)
public final class VolunteersCard implements DashboardCard {

    private final Services s;

    @Activate
    public VolunteersCard(@Reference OrganisationService organisations, @Reference VolunteerService volunteers,
            @Reference AssignmentService assignments, @Reference HoursService hours, @Reference(target = "(module=volunteers)") ModuleTransfer transfer,
            @Reference OrgUnitService units) {
        this(new Services(organisations, volunteers, assignments, hours, transfer, units, Clock.system(Formats.OSLO)));
    }

    public VolunteersCard(Services services) {
        this.s = services;
    }

    @Override
    public Component create() {
        Card card = new Card();
        card.setId("planverk-volunteers-card");
        card.setTitle(new Span(t("card.title")));
        int year = s.today().getYear();
        long open = s.assignments().list(new AssignmentQuery(null, true, null)).size();
        UnorderedList facts = new UnorderedList();
        facts.setId("planverk-volunteers-card-facts");
        boolean coordinator = CurrentUser.get().map(u -> u.has(no.planverk.platform.api.Role.COORDINATOR)).orElse(false);
        if (coordinator) {
            UserContext user = CurrentUser.require();
            facts.add(item("active", t("card.active", s.volunteers().list(VolunteerStatus.ACTIVE, null, user).size())));
        }
        facts.add(item("open", t("card.open", open)),
                item("hours", t("card.hours", String.valueOf(year), Labels.hours(s.hours().yearly(year).hours()))));
        card.add(facts);
        if (coordinator) {
            int reminders = s.volunteers().reminders(CurrentUser.require()).size();
            card.add(new Paragraph(VolNav.link(VolNav.REPORT, t("card.reminders", reminders))));
            card.add(new Paragraph(VolNav.link(VolNav.VOLUNTEERS, t("card.toVolunteers"))));
        }
        card.add(new Paragraph(VolNav.link(VolNav.ASSIGNMENTS, t("card.toAssignments"))));
        card.setWidth("22em");
        return card;
    }

    private static ListItem item(String kind, String text) {
        ListItem li = new ListItem(text);
        li.getElement().setAttribute("data-fact", kind);
        return li;
    }

    @Override
    public int order() {
        return 400;
    }
}
