package no.planverk.volunteers.ui.internal.assignment;

import static no.planverk.volunteers.ui.internal.VolTexts.t;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEvent;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.HasUrlParameter;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import no.planverk.platform.api.AccessDeniedException;
import no.planverk.platform.api.PlanverkException;
import no.planverk.ui.api.CurrentUser;
import no.planverk.ui.api.Formats;
import no.planverk.volunteers.api.AssignResult;
import no.planverk.volunteers.api.Assignment;
import no.planverk.volunteers.api.AssignmentQuery;
import no.planverk.platform.api.link.MeasureRef;
import no.planverk.volunteers.api.Conflict;
import no.planverk.volunteers.api.VolunteerSummary;
import no.planverk.volunteers.ui.internal.Errors;
import no.planverk.volunteers.ui.internal.Inputs;
import no.planverk.volunteers.ui.internal.Labels;
import no.planverk.volunteers.ui.internal.Services;
import no.planverk.volunteers.ui.internal.StepNames;
import no.planverk.volunteers.ui.internal.VolNav;


/**
 * One assignment at {@code volunteers/assignment/<id>}: what, where and when, needed and placed; its volunteers and
 * hours for coordinators and the unit's contact; ranked matches and placing for coordinators. The warnings of a
 * placement are shown before (on each match) and after (in the result, which stays on the page), never hidden.
 */
public class AssignmentView extends VerticalLayout implements HasUrlParameter<Long>, HasDynamicTitle {

    private static final long serialVersionUID = 1L;
    private final transient Services s;
    H2 title;
    Paragraph counts;
    Div result;
    TeamPanel team;
    MatchPanel matches;
    Button edit;
    Button delete;
    private Assignment assignment;
    private Map<Long, String> titles = Map.of();

    public AssignmentView(Services services) {
        this.s = services;
        setWidthFull();
    }

    @Override
    public void setParameter(BeforeEvent event, Long id) {
        show(id);
    }

    void show(long id) {
        removeAll();
        team = null; // Vaadin keeps the view when only the id in the address changes
        matches = null;
        add(VolNav.bar(VolNav.ASSIGNMENT));
        Optional<Assignment> found = s.assignments().find(id);
        if (found.isEmpty()) {
            assignment = null;
            title = new H2(t("assignment.notFound"));
            add(title, new Paragraph(t("assignment.notFound.help", id)));
            return;
        }
        assignment = found.get();
        titles = new java.util.HashMap<>();
        s.assignments().list(AssignmentQuery.all()).forEach(a -> titles.put(a.id(), a.title()));
        title = new H2(assignment.title());
        title.setId("planverk-assignment-title");
        counts = new Paragraph();
        counts.setId("planverk-assignment-counts");
        result = new Div();
        result.setId("planverk-assignment-result");
        result.getElement().setAttribute("role", "alert");
        result.setVisible(false);
        add(title, facts(), counts);
        if (VolNav.mayPlan()) {
            add(actions());
        }
        add(result);
        showCounts();
        boolean coordinator = VolNav.coordinator();
        Map<Long, String> names = names();
        try {
            team = new TeamPanel(s, assignment, names, coordinator, this::ended);
            add(new H3(t("assignment.team")), team);
        } catch (AccessDeniedException e) {
            add(new H3(t("assignment.team")), Inputs.notice("planverk-assignment-team-denied", t("assignment.team.denied")));
        }
        if (coordinator) {
            matches = new MatchPanel(s, assignment, this::placed, this::assignmentTitle);
            add(new H3(t("match.title")), matches);
        }
    }

    private HorizontalLayout actions() {
        edit = new Button(t("assignment.edit"), VaadinIcon.EDIT.create(),
                e -> new AssignmentDialog(s, assignment, a -> show(a.id())).open());
        edit.setId("planverk-assignment-edit");
        delete = new Button(t("assignment.delete"), VaadinIcon.TRASH.create(),
                e -> confirmDelete());
        delete.setId("planverk-assignment-delete");
        delete.addThemeVariants(ButtonVariant.LUMO_ERROR,
                ButtonVariant.LUMO_TERTIARY);
        return new HorizontalLayout(edit, delete);
    }

    private void confirmDelete() {
        ConfirmDialog d = new ConfirmDialog(
                t("assignment.delete.title"), t("assignment.delete.text", assignment.title()), t("assignment.delete"), e -> delete());
        d.setCancelable(true);
        d.setCancelText(t("action.cancel"));
        d.setConfirmButtonTheme("error primary");
        d.open();
    }

    void delete() {
        try {
            s.assignments().delete(assignment.id(), assignment.version(), CurrentUser.require());
            Errors.success(t("assignment.deleted", assignment.title()));
            UI.getCurrent().navigate(VolNav.ASSIGNMENTS);
        } catch (PlanverkException e) {
            Errors.show(e);
        }
    }

    private VerticalLayout facts() {
        Map<Long, String> orgs = s.organisationNames();
        UnorderedList list = new UnorderedList();
        list.setId("planverk-assignment-facts");
        list.add(new ListItem(t("assignment.unit") + ": " + Services.name(s.unitNames(), assignment.unitId())),
                new ListItem(t("assignment.step") + ": " + StepNames.of(s).label(assignment.step())),
                new ListItem(t("assignment.time") + ": " + Labels.schedule(assignment.schedule())));
        if (assignment.place() != null) {
            list.add(new ListItem(t("assignment.place") + ": " + assignment.place()));
        }
        if (assignment.organisationId() != null) {
            list.add(new ListItem(t("assignment.organisation") + ": " + Services.name(orgs, assignment.organisationId())));
        }
        if (assignment.measureId() != null) {
            list.add(measureItem(assignment.measureId()));
        }
        list.add(new ListItem(t("assignment.checks") + ": " + Labels.checks(assignment.requiredChecks())),
                new ListItem(t("assignment.skills") + ": " + (assignment.requiredSkills().isEmpty() ? t("check.none")
                        : Labels.words(assignment.requiredSkills()))));
        VerticalLayout box = new VerticalLayout();
        box.setPadding(false);
        if (assignment.description() != null) {
            box.add(new Paragraph(assignment.description()));
        }
        box.add(list);
        return box;
    }

    /** The measure it serves, linked to the measure's page when the measures module is installed. */
    private ListItem measureItem(long measureId) {
        ListItem item = new ListItem(t("assignment.measure") + ": ");
        item.setId("planverk-assignment-measure");
        Optional<MeasureRef> ref = s.measureDirectory().flatMap(d -> d.find(measureId));
        if (ref.isPresent()) {
            item.add(new Anchor("measures/measure/" + measureId, ref.get().label()));
        } else {
            item.add(t("assignment.measure.unknown", measureId));
        }
        return item;
    }

    private void showCounts() {
        boolean open = assignment.openOn(s.today());
        counts.setText(t("assignment.counts", assignment.needed(), assignment.filled(), Math.max(0, assignment.needed() - assignment.filled()))
                + " " + (open ? t("assignment.isOpen") : assignment.schedule().runningOn(s.today()) ? t("assignment.isFull")
                : t("assignment.isOver")));
    }

    /** Volunteer names the user may see; none (ids only) for a unit leader who is not the unit's contact. */
    private Map<Long, String> names() {
        try {
            return s.volunteers().list(null, null, CurrentUser.require()).stream()
                    .collect(java.util.stream.Collectors.toMap(VolunteerSummary::id, VolunteerSummary::name));
        } catch (AccessDeniedException e) {
            return Map.of();
        }
    }

    String assignmentTitle(long id) {
        return titles.getOrDefault(id, t("assignment.unknown", id));
    }

    /** After a placement: the name, and every warning the service returned. */
    void placed(String name, AssignResult r) {
        result.removeAll();
        List<Conflict> conflicts = r.conflicts();
        Paragraph head = new Paragraph(conflicts.isEmpty() ? t("place.done", name, Formats.date(r.placement().from()))
                : t("place.doneWarnings", name, Formats.date(r.placement().from()), conflicts.size()));
        head.getStyle().set("font-weight", "600");
        result.add(head);
        if (!conflicts.isEmpty()) {
            UnorderedList list = new UnorderedList();
            list.setId("planverk-assignment-result-warnings");
            conflicts.forEach(c -> list.add(new ListItem(Labels.conflictChip(c, this::assignmentTitle))));
            result.add(list);
        }
        result.getStyle().set("border", "1px solid " + (conflicts.isEmpty() ? "var(--lumo-success-color, #2e7d32)"
                : "var(--lumo-error-color, #c62828)")).set("border-radius", "var(--lumo-border-radius-m, 4px)").set("padding", "0 1em");
        result.setVisible(true);
        Errors.success(t("place.done", name, Formats.date(r.placement().from())));
        reload();
    }

    void ended(String name) {
        result.removeAll();
        result.add(new Span(t("place.ended", name)));
        result.getStyle().set("border", "none");
        result.setVisible(true);
        reload();
    }

    private void reload() {
        try {
            assignment = s.assignments().find(assignment.id()).orElse(assignment);
            showCounts();
            Map<Long, String> names = names();
            if (team != null) {
                team.refresh(assignment, names);
            }
            if (matches != null) {
                matches.refresh(assignment);
            }
        } catch (PlanverkException e) {
            Errors.show(e);
        }
    }

    Assignment assignment() {
        return assignment;
    }

    @Override
    public String getPageTitle() {
        return (assignment == null ? t("assignment.notFound") : assignment.title()) + " – Planverk";
    }
}
