package no.planverk.plans.ui.internal;

import static no.planverk.plans.ui.internal.PlansTexts.t;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.router.HasDynamicTitle;
import java.time.LocalDate;
import java.util.List;
import java.util.function.Function;
import no.planverk.plans.api.Attention;
import no.planverk.plans.api.PlanService;
import no.planverk.platform.api.OrgUnitService;
import no.planverk.platform.api.PlanverkException;
import no.planverk.ui.api.Formats;

/**
 * Plans that need a planner's attention (Bergen BEHO's status list): in force and expiring within the
 * chosen months, in force past their period, or under revision without a planned adoption date.
 */
public class AttentionView extends VerticalLayout implements HasDynamicTitle {

    private static final long serialVersionUID = 1L;
    static final List<Integer> MONTHS = List.of(3, 6, 12, 24, 36);
    static final int DEFAULT_MONTHS = 6;

    private final transient PlanService plans;
    final Select<Integer> months = new Select<>();
    final Grid<Attention> grid = new Grid<>();
    final Paragraph summary = new Paragraph();
    LocalDate today = LocalDate.now(Formats.OSLO);

    public AttentionView(PlanService plans, OrgUnitService units) {
        this.plans = plans;
        Function<Long, String> unitName = PlansView.unitNames(units.list());
        setSizeFull();
        months.setLabel(t("attention.months"));
        months.setItems(MONTHS);
        months.setItemLabelGenerator(m -> t("attention.months.item", m));
        months.setValue(DEFAULT_MONTHS);
        months.addValueChangeListener(e -> refresh());
        grid.setId("planverk-attention");
        grid.addColumn(a -> PlanLabels.reason(a.reason())).setHeader(t("attention.reason")).setKey("reason")
                .setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(PlanLabels::detail).setHeader(t("attention.detail")).setKey("detail").setFlexGrow(1);
        grid.addColumn(a -> a.plan().code()).setHeader(t("plan.code")).setKey("code").setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(a -> a.plan().title()).setHeader(t("plan.title")).setKey("title").setFlexGrow(3);
        grid.addComponentColumn(a -> PlanLabels.badge(a.plan().status())).setHeader(t("plan.status")).setKey("status")
                .setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(a -> a.plan().period()).setHeader(t("plan.period")).setKey("period").setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(a -> unitName.apply(a.plan().ownerUnitId())).setHeader(t("plan.unit")).setKey("unit").setFlexGrow(1);
        grid.addColumn(a -> a.plan().responsible() == null ? "" : a.plan().responsible()).setHeader(t("plan.responsible"))
                .setKey("responsible").setFlexGrow(1);
        grid.addThemeVariants(GridVariant.LUMO_WRAP_CELL_CONTENT, GridVariant.LUMO_ROW_STRIPES);
        grid.setSizeFull();
        grid.asSingleSelect().addValueChangeListener(e -> {
            if (e.getValue() != null) {
                UI.getCurrent().navigate(PlanNav.plan(e.getValue().plan().id()));
            }
        });
        add(PlanNav.bar(PlanNav.ATTENTION), new H2(t("attention.title")), new Paragraph(t("attention.help")), months, summary,
                grid);
        refresh();
    }

    void refresh() {
        int m = months.getValue() == null ? DEFAULT_MONTHS : months.getValue();
        try {
            List<Attention> list = plans.needsAttention(m, today);
            grid.setItems(list);
            summary.setText(t("attention.summary", list.size(), m));
        } catch (PlanverkException e) {
            PlanErrors.show(e);
        }
    }

    @Override
    public String getPageTitle() {
        return t("attention.title") + " – Planverk";
    }
}
