package no.planverk.competence.ui.internal.unit;

import static no.planverk.competence.ui.internal.CompetenceTexts.t;
import static no.planverk.competence.ui.internal.GapSection.number;
import static no.planverk.competence.ui.internal.GapSection.style;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import java.util.List;
import no.planverk.competence.api.Requirement;
import no.planverk.competence.api.RequirementService;
import no.planverk.competence.ui.internal.Errors;
import no.planverk.competence.ui.internal.Labels;
import no.planverk.competence.ui.internal.Units;
import no.planverk.platform.api.OrgUnit;
import no.planverk.platform.api.PlanverkException;
import no.planverk.ui.api.CurrentUser;
import no.planverk.ui.api.Notices;

/** The requirements of a unit and the units below; those who may change the unit add, edit and delete them. */
public final class RequirementSection extends VerticalLayout {

    private static final long serialVersionUID = 1L;
    private final transient RequirementService requirements;
    private final transient Runnable changed;
    public final Grid<Requirement> grid = new Grid<>();
    public final Button add = new Button(t("req.add"), VaadinIcon.PLUS.create());
    private final Grid.Column<Requirement> actions;
    private transient Units units;
    private transient List<OrgUnit> editable = List.of();
    private OrgUnit unit;

    public RequirementSection(RequirementService requirements, Runnable changed) {
        this.requirements = requirements;
        this.changed = changed;
        setPadding(false);
        setWidthFull();
        grid.setId("planverk-competence-requirements");
        grid.addColumn(r -> units.name(r.unitId())).setHeader(t("col.unit")).setKey("unit").setAutoWidth(true);
        grid.addColumn(r -> Labels.category(r.category())).setHeader(t("col.category")).setKey("category").setAutoWidth(true);
        number(grid.addColumn(r -> r.minFte() == null ? "" : Labels.fte(r.minFte())).setHeader(t("col.minFte")).setKey("minFte"));
        number(grid.addColumn(r -> Labels.share(r.minShare())).setHeader(t("col.minShare")).setKey("minShare"));
        grid.addColumn(r -> r.statutory() ? t("req.statutory.yes") : t("req.statutory.no")).setHeader(t("col.statutory"))
                .setKey("statutory").setAutoWidth(true);
        grid.addColumn(r -> r.reference() == null ? "" : r.reference()).setHeader(t("col.reference")).setKey("reference").setFlexGrow(1);
        grid.addColumn(r -> r.note() == null ? "" : r.note()).setHeader(t("col.note")).setKey("note").setFlexGrow(1);
        actions = grid.addComponentColumn(this::actions).setHeader(t("col.actions")).setKey("actions").setAutoWidth(true).setFlexGrow(0);
        grid.setEmptyStateText(t("req.empty"));
        style(grid);
        add.setId("planverk-competence-requirement-add");
        add.addClickListener(e -> open(null));
        add(new H3(t("req.title")), new Paragraph(t("req.help")), add, grid);
    }

    public void show(OrgUnit unit, Units units, List<OrgUnit> editable) {
        this.unit = unit;
        this.units = units;
        this.editable = editable;
        add.setVisible(!editable.isEmpty());
        actions.setVisible(!editable.isEmpty());
        try {
            grid.setItems(requirements.list(unit.id()));
        } catch (PlanverkException e) {
            Errors.show(e);
        }
    }

    private HorizontalLayout actions(Requirement r) {
        HorizontalLayout h = new HorizontalLayout();
        h.setSpacing(false);
        if (editable.stream().noneMatch(u -> u.id() == r.unitId())) {
            return h;
        }
        Button edit = new Button(VaadinIcon.EDIT.create(), e -> open(r));
        edit.setId("planverk-competence-requirement-edit-" + r.id());
        edit.getElement().setAttribute("aria-label", t("req.edit"));
        Button delete = new Button(VaadinIcon.TRASH.create(), e -> confirmDelete(r));
        delete.setId("planverk-competence-requirement-delete-" + r.id());
        delete.getElement().setAttribute("aria-label", t("req.delete"));
        delete.addThemeVariants(ButtonVariant.LUMO_ERROR);
        for (Button b : List.of(edit, delete)) {
            b.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_TERTIARY);
            b.getElement().setAttribute("title", b.getElement().getAttribute("aria-label"));
        }
        h.add(edit, delete);
        return h;
    }

    void open(Requirement r) {
        new RequirementDialog(requirements, editable, unit, r, saved -> {
            Notices.success(t("req.saved"));
            changed.run();
        }).open();
    }

    private void confirmDelete(Requirement r) {
        ConfirmDialog d = new ConfirmDialog(t("req.delete"), t("req.delete.text", Labels.category(r.category()), units.name(r.unitId())),
                t("action.delete"), e -> {
                    try {
                        requirements.delete(r.id(), r.version(), CurrentUser.require());
                        Notices.success(t("req.deleted"));
                        changed.run();
                    } catch (PlanverkException ex) {
                        Errors.show(ex);
                    }
                }, t("action.cancel"), e -> { });
        d.setConfirmButtonTheme("error primary");
        d.open();
    }
}
