package no.planverk.plans.ui.internal.plan;

import static no.planverk.plans.ui.internal.PlansTexts.t;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.tabs.Tab;
import com.vaadin.flow.component.tabs.TabSheet;
import com.vaadin.flow.router.BeforeEvent;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.HasUrlParameter;
import java.util.List;
import java.util.Optional;
import java.util.function.BooleanSupplier;
import java.util.function.Function;
import java.util.function.Supplier;
import no.planverk.plans.api.GoalService;
import no.planverk.plans.api.IndicatorService;
import no.planverk.plans.api.Plan;
import no.planverk.plans.api.PlanProgramService;
import no.planverk.plans.api.PlanService;
import no.planverk.plans.api.document.DocumentKind;
import no.planverk.plans.ui.internal.PlanErrors;
import no.planverk.plans.ui.internal.document.DocumentView;
import no.planverk.plans.ui.internal.PlanLabels;
import no.planverk.plans.ui.internal.PlanNav;
import no.planverk.plans.ui.internal.PlansView;
import no.planverk.plans.ui.internal.goals.GoalsPanel;
import no.planverk.plans.ui.internal.program.ProgramPanel;
import no.planverk.platform.api.InvalidInputException;
import no.planverk.platform.api.OrgUnit;
import no.planverk.platform.api.OrgUnitService;
import no.planverk.platform.api.PlanverkException;
import no.planverk.ui.api.CurrentUser;
import no.planverk.ui.api.ServerTexts;

/**
 * One plan at {@code plans/plan/<id>}: a header (title, type, status, period) and tabs for the overview
 * form, the lifecycle, the goal table and the planprogram. The goal and program tabs are built when first
 * opened.
 */
public class PlanView extends VerticalLayout implements HasUrlParameter<Long>, HasDynamicTitle {

    private static final long serialVersionUID = 1L;

    private final transient PlanService plans;
    private final transient OrgUnitService units;
    private final transient GoalService goals;
    private final transient IndicatorService indicators;
    private final transient PlanProgramService programs;
    private final transient BooleanSupplier portal;
    // built again for each plan: Vaadin keeps the view when only the id in the address changes
    H2 title;
    HorizontalLayout facts;
    Button delete;
    TabSheet tabs;
    Div goalsHolder;
    Div programHolder;
    OverviewTab overview;
    StatusTab status;
    ConfirmDialog confirm;
    private Plan plan;
    private boolean canEdit;

    public PlanView(PlanService plans, OrgUnitService units, GoalService goals, IndicatorService indicators,
            PlanProgramService programs) {
        this(plans, units, goals, indicators, programs, () -> false);
    }

    /** {@code portal} says whether the public portal is installed: then a plan in force links to its public page. */
    public PlanView(PlanService plans, OrgUnitService units, GoalService goals, IndicatorService indicators,
            PlanProgramService programs, BooleanSupplier portal) {
        this.portal = portal;
        this.plans = plans;
        this.units = units;
        this.goals = goals;
        this.indicators = indicators;
        this.programs = programs;
        setWidthFull();
    }

    @Override
    public void setParameter(BeforeEvent event, Long id) {
        show(id);
    }

    void show(long id) {
        removeAll();
        add(PlanNav.bar(PlanNav.PLAN));
        Optional<Plan> found = plans.find(id);
        if (found.isEmpty()) {
            plan = null;
            add(new H2(t("plan.notFound")), new Paragraph(t("plan.notFound.help", id)));
            return;
        }
        plan = found.get();
        canEdit = plans.canEdit(plan, CurrentUser.require());
        List<OrgUnit> all = units.list();
        Function<Long, String> unitName = PlansView.unitNames(all);
        title = new H2();
        facts = new HorizontalLayout();
        delete = new Button(t("plan.delete"), VaadinIcon.TRASH.create());
        tabs = new TabSheet();
        goalsHolder = new Div();
        programHolder = new Div();
        title.setId("planverk-plan-title");
        facts.setAlignItems(FlexComponent.Alignment.CENTER);
        facts.getStyle().set("flex-wrap", "wrap");
        HorizontalLayout header = new HorizontalLayout(title);
        header.setWidthFull();
        header.setAlignItems(FlexComponent.Alignment.BASELINE);
        overview = new OverviewTab(plan, plans, all, canEdit, this::changed);
        status = new StatusTab(plan, plans, unitName, canEdit, this::changed);
        tabs.setWidthFull();
        tabs.add(t("tab.overview"), overview);
        tabs.add(t("tab.status"), status);
        Tab goalsTab = tabs.add(t("tab.goals"), goalsHolder);
        Tab programTab = tabs.add(t("tab.program"), programHolder);
        goalsHolder.setWidthFull();
        programHolder.setWidthFull();
        tabs.addSelectedChangeListener(e -> fill(e.getSelectedTab(), goalsTab, programTab));
        showHeader();
        Anchor document = new Anchor(DocumentView.href(plan.id(), DocumentKind.PLAN), t("document.open"));
        document.setId("planverk-plan-document");
        Anchor program = new Anchor(DocumentView.href(plan.id(), DocumentKind.PROGRAM), t("document.openProgram"));
        program.setId("planverk-plan-program-document");
        HorizontalLayout documents = new HorizontalLayout(document, program);
        documents.getStyle().set("flex-wrap", "wrap");
        add(header, facts, documents, tabs);
        if (canEdit) {
            // away from Save and Rediger: at the end of the page, quiet, and confirmed by name
            delete.setId("planverk-plan-delete");
            delete.addThemeVariants(ButtonVariant.LUMO_ERROR, ButtonVariant.LUMO_TERTIARY);
            delete.addClickListener(e -> confirmDelete());
            HorizontalLayout end = new HorizontalLayout(delete);
            end.setWidthFull();
            end.setJustifyContentMode(FlexComponent.JustifyContentMode.END);
            end.getStyle().set("border-top", "1px solid var(--lumo-contrast-10pct, #e6e6e6)").set("margin-top", "var(--lumo-space-l, 2rem)");
            add(end);
        }
    }

    /** Builds the goal or program panel the first time its tab is opened. */
    private void fill(Tab selected, Tab goalsTab, Tab programTab) {
        if (selected == goalsTab && goalsHolder.getComponentCount() == 0) {
            goalsHolder.add(guarded(() -> new GoalsPanel(plan, goals, indicators, canEdit)));
        } else if (selected == programTab && programHolder.getComponentCount() == 0) {
            programHolder.add(guarded(() -> new ProgramPanel(plan, programs, canEdit)));
        }
    }

    private static Component guarded(Supplier<Component> panel) {
        try {
            return panel.get();
        } catch (PlanverkException e) {
            return new Paragraph(PlanErrors.message(e));
        }
    }

    private void showHeader() {
        title.setText(plan.title());
        facts.removeAll();
        Span type = new Span(PlanLabels.type(plan.type()));
        Span code = new Span(plan.code());
        code.getStyle().set("font-family", "var(--lumo-font-family-monospace, monospace)");
        facts.add(code, type, PlanLabels.badge(plan.status()));
        if (!plan.period().isEmpty()) {
            facts.add(new Span(t("plan.periodShort", plan.period())));
        }
        // the portal shows plans in force only: other plans would answer 404 there
        if (plan.status().isInForce() && portal.getAsBoolean()) {
            Anchor open = new Anchor(PUBLIC_PAGE + plan.id(), t("plan.publicPage"));
            open.setId("planverk-plan-public");
            open.setRouterIgnore(true); // a page outside the Vaadin app: a full page load
            facts.add(open);
        }
    }

    /** The plan's page on the public portal, followed by its id. */
    static final String PUBLIC_PAGE = "/public/plans/";

    /** A tab saved or moved the plan: the header and the other tab take the new version. */
    private void changed(Plan p) {
        plan = p;
        showHeader();
        overview.planChanged(p);
        status.planChanged(p);
    }

    private void confirmDelete() {
        confirm = new ConfirmDialog(t("plan.delete.title"), t("plan.delete.text", plan.title()), t("plan.delete"),
                e -> delete());
        confirm.setCancelable(true);
        confirm.setCancelText(t("action.cancel"));
        confirm.setConfirmButtonTheme("error primary");
        confirm.open();
    }

    void delete() {
        try {
            plans.delete(plan.id(), plan.version(), CurrentUser.require());
            PlanErrors.success(t("plan.deleted", plan.title()));
            UI.getCurrent().navigate(PlanNav.GRID);
        } catch (InvalidInputException e) {
            PlanErrors.error(t("plan.delete.refused", ServerTexts.of(e)));
        } catch (PlanverkException e) {
            PlanErrors.show(e);
        }
    }

    Plan plan() {
        return plan;
    }

    @Override
    public String getPageTitle() {
        return (plan == null ? t("plan.notFound") : plan.title()) + " – Planverk";
    }
}
