package no.planverk.volunteers.ui.internal.assignment;

import no.planverk.platform.api.Message;
import static no.planverk.volunteers.ui.internal.VolTexts.t;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H4;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.function.BiConsumer;
import java.util.function.LongFunction;
import java.util.stream.Collectors;
import no.planverk.platform.api.PlanverkException;
import no.planverk.volunteers.api.AssignResult;
import no.planverk.volunteers.api.Assignment;
import no.planverk.volunteers.api.Check;
import no.planverk.volunteers.api.Conflict;
import no.planverk.volunteers.api.Match;
import no.planverk.volunteers.api.Placement;
import no.planverk.volunteers.api.VolunteerStatus;
import no.planverk.volunteers.api.VolunteerSummary;
import no.planverk.ui.api.CurrentUser;
import no.planverk.ui.api.Formats;
import no.planverk.volunteers.ui.internal.Errors;
import no.planverk.volunteers.ui.internal.Labels;
import no.planverk.volunteers.ui.internal.Services;
import no.planverk.volunteers.ui.internal.VolNav;

/**
 * For coordinators: active volunteers who meet the checks, best first, with the score, why, and the warnings placing
 * them would bring; and any other volunteer by name (those who miss a check are not ranked), with the warnings the list
 * row can tell before placing. Placing hands the service's result to the page.
 */
public class MatchPanel extends VerticalLayout {

    private static final long serialVersionUID = 1L;
    private final transient Services s;
    private final transient BiConsumer<String, AssignResult> onPlaced;
    private final transient LongFunction<String> titles;
    final Grid<Match> grid = new Grid<>();
    final Paragraph none = new Paragraph(t("match.none"));
    final ComboBox<VolunteerSummary> other = new ComboBox<>(t("match.other"));
    final Div otherWarnings = new Div();
    final Button placeOther = new Button(t("match.place"));
    private Assignment assignment;

    MatchPanel(Services s, Assignment assignment, BiConsumer<String, AssignResult> onPlaced, LongFunction<String> titles) {
        this.s = s;
        this.assignment = assignment;
        this.onPlaced = onPlaced;
        this.titles = titles;
        setPadding(false);
        grid.setId("planverk-assignment-matches");
        grid.addComponentColumn(m -> VolNav.link(VolNav.volunteer(m.volunteerId()), m.name())).setHeader(t("placement.volunteer"))
                .setKey("name").setFlexGrow(2);
        grid.addColumn(m -> Formats.integer(m.score())).setHeader(t("match.score")).setKey("score").setAutoWidth(true);
        grid.addColumn(m -> Labels.score(m.parts())).setHeader(t("match.why")).setKey("why").setFlexGrow(3);
        grid.addComponentColumn(m -> warnings(m.warnings())).setHeader(t("match.warnings")).setKey("warnings").setFlexGrow(3);
        grid.addComponentColumn(m -> {
            Button b = new Button(t("match.place"), e -> place(m.volunteerId(), m.name()));
            b.addThemeVariants(ButtonVariant.LUMO_SMALL);
            b.getElement().setAttribute("aria-label", t("match.place.label", m.name()));
            return b;
        }).setHeader("").setKey("place").setAutoWidth(true);
        grid.setAllRowsVisible(true);
        grid.addThemeVariants(GridVariant.LUMO_WRAP_CELL_CONTENT, GridVariant.LUMO_ROW_STRIPES);
        none.setId("planverk-assignment-matches-none");
        other.setId("planverk-assignment-other");
        other.setItemLabelGenerator(v -> v.name() + " (" + Labels.status(v.status()) + ")");
        other.setWidth("22em");
        other.addValueChangeListener(e -> showOtherWarnings());
        otherWarnings.setId("planverk-assignment-other-warnings");
        placeOther.setId("planverk-assignment-other-place");
        placeOther.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        placeOther.addClickListener(e -> {
            if (other.getValue() != null) {
                place(other.getValue().id(), other.getValue().name());
            }
        });
        HorizontalLayout pick = new HorizontalLayout(other, placeOther);
        pick.setAlignItems(FlexComponent.Alignment.BASELINE);
        add(new Paragraph(t("match.help")), none, grid, new H4(t("match.other.title")), new Paragraph(t("match.other.help")), pick,
                otherWarnings);
        refresh(assignment);
    }

    private Component warnings(List<Conflict> conflicts) {
        Div chips = new Div();
        chips.getStyle().set("display", "flex").set("flex-wrap", "wrap").set("gap", "0.25em").set("width", "100%").set("min-width", "0");
        conflicts.forEach(c -> chips.add(Labels.conflictChip(c, titles)));
        if (conflicts.isEmpty()) {
            chips.add(new Span(t("match.noWarnings")));
        }
        return chips;
    }

    void refresh(Assignment a) {
        this.assignment = a;
        List<Match> ms = s.assignments().matches(a.id(), CurrentUser.require());
        grid.setItems(ms);
        grid.setVisible(!ms.isEmpty());
        none.setVisible(ms.isEmpty());
        Set<Long> placed = s.assignments().placements(a.id(), CurrentUser.require()).stream().filter(p -> p.to() == null)
                .map(Placement::volunteerId).collect(Collectors.toSet());
        other.setItems(s.volunteers().list(null, null, CurrentUser.require()).stream()
                .filter(v -> v.status() != VolunteerStatus.ARCHIVED && !placed.contains(v.id())).toList());
        other.clear();
    }

    /** What the list row tells before placing: not active, certificate expired on the first day, missing skills. */
    void showOtherWarnings() {
        otherWarnings.removeAll();
        VolunteerSummary v = other.getValue();
        if (v == null) {
            return;
        }
        LocalDate first = assignment.schedule().start().isAfter(s.today()) ? assignment.schedule().start() : s.today();
        List<Conflict> before = new ArrayList<>();
        if (v.status() != VolunteerStatus.ACTIVE) {
            before.add(new Conflict(Conflict.Kind.NOT_ACTIVE, "", null));
        }
        if (assignment.requiredChecks().contains(Check.POLICE_CERTIFICATE) && v.certificateExpires() != null
                && v.certificateExpires().isBefore(first)) {
            before.add(new Conflict(Conflict.Kind.CERTIFICATE_EXPIRED, Message.of("volunteers.conflict.certificate.expired",
                    "The police certificate is not valid on {0} (expired {1})", first.toString(), v.certificateExpires().toString()), null));
        }
        List<String> missing = assignment.requiredSkills().stream().filter(k -> !v.skills().contains(k)).toList();
        if (!missing.isEmpty()) {
            before.add(new Conflict(Conflict.Kind.SKILL_MISSING, Message.of("volunteers.conflict.skills", "Missing skills: {0}",
                    String.join(", ", missing)), null));
        }
        if (assignment.filled() >= assignment.needed()) {
            before.add(new Conflict(Conflict.Kind.FULL, "", null));
        }
        Paragraph head = new Paragraph(before.isEmpty() ? t("match.other.noWarnings") : t("match.other.warnings"));
        otherWarnings.add(head, warnings(before));
    }

    void place(long volunteerId, String name) {
        try {
            AssignResult r = s.assignments().assign(assignment.id(), volunteerId, CurrentUser.require());
            onPlaced.accept(name, r);
        } catch (PlanverkException e) {
            Errors.show(e);
        }
    }
}
