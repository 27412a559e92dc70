package no.planverk.plans.ui.internal;

import static no.planverk.plans.ui.internal.PlansTexts.t;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridSortOrder;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextField;
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
import no.planverk.plans.api.Plan;
import no.planverk.plans.api.PlanDraft;
import no.planverk.plans.api.PlanQuery;
import no.planverk.plans.api.PlanService;
import no.planverk.plans.api.PlanStatus;
import no.planverk.plans.api.PlanType;
import no.planverk.plans.ui.internal.plan.PlanCreateDialog;
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
 * The plan register as a lazy, paged grid with filters (type, status, owning unit, year, free text) and
 * sorting done by the service; a row opens the plan's page. Planners and unit leaders add plans here.
 */
public class PlansView extends VerticalLayout implements HasDynamicTitle {

    private static final long serialVersionUID = 1L;

    private final transient PlanService plans;
    private final transient OrgUnitService units;
    final Grid<Plan> grid = new Grid<>();
    final ComboBox<PlanType> type = new ComboBox<>(t("plan.type"));
    final ComboBox<PlanStatus> status = new ComboBox<>(t("plan.status"));
    final ComboBox<OrgUnit> municipality = new ComboBox<>(t("filter.municipality"));
    final ComboBox<OrgUnit> unit = new ComboBox<>(t("plan.unit"));
    final TextField year = NumberInput.integer(t("filter.year"), PlanDraft.MIN_YEAR, PlanDraft.MAX_YEAR);
    final TextField text = new TextField(t("filter.text"));
    final Button clear = new Button(t("filter.clear"), VaadinIcon.CLOSE_SMALL.create());
    final Button add = new Button(t("plans.new"), VaadinIcon.PLUS.create());
    final Span count = new Span();
    PlanCreateDialog dialog;
    private final Function<Long, String> unitName;

    public PlansView(PlanService plans, OrgUnitService units) {
        this.plans = plans;
        this.units = units;
        UserContext user = CurrentUser.require();
        List<OrgUnit> all = units.list();
        unitName = unitNames(all);
        setWidthFull();
        configureFilters(all);
        configureMunicipality(user, all);
        configureGrid();
        HorizontalLayout top = new HorizontalLayout(new H2(t("plans.title")), count);
        top.setAlignItems(FlexComponent.Alignment.BASELINE);
        if (mayCreate(user)) {
            add.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
            add.addClickListener(e -> openCreate());
            top.add(add);
        }
        HorizontalLayout filters = new HorizontalLayout(municipality, type, status, unit, year, text, clear);
        filters.setAlignItems(FlexComponent.Alignment.BASELINE);
        filters.getStyle().set("flex-wrap", "wrap");
        add(PlanNav.bar(PlanNav.GRID), top, filters, grid);
    }

    /** Planners, unit leaders and admins may add plans; the unit is checked on saving. */
    public static boolean mayCreate(UserContext user) {
        return user.has(Role.PLANNER) || user.roles().contains(Role.UNIT_LEADER);
    }

    private void configureFilters(List<OrgUnit> all) {
        type.setItems(PlanType.values());
        type.setItemLabelGenerator(PlanLabels::type);
        status.setItems(PlanStatus.values());
        status.setItemLabelGenerator(PlanLabels::status);
        unit.setItems(all);
        unit.setItemLabelGenerator(OrgUnit::name);
        unit.setWidth("18em");
        year.setValueChangeMode(ValueChangeMode.LAZY);
        year.setValueChangeTimeout(400);
        year.setHelperText(t("filter.year.help"));
        year.setWidth("9em");
        text.setPlaceholder(t("filter.text.placeholder"));
        text.setValueChangeMode(ValueChangeMode.LAZY);
        text.setValueChangeTimeout(400);
        text.setPrefixComponent(VaadinIcon.SEARCH.create());
        text.setWidth("16em");
        Stream.of(type, status, unit).forEach(c -> c.setClearButtonVisible(true));
        year.setClearButtonVisible(true);
        text.setClearButtonVisible(true);
        type.addValueChangeListener(e -> refresh());
        status.addValueChangeListener(e -> refresh());
        unit.addValueChangeListener(e -> refresh());
        year.addValueChangeListener(e -> refresh());
        text.addValueChangeListener(e -> refresh());
        clear.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        clear.addClickListener(e -> {
            type.clear();
            status.clear();
            unit.clear();
            year.clear();
            text.clear();
        });
    }

    /** The municipality filter, remembered for the user (see {@link Municipality}). */
    private void configureMunicipality(UserContext user, List<OrgUnit> all) {
        municipality.setId("planverk-plans-municipality");
        municipality.setPlaceholder(t("filter.municipality.all"));
        Municipality.picker(municipality, user, all, this::refresh);
    }

    private void configureGrid() {
        grid.setId("planverk-plans");
        grid.setWidthFull();
        grid.addThemeVariants(GridVariant.LUMO_ROW_STRIPES, GridVariant.LUMO_WRAP_CELL_CONTENT);
        grid.setMultiSort(false);
        grid.addColumn(Plan::code).setHeader(t("plan.code")).setKey("code").setSortProperty("code").setAutoWidth(true)
                .setFlexGrow(0);
        grid.addColumn(Plan::title).setHeader(t("plan.title")).setKey("title").setSortProperty("title").setFlexGrow(3);
        grid.addColumn(p -> PlanLabels.type(p.type())).setHeader(t("plan.type")).setKey("type").setSortProperty("type")
                .setAutoWidth(true).setFlexGrow(0);
        grid.addComponentColumn(p -> PlanLabels.badge(p.status())).setHeader(t("plan.status")).setKey("status")
                .setSortProperty("status").setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(p -> unitName.apply(p.ownerUnitId()))
                .setHeader(t("plan.unit")).setKey("unit").setFlexGrow(1);
        Grid.Column<Plan> from = grid.addColumn(p -> p.periodFrom() == null ? "" : p.periodFrom().toString())
                .setHeader(t("plan.from")).setKey("from").setSortProperty("from").setAutoWidth(true).setFlexGrow(0);
        Grid.Column<Plan> to = grid.addColumn(p -> p.periodTo() == null ? "" : p.periodTo().toString())
                .setHeader(t("plan.to")).setKey("to").setSortProperty("to").setAutoWidth(true).setFlexGrow(0);
        grid.prependHeaderRow().join(from, to).setText(t("plan.period"));
        grid.addColumn(p -> p.responsible() == null ? "" : p.responsible()).setHeader(t("plan.responsible"))
                .setKey("responsible").setFlexGrow(1);
        grid.setItems(this::fetch, this::total);
        grid.sort(List.of(new GridSortOrder<>(grid.getColumnByKey("title"), SortDirection.ASCENDING)));
        // single selection: a click or Space on a row opens the plan, so the grid works from the keyboard too
        grid.asSingleSelect().addValueChangeListener(e -> {
            if (e.getValue() != null) {
                open(e.getValue());
            }
        });
    }

    private Stream<Plan> fetch(Query<Plan, Void> q) {
        if (!NumberInput.valid(year)) {
            // "20x6" filters nothing in, rather than being read as 206 or ignored
            return Stream.<Plan>empty().skip(q.getOffset()).limit(q.getLimit());
        }
        PlanQuery query = query(sort(q.getSortOrders())).page(q.getOffset(), q.getLimit());
        try {
            return plans.list(query).items().stream();
        } catch (PlanverkException e) {
            PlanErrors.show(e);
            return Stream.empty();
        }
    }

    private int total(Query<Plan, Void> q) {
        try {
            long total = NumberInput.valid(year) ? plans.list(query(null).page(0, 1)).total() : 0;
            count.setText(t("plans.count", total));
            GridHeight.fit(grid, total);
            return (int) Math.min(Integer.MAX_VALUE, total);
        } catch (PlanverkException e) {
            PlanErrors.show(e);
            return 0;
        }
    }

    /** The filters as a query; sort is a PlanQuery sort id such as "-to". */
    PlanQuery query(String sort) {
        String free = text.getValue() == null || text.getValue().isBlank() ? null : text.getValue().strip();
        OrgUnit owner = unit.getValue() != null ? unit.getValue() : municipality.getValue();
        Integer y = NumberInput.valid(year) ? NumberInput.intValue(year) : null;
        return new PlanQuery(type.getValue(), status.getValue(), owner == null ? null : owner.id(), y, free, sort, 0, 50);
    }

    static String sort(List<QuerySortOrder> orders) {
        if (orders.isEmpty()) {
            return null;
        }
        QuerySortOrder o = orders.get(0);
        return (o.getDirection() == SortDirection.DESCENDING ? "-" : "") + o.getSorted();
    }

    void refresh() {
        grid.getDataProvider().refreshAll();
    }

    void open(Plan p) {
        UI.getCurrent().navigate(PlanNav.plan(p.id()));
    }

    private void openCreate() {
        dialog = new PlanCreateDialog(plans, units.list(), created -> open(created));
        dialog.open();
    }

    @Override
    public String getPageTitle() {
        return t("plans.title") + " – Planverk";
    }

    /** Unit names by id ("" for none), for the plan views. */
    public static Function<Long, String> unitNames(List<OrgUnit> units) {
        Map<Long, String> names = units.stream().collect(Collectors.toMap(OrgUnit::id, OrgUnit::name));
        return id -> id == null ? "" : names.getOrDefault(id, "");
    }
}
