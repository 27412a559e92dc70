package no.planverk.volunteers.ui.internal.volunteer;

import static no.planverk.volunteers.ui.internal.VolTexts.t;

import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import no.planverk.platform.api.AccessDeniedException;
import no.planverk.platform.api.UserContext;
import no.planverk.volunteers.api.Assignment;
import no.planverk.volunteers.api.AssignmentMatch;
import no.planverk.volunteers.api.AssignmentQuery;
import no.planverk.volunteers.api.HoursEntry;
import no.planverk.volunteers.api.Placement;
import no.planverk.ui.api.CurrentUser;
import no.planverk.ui.api.Formats;
import no.planverk.volunteers.ui.internal.Labels;
import no.planverk.volunteers.ui.internal.Services;
import no.planverk.volunteers.ui.internal.VolNav;

/**
 * A volunteer's placements and hours, and (for coordinators) the open assignments that suit them. The API has no
 * "placements of a volunteer", so the assignments the user may see are asked one by one.
 */
public class PlacementsPanel extends VerticalLayout {

    private static final long serialVersionUID = 1L;
    private final transient Services s;
    private final long volunteerId;
    private final boolean coordinator;
    final Grid<Placement> placed = new Grid<>();
    final Grid<HoursEntry> hours = new Grid<>();
    final Grid<AssignmentMatch> suitable = new Grid<>();
    final Paragraph total = new Paragraph();
    private Map<Long, Assignment> assignments = Map.of();

    PlacementsPanel(Services s, long volunteerId, boolean coordinator) {
        this.s = s;
        this.volunteerId = volunteerId;
        this.coordinator = coordinator;
        setPadding(false);
        placed.setId("planverk-volunteer-placements");
        placed.addComponentColumn(p -> VolNav.link(VolNav.assignment(p.assignmentId()), title(p.assignmentId())))
                .setHeader(t("placement.assignment")).setKey("assignment").setFlexGrow(2);
        placed.addColumn(p -> Formats.date(p.from())).setHeader(t("placement.from")).setKey("from").setAutoWidth(true);
        placed.addColumn(p -> p.to() == null ? t("placement.running") : Formats.date(p.to())).setHeader(t("placement.to")).setKey("to")
                .setAutoWidth(true);
        placed.setAllRowsVisible(true);
        placed.setEmptyStateText(t("placement.none"));
        placed.addThemeVariants(GridVariant.LUMO_COMPACT);
        hours.setId("planverk-volunteer-hours");
        hours.addColumn(h -> Formats.date(h.date())).setHeader(t("hours.date")).setKey("date").setAutoWidth(true);
        hours.addColumn(h -> title(h.assignmentId())).setHeader(t("placement.assignment")).setKey("assignment").setFlexGrow(2);
        hours.addColumn(h -> Labels.hours(h.hours())).setHeader(t("hours.hours")).setKey("hours").setAutoWidth(true);
        hours.setAllRowsVisible(true);
        hours.setEmptyStateText(t("hours.none"));
        hours.addThemeVariants(GridVariant.LUMO_COMPACT);
        total.setId("planverk-volunteer-hours-total");
        add(new H3(t("volunteer.placements")), placed, new H3(t("volunteer.hours")), total, hours);
        if (coordinator) {
            suitable.setId("planverk-volunteer-suitable");
            suitable.addComponentColumn(m -> VolNav.link(VolNav.assignment(m.assignment().id()), m.assignment().title()))
                    .setHeader(t("placement.assignment")).setKey("assignment").setFlexGrow(2);
            suitable.addColumn(m -> Labels.schedule(m.assignment().schedule())).setHeader(t("assignment.time")).setKey("time").setFlexGrow(2);
            suitable.addColumn(m -> Formats.integer(m.score())).setHeader(t("match.score")).setKey("score").setAutoWidth(true);
            suitable.addColumn(m -> Labels.score(m.parts())).setHeader(t("match.why")).setKey("why").setFlexGrow(3);
            suitable.setAllRowsVisible(true);
            suitable.setEmptyStateText(t("volunteer.suitable.none"));
            suitable.addThemeVariants(GridVariant.LUMO_COMPACT, GridVariant.LUMO_WRAP_CELL_CONTENT);
            add(new H3(t("volunteer.suitable")), new Paragraph(t("volunteer.suitable.help")), suitable);
        }
        refresh();
    }

    void refresh() {
        UserContext user = CurrentUser.require();
        assignments = new HashMap<>();
        s.assignments().list(AssignmentQuery.all()).forEach(a -> assignments.put(a.id(), a));
        List<Placement> mine = new ArrayList<>();
        List<HoursEntry> given = new ArrayList<>();
        for (Assignment a : assignments.values()) {
            try {
                List<Placement> ps = s.assignments().placements(a.id(), user).stream().filter(p -> p.volunteerId() == volunteerId).toList();
                if (!ps.isEmpty()) {
                    mine.addAll(ps);
                    s.hours().forAssignment(a.id(), user).stream().filter(h -> h.volunteerId() != null && h.volunteerId() == volunteerId)
                            .forEach(given::add);
                }
            } catch (AccessDeniedException e) {
                // a unit contact sees only the placements of their units' assignments
            }
        }
        mine.sort(java.util.Comparator.comparing(Placement::from).reversed());
        given.sort(java.util.Comparator.comparing(HoursEntry::date).reversed());
        placed.setItems(mine);
        hours.setItems(given);
        BigDecimal sum = given.stream().map(HoursEntry::hours).reduce(BigDecimal.ZERO, BigDecimal::add);
        total.setText(t("volunteer.hours.total", Labels.hours(sum), given.size()));
        if (coordinator) {
            suitable.setItems(s.assignments().suitable(volunteerId, user));
        }
    }

    private String title(long assignmentId) {
        Assignment a = assignments.get(assignmentId);
        return a == null ? t("assignment.unknown", assignmentId) : a.title();
    }
}
