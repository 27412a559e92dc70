package no.planverk.volunteers.ui.internal.volunteer;

import static no.planverk.volunteers.ui.internal.VolTexts.t;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.value.ValueChangeMode;
import com.vaadin.flow.router.HasDynamicTitle;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import no.planverk.platform.api.AccessDeniedException;
import no.planverk.platform.api.OrgUnit;
import no.planverk.platform.api.PlanverkException;
import no.planverk.volunteers.api.Assignment;
import no.planverk.volunteers.api.AssignmentQuery;
import no.planverk.volunteers.api.Placement;
import no.planverk.volunteers.api.VolunteerDraft;
import no.planverk.volunteers.api.VolunteerStatus;
import no.planverk.volunteers.api.VolunteerSummary;
import no.planverk.ui.api.CurrentUser;
import no.planverk.ui.api.Formats;
import no.planverk.volunteers.ui.internal.Errors;
import no.planverk.volunteers.ui.internal.Inputs;
import no.planverk.volunteers.ui.internal.Labels;
import no.planverk.volunteers.ui.internal.Services;
import no.planverk.volunteers.ui.internal.VolNav;

/**
 * The volunteer list at {@code volunteers}, for coordinators: filters by status, skill, unit (placed on the unit's
 * assignments) and text; status chips and certificate warnings; a new volunteer by name. Anyone else gets a message
 * and no volunteer data (the shell also keeps them out by the contribution's role).
 */
public class VolunteersView extends VerticalLayout implements HasDynamicTitle {

    private static final long serialVersionUID = 1L;
    private final transient Services s;
    final ComboBox<VolunteerStatus> status = new ComboBox<>(t("volunteers.status"));
    final ComboBox<String> skill = new ComboBox<>(t("volunteers.skill"));
    final ComboBox<OrgUnit> unit = new ComboBox<>(t("volunteers.unit"));
    final TextField text = new TextField(t("volunteers.text"));
    final Grid<VolunteerSummary> grid = new Grid<>();
    final Paragraph count = new Paragraph();
    final Button create = new Button(t("volunteers.create"), VaadinIcon.PLUS.create());
    Paragraph denied;
    private Map<Long, String> organisations = Map.of();

    public VolunteersView(Services services) {
        this.s = services;
        setWidthFull();
        add(VolNav.bar(VolNav.VOLUNTEERS), new H2(t("volunteers.title")));
        if (!VolNav.coordinator()) {
            denied = Inputs.notice("planverk-volunteers-denied", t("volunteers.denied"));
            add(denied);
            return;
        }
        try {
            organisations = s.organisationNames();
            configureFilters();
            configureGrid();
            create.setId("planverk-volunteers-create");
            create.addClickListener(e -> new NameDialog(t("volunteers.create"), this::register).open());
            HorizontalLayout filters = new HorizontalLayout(status, skill, unit, text, create);
            filters.setAlignItems(FlexComponent.Alignment.BASELINE);
            filters.getStyle().set("flex-wrap", "wrap");
            add(new Paragraph(t("volunteers.help")), filters, count, grid);
            refresh();
        } catch (AccessDeniedException e) {
            removeAll();
            add(VolNav.bar(VolNav.VOLUNTEERS), Inputs.notice("planverk-volunteers-denied", t("volunteers.denied")));
        }
    }

    private void configureFilters() {
        status.setId("planverk-volunteers-filter-status");
        status.setItems(VolunteerStatus.values());
        status.setItemLabelGenerator(Labels::status);
        status.setClearButtonVisible(true);
        status.setPlaceholder(t("volunteers.any"));
        skill.setId("planverk-volunteers-filter-skill");
        Set<String> skills = new TreeSet<>();
        s.volunteers().list(null, null, CurrentUser.require()).forEach(v -> skills.addAll(v.skills()));
        skill.setItems(skills);
        skill.setClearButtonVisible(true);
        skill.setPlaceholder(t("volunteers.any"));
        unit.setId("planverk-volunteers-filter-unit");
        unit.setItems(s.units().list());
        unit.setItemLabelGenerator(OrgUnit::name);
        unit.setClearButtonVisible(true);
        unit.setPlaceholder(t("volunteers.any"));
        unit.setHelperText(t("volunteers.unit.help"));
        text.setId("planverk-volunteers-filter-text");
        text.setValueChangeMode(ValueChangeMode.LAZY);
        text.setClearButtonVisible(true);
        text.setPlaceholder(t("volunteers.text.placeholder"));
        status.addValueChangeListener(e -> refresh());
        skill.addValueChangeListener(e -> refresh());
        unit.addValueChangeListener(e -> refresh());
        text.addValueChangeListener(e -> refresh());
    }

    private void configureGrid() {
        grid.setId("planverk-volunteers-grid");
        grid.addComponentColumn(v -> VolNav.link(VolNav.volunteer(v.id()), v.name())).setHeader(t("volunteers.name")).setKey("name")
                .setFlexGrow(2).setResizable(true);
        grid.addComponentColumn(v -> Labels.statusChip(v.status())).setHeader(t("volunteers.status")).setKey("status").setAutoWidth(true);
        grid.addColumn(v -> Services.name(organisations, v.organisationId())).setHeader(t("volunteers.organisation")).setKey("organisation")
                .setFlexGrow(1);
        grid.addColumn(v -> Labels.words(v.skills())).setHeader(t("volunteers.skills")).setKey("skills").setFlexGrow(2);
        grid.addComponentColumn(this::certificate).setHeader(t("volunteers.certificate")).setKey("certificate").setAutoWidth(true);
        grid.addThemeVariants(GridVariant.LUMO_ROW_STRIPES, GridVariant.LUMO_WRAP_CELL_CONTENT);
        grid.setEmptyStateText(t("volunteers.empty"));
    }

    private Component certificate(VolunteerSummary v) {
        return Labels.certificateWarning(v.certificateExpires(), s.today()).map(Component.class::cast)
                .orElseGet(() -> new Span(v.certificateExpires() == null ? "" : t("certificate.until", Formats.date(v.certificateExpires()))));
    }

    void refresh() {
        List<VolunteerSummary> rows = s.volunteers().list(status.getValue(), text.getValue(), CurrentUser.require());
        if (skill.getValue() != null) {
            rows = rows.stream().filter(v -> v.skills().contains(skill.getValue())).toList();
        }
        if (unit.getValue() != null) {
            Set<Long> placed = placedIn(unit.getValue().id());
            rows = rows.stream().filter(v -> placed.contains(v.id())).toList();
        }
        grid.setItems(rows);
        grid.setAllRowsVisible(rows.size() <= 50);
        count.setText(t("volunteers.count", rows.size()));
    }

    /** Volunteers ever placed on an assignment of the unit or a unit below it (preferences are not in the list's rows). */
    private Set<Long> placedIn(long unitId) {
        Set<Long> ids = new HashSet<>();
        for (Assignment a : s.assignments().list(new AssignmentQuery(unitId, false, null))) {
            s.assignments().placements(a.id(), CurrentUser.require()).stream().map(Placement::volunteerId).forEach(ids::add);
        }
        return ids;
    }

    private void register(String name) {
        try {
            long id = s.volunteers().create(VolunteerDraft.of(name), CurrentUser.require()).id();
            Errors.success(t("volunteers.created", name));
            UI.getCurrent().navigate(VolNav.volunteer(id));
        } catch (PlanverkException e) {
            Errors.show(e);
        }
    }

    @Override
    public String getPageTitle() {
        return t("volunteers.title") + " – Planverk";
    }
}
