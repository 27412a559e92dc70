package no.planverk.measures.ui.internal;

import static no.planverk.measures.ui.internal.MeasuresTexts.t;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
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
import com.vaadin.flow.component.treegrid.TreeGrid;
import com.vaadin.flow.data.provider.Query;
import com.vaadin.flow.data.provider.QuerySortOrder;
import com.vaadin.flow.data.provider.SortDirection;
import com.vaadin.flow.data.value.ValueChangeMode;
import com.vaadin.flow.router.HasDynamicTitle;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import no.planverk.measures.api.Funding;
import no.planverk.measures.api.GoalInfo;
import no.planverk.measures.api.Light;
import no.planverk.measures.api.Measure;
import no.planverk.measures.api.MeasureQuery;
import no.planverk.measures.api.MeasureService;
import no.planverk.measures.api.MeasureStatus;
import no.planverk.measures.api.PlanDirectory;
import no.planverk.measures.api.PlanInfo;
import no.planverk.measures.ui.internal.measure.MeasureCreateDialog;
import no.planverk.platform.api.OrgUnit;
import no.planverk.platform.api.OrgUnitService;
import no.planverk.platform.api.PlanverkException;
import no.planverk.platform.api.Role;
import no.planverk.platform.api.UserContext;
import no.planverk.ui.api.CurrentUser;
import no.planverk.ui.api.GridHeight;
import no.planverk.ui.api.Municipality;
import no.planverk.ui.api.NumberInput;

/**
 * The measure register: a lazy, paged grid with filters done by the service (plan and goal from the plans
 * module when it is there, unit, year, status, light, funding, needs attention, free text), or the same
 * measures grouped by goal in a tree. A row opens the measure's page.
 */
public class MeasuresView extends VerticalLayout implements HasDynamicTitle {

    private static final long serialVersionUID = 1L;

    private final transient MeasureService measures;
    private final transient OrgUnitService units;
    private final transient PlanDirectory directory;
    final Grid<Measure> grid = new Grid<>();
    final TreeGrid<GoalTree.Row> tree = new TreeGrid<>();
    final ComboBox<PlanInfo> plan = new ComboBox<>(t("measure.plan"));
    final ComboBox<GoalInfo> goal = new ComboBox<>(t("measure.goal"));
    final ComboBox<OrgUnit> municipality = new ComboBox<>(t("filter.municipality"));
    final ComboBox<OrgUnit> unit = new ComboBox<>(t("measure.unit"));
    final TextField year = NumberInput.integer(t("filter.year"), 1900, 2200);
    final ComboBox<MeasureStatus> status = new ComboBox<>(t("measure.status"));
    final ComboBox<Light> light = new ComboBox<>(t("measure.light"));
    final ComboBox<Funding> funding = new ComboBox<>(t("measure.funding"));
    final Checkbox attention = new Checkbox(t("filter.attention"));
    final Checkbox byGoal = new Checkbox(t("filter.byGoal"));
    final TextField text = new TextField();
    final Button clear = new Button(t("filter.clear"), VaadinIcon.CLOSE_SMALL.create());
    final Button add = new Button(t("measures.new"), VaadinIcon.PLUS.create());
    final Span count = new Span();
    final Paragraph treeNote = new Paragraph();
    MeasureCreateDialog dialog;
    private final GoalTree goals;
    private final UnitNames unitNames;
    private final Function<Measure, String> planName;

    public MeasuresView(MeasureService measures, OrgUnitService units, PlanDirectory directory) {
        this.measures = measures;
        this.units = units;
        this.directory = directory;
        UserContext user = CurrentUser.require();
        List<OrgUnit> all = units.list();
        unitNames = new UnitNames(all);
        planName = planNames(directory);
        goals = new GoalTree(measures, directory, () -> query(null));
        setWidthFull();
        configureFilters(all);
        configureMunicipality(user, all);
        configureGrid();
        configureTree();
        HorizontalLayout top = new HorizontalLayout(new H2(t("measures.title")), count);
        top.setAlignItems(FlexComponent.Alignment.BASELINE);
        if (mayCreate(user)) {
            add.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
            add.addClickListener(e -> openCreate());
            top.add(add);
        }
        HorizontalLayout filters = new HorizontalLayout();
        if (directory != null) {
            filters.add(plan, goal);
        }
        filters.add(municipality, unit, year, status, light, funding, text, attention, byGoal, clear);
        filters.setAlignItems(FlexComponent.Alignment.BASELINE);
        filters.getStyle().set("flex-wrap", "wrap");
        add(MeasureNav.bar(MeasureNav.GRID), top, filters, treeNote, grid, tree);
    }

    /** Planners and unit leaders add measures; the units are checked on saving. */
    public static boolean mayCreate(UserContext user) {
        return user.has(Role.PLANNER) || user.roles().contains(Role.UNIT_LEADER);
    }

    private void configureFilters(List<OrgUnit> all) {
        if (directory != null) {
            plan.setItems(directory.plans());
            plan.setItemLabelGenerator(MeasuresView::planLabel);
            plan.setWidth("22em");
            goal.setItemLabelGenerator(g -> g.code() + " " + g.text());
            goal.setWidth("22em");
            goalItems();
            plan.addValueChangeListener(e -> {
                goalItems();
                refresh();
            });
            goal.addValueChangeListener(e -> refresh());
            text.setLabel(t("filter.text"));
            text.setPlaceholder(t("filter.text.placeholder"));
        } else {
            // without the plans module plan and goal are free text on the measure: one search covers both
            text.setLabel(t("filter.planText"));
            text.setPlaceholder(t("filter.planText.placeholder"));
        }
        unit.setItems(all);
        unit.setItemLabelGenerator(OrgUnit::name);
        unit.setWidth("18em");
        year.setValueChangeMode(ValueChangeMode.LAZY);
        year.setValueChangeTimeout(400);
        year.setHelperText(t("filter.year.help"));
        year.setWidth("9em");
        status.setItems(MeasureStatus.values());
        status.setItemLabelGenerator(MeasureLabels::status);
        light.setItems(Light.values());
        light.setItemLabelGenerator(MeasureLabels::light);
        funding.setItems(Funding.values());
        funding.setItemLabelGenerator(MeasureLabels::funding);
        text.setValueChangeMode(ValueChangeMode.LAZY);
        text.setValueChangeTimeout(400);
        text.setPrefixComponent(VaadinIcon.SEARCH.create());
        text.setWidth("16em");
        Stream.of(plan, goal, unit, status, light, funding).forEach(c -> c.setClearButtonVisible(true));
        year.setClearButtonVisible(true);
        text.setClearButtonVisible(true);
        Stream.of(unit, status, light, funding).forEach(c -> c.addValueChangeListener(e -> refresh()));
        year.addValueChangeListener(e -> refresh());
        text.addValueChangeListener(e -> refresh());
        attention.addValueChangeListener(e -> refresh());
        byGoal.addValueChangeListener(e -> showGrouped(e.getValue()));
        clear.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        clear.addClickListener(e -> {
            Stream.of(plan, goal, unit, status, light, funding).forEach(ComboBox::clear);
            year.clear();
            text.clear();
            attention.clear();
        });
    }

    /** The municipality filter, remembered for the user and shared with the plan list (see {@link Municipality}). */
    private void configureMunicipality(UserContext user, List<OrgUnit> all) {
        municipality.setId("planverk-measures-municipality");
        municipality.setPlaceholder(t("filter.municipality.all"));
        Municipality.picker(municipality, user, all, this::refresh);
    }

    private void goalItems() {
        PlanInfo p = plan.getValue();
        List<GoalInfo> items = p != null ? directory.goals(p.id())
                : directory.plans().stream().flatMap(x -> directory.goals(x.id()).stream()).toList();
        GoalInfo chosen = goal.getValue();
        goal.setItems(items);
        if (chosen != null && items.contains(chosen)) {
            goal.setValue(chosen);
        }
    }

    private void configureGrid() {
        grid.setId("planverk-measures");
        grid.setWidthFull();
        grid.addThemeVariants(GridVariant.LUMO_ROW_STRIPES, GridVariant.LUMO_WRAP_CELL_CONTENT);
        grid.setMultiSort(false);
        MeasureColumns.addTo(grid, m -> m, planName, unitNames, true);
        grid.setItems(this::fetch, this::total);
        // single selection: a click or Space on a row opens the measure, so the grid works from the keyboard too
        grid.asSingleSelect().addValueChangeListener(e -> {
            if (e.getValue() != null) {
                open(e.getValue());
            }
        });
    }

    private void configureTree() {
        tree.setId("planverk-measures-tree");
        tree.setWidthFull();
        tree.addThemeVariants(GridVariant.LUMO_WRAP_CELL_CONTENT);
        tree.addHierarchyColumn(r -> r.isGoal() ? t("group.label", r.label(), r.count()) : r.measure().number())
                .setHeader(t("measure.goalOrNumber")).setKey("goal").setFlexGrow(3);
        MeasureColumns.addTo(tree, GoalTree.Row::measure, planName, unitNames, false);
        tree.removeColumnByKey("number");
        tree.setDataProvider(goals);
        tree.asSingleSelect().addValueChangeListener(e -> {
            if (e.getValue() != null && !e.getValue().isGoal()) {
                open(e.getValue().measure());
            }
        });
        tree.setVisible(false);
        treeNote.setVisible(false);
    }

    private void showGrouped(boolean grouped) {
        grid.setVisible(!grouped);
        tree.setVisible(grouped);
        refresh();
    }

    private Stream<Measure> fetch(Query<Measure, Void> q) {
        if (!NumberInput.valid(year)) {
            // "20x6" filters nothing in, rather than being read as 206 or ignored
            return Stream.<Measure>empty().skip(q.getOffset()).limit(q.getLimit());
        }
        try {
            return measures.list(query(sort(q.getSortOrders())).page(q.getOffset(), q.getLimit())).items().stream();
        } catch (PlanverkException e) {
            MeasureErrors.show(e);
            return Stream.empty();
        }
    }

    private int total(Query<Measure, Void> q) {
        try {
            long total = NumberInput.valid(year) ? measures.list(query(null).page(0, 1)).total() : 0;
            count.setText(t("measures.count", total));
            GridHeight.fit(grid, total);
            return (int) Math.min(Integer.MAX_VALUE, total);
        } catch (PlanverkException e) {
            MeasureErrors.show(e);
            return 0;
        }
    }

    /** The filters as a query; sort is a MeasureQuery sort id such as "-light". */
    MeasureQuery query(String sort) {
        String free = text.getValue() == null || text.getValue().isBlank() ? null : text.getValue().strip();
        Long planId = directory == null || plan.getValue() == null ? null : plan.getValue().id();
        Long goalId = directory == null || goal.getValue() == null ? null : goal.getValue().id();
        // a chosen unit narrows further than its municipality, as on the plan list
        Long unitId = unit.getValue() == null ? null : unit.getValue().id();
        Long municipalityId = unitId != null || municipality.getValue() == null ? null : municipality.getValue().id();
        Integer y = NumberInput.valid(year) ? NumberInput.intValue(year) : null;
        return new MeasureQuery(planId, goalId, unitId, municipalityId, y, status.getValue(), light.getValue(), funding.getValue(), attention.getValue() ? Boolean.TRUE : null, free, sort, 0, 50);
    }

    static String sort(List<QuerySortOrder> orders) {
        if (orders.isEmpty()) {
            return null;
        }
        QuerySortOrder o = orders.get(0);
        return (o.getDirection() == SortDirection.DESCENDING ? "-" : "") + o.getSorted();
    }

    void refresh() {
        if (tree.isVisible()) {
            if (!NumberInput.valid(year)) {
                return; // the tree keeps what it showed; the year field says what is wrong
            }
            try {
                goals.refreshAll();
                treeNote.setText(t("group.truncated", GoalTree.SCAN_LIMIT));
                treeNote.setVisible(goals.truncated());
                count.setText(t("measures.count", measures.list(query(null).page(0, 1)).total()));
                GridHeight.fit(tree, goals.rows());
            } catch (PlanverkException e) {
                MeasureErrors.show(e);
            }
        } else {
            treeNote.setVisible(false);
            grid.getDataProvider().refreshAll();
        }
    }

    void open(Measure m) {
        UI.getCurrent().navigate(MeasureNav.measure(m.id()));
    }

    private void openCreate() {
        dialog = new MeasureCreateDialog(measures, units.list(), directory, this::open);
        dialog.open();
    }

    @Override
    public String getPageTitle() {
        return t("measures.title") + " – Planverk";
    }

    /** "BRG-UH-2018 – Et helt liv …" for pickers. */
    public static String planLabel(PlanInfo p) {
        return p == null ? "" : p.code() + " – " + p.title();
    }

    /** The plan's title from the plans module when linked, else the measure's own plan name. */
    public static Function<Measure, String> planNames(PlanDirectory directory) {
        if (directory == null) {
            return m -> m.planName() == null ? "" : m.planName();
        }
        Map<Long, String> titles = directory.plans().stream().collect(Collectors.toMap(PlanInfo::id, PlanInfo::title, (a, b) -> a));
        return m -> m.planId() != null && titles.containsKey(m.planId()) ? titles.get(m.planId())
                : m.planName() == null ? "" : m.planName();
    }

}
