package no.planverk.competence.ui.internal.unit;

import static no.planverk.competence.ui.internal.CompetenceTexts.t;
import static no.planverk.competence.ui.internal.GapSection.number;
import static no.planverk.competence.ui.internal.GapSection.style;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.router.BeforeEvent;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.HasUrlParameter;
import com.vaadin.flow.router.OptionalParameter;
import java.util.List;
import java.util.Optional;
import no.planverk.competence.api.CategoryCount;
import no.planverk.competence.api.FulltimeService;
import no.planverk.competence.api.RequirementService;
import no.planverk.competence.api.RetirementService;
import no.planverk.competence.api.WorkforceService;
import no.planverk.competence.api.WorkforceSummary;
import no.planverk.competence.ui.internal.CompetenceNav;
import no.planverk.competence.ui.internal.Errors;
import no.planverk.competence.ui.internal.GapSection;
import no.planverk.competence.ui.internal.Labels;
import no.planverk.competence.ui.internal.RetirementSection;
import no.planverk.competence.ui.internal.Rights;
import no.planverk.competence.ui.internal.Units;
import no.planverk.platform.api.OrgUnit;
import no.planverk.platform.api.OrgUnitService;
import no.planverk.platform.api.PlanverkException;
import no.planverk.platform.api.UserContext;
import no.planverk.ui.api.CurrentUser;
import no.planverk.ui.api.Formats;

/**
 * One unit at {@code competence/unit/<id>} (without an id: the user's own unit, else the first with rows): its summary
 * per category, the register rows (planners and the unit's leaders), requirements, gaps, full-time trend and
 * retirements per category. What a user may not do is not shown; the services decide all the same.
 */
public class UnitView extends VerticalLayout implements HasUrlParameter<Long>, HasDynamicTitle {

    private static final long serialVersionUID = 1L;
    private final transient WorkforceService workforce;
    private final transient OrgUnitService orgUnits;
    final ComboBox<OrgUnit> unit = new ComboBox<>(t("unit.choose"));
    final Select<Integer> year = new Select<>();
    final H2 title = new H2();
    final Paragraph facts = new Paragraph();
    final Paragraph aggregatesOnly = new Paragraph(t("unit.aggregatesOnly"));
    final Grid<CategoryCount> categories = new Grid<>();
    final RegisterSection register;
    final RequirementSection requirementSection;
    final GapSection gaps;
    final FulltimeTrend fulltime;
    final RetirementSection retirements;
    private transient Units units;
    private transient Rights rights;
    private OrgUnit current;
    private boolean loading;

    public UnitView(WorkforceService workforce, RequirementService requirements, FulltimeService fulltimeService,
            RetirementService retirementService, OrgUnitService orgUnits) {
        this.workforce = workforce;
        this.orgUnits = orgUnits;
        setWidthFull();
        register = new RegisterSection(workforce, this::refresh);
        requirementSection = new RequirementSection(requirements, this::refresh);
        gaps = new GapSection(requirements, "planverk-competence-unit");
        fulltime = new FulltimeTrend(fulltimeService);
        retirements = new RetirementSection(retirementService, true);
        title.setId("planverk-competence-unit-title");
        facts.setId("planverk-competence-unit-facts");
        aggregatesOnly.setId("planverk-competence-aggregates-only");
        unit.setId("planverk-competence-unit");
        unit.setItemLabelGenerator(OrgUnit::name);
        unit.setWidth("24em");
        year.setId("planverk-competence-unit-year");
        year.setLabel(t("year.register"));
        year.setItemLabelGenerator(String::valueOf);
        categories.setId("planverk-competence-unit-categories");
        categories.addColumn(c -> Labels.category(c.category())).setHeader(t("col.category")).setKey("category").setAutoWidth(true)
                .setFlexGrow(1);
        number(categories.addColumn(c -> Formats.integer(c.positions())).setHeader(t("col.positions")).setKey("positions"));
        number(categories.addColumn(c -> Labels.fte(c.fte())).setHeader(t("col.fte")).setKey("fte"));
        number(categories.addColumn(c -> Formats.integer(c.aged55plus())).setHeader(t("col.aged55count")).setKey("aged55"));
        number(categories.addColumn(c -> Formats.integer(c.temporary())).setHeader(t("col.temporaryCount")).setKey("temporary"));
        number(categories.addColumn(c -> Formats.integer(c.furtherEducation())).setHeader(t("col.furtherEducationCount"))
                .setKey("furtherEducation"));
        style(categories);
        // once: Vaadin keeps this view when only the id in the address changes, and calls setParameter again
        unit.addValueChangeListener(e -> {
            if (e.isFromClient() && e.getValue() != null) {
                UI.getCurrent().navigate(CompetenceNav.unit(e.getValue().id()));
            }
        });
        year.addValueChangeListener(e -> {
            if (!loading) {
                refresh();
            }
        });
    }

    @Override
    public void setParameter(BeforeEvent event, @OptionalParameter Long id) {
        removeAll();
        units = Units.of(orgUnits);
        rights = new Rights(units.all());
        UserContext user = CurrentUser.require();
        Optional<OrgUnit> chosen = id == null ? defaultUnit(user) : units.find(id);
        add(CompetenceNav.bar(CompetenceNav.UNIT));
        if (chosen.isEmpty()) {
            current = null;
            title.setText(t(id == null ? "unit.none" : "unit.notFound"));
            add(title, new Paragraph(t(id == null ? "unit.none.help" : "unit.notFound.help")));
            return;
        }
        current = chosen.get();
        unit.setItems(units.all());
        unit.setValue(current);
        List<Integer> years = workforce.years();
        loading = true;
        Integer keep = year.getValue();
        year.setItems(years);
        year.setValue(years.isEmpty() ? null : years.contains(keep) ? keep : years.get(0));
        loading = false;
        HorizontalLayout choose = new HorizontalLayout(unit, year);
        choose.setAlignItems(FlexComponent.Alignment.BASELINE);
        choose.getStyle().set("flex-wrap", "wrap");
        title.setText(current.name());
        add(title, choose, facts, new H3(t("unit.categories")), categories, aggregatesOnly, register, requirementSection, gaps, fulltime,
                retirements);
        refresh();
    }

    /** The user's own unit (a unit leader's), else the largest unit with rows. */
    private Optional<OrgUnit> defaultUnit(UserContext user) {
        Optional<OrgUnit> own = units.byCodes(user.units()).stream().findFirst();
        if (own.isPresent()) {
            return own;
        }
        return workforce.units(null).stream().max(java.util.Comparator.comparingDouble(WorkforceSummary::fte))
                .flatMap(s -> units.find(s.unitId()));
    }

    void refresh() {
        if (current == null) {
            return;
        }
        UserContext user = CurrentUser.require();
        Integer y = year.getValue();
        boolean mayEdit = rights.canEdit(current.id(), user);
        List<OrgUnit> editable = units.subtree(current.id()).stream().map(id -> units.find(id).orElseThrow())
                .filter(u -> rights.canEdit(u.id(), user)).toList();
        try {
            WorkforceSummary s = workforce.summary(current.id(), y);
            categories.setItems(s.categories());
            facts.setText(t("unit.facts", s.year(), s.positions(), Labels.fte(s.fte()), s.aged55plus()));
        } catch (PlanverkException e) {
            Errors.show(e);
        }
        aggregatesOnly.setVisible(!mayEdit);
        register.setVisible(mayEdit);
        if (mayEdit) {
            register.show(current, y, editable, rights.canSeePersonal(current.id(), user));
        }
        requirementSection.show(current, units, editable);
        gaps.show(current.id(), y);
        fulltime.show(current.id());
        retirements.show(current.id(), y);
    }

    @Override
    public String getPageTitle() {
        return (current == null ? t("unit.title") : current.name()) + " – Planverk";
    }
}
