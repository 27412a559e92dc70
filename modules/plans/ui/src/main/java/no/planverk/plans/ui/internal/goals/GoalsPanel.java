package no.planverk.plans.ui.internal.goals;

import static no.planverk.plans.ui.internal.goals.GoalTexts.t;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.Composite;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.treegrid.TreeGrid;
import com.vaadin.flow.data.provider.hierarchy.TreeData;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import no.planverk.plans.api.Goal;
import no.planverk.plans.api.GoalDraft;
import no.planverk.plans.api.GoalLevel;
import no.planverk.plans.api.GoalNode;
import no.planverk.plans.api.GoalRef;
import no.planverk.plans.api.GoalService;
import no.planverk.plans.api.IndicatorService;
import no.planverk.plans.api.Ownership;
import no.planverk.plans.api.Plan;
import no.planverk.platform.api.InvalidInputException;
import no.planverk.platform.api.NotFoundException;
import no.planverk.platform.api.PlanverkException;
import no.planverk.platform.api.StaleVersionException;
import no.planverk.ui.api.CurrentUser;
import no.planverk.ui.api.ServerTexts;

/**
 * A plan's goal table as a tree, with SDG tags, the goal each goal serves in a higher plan and Alver's
 * ownership colours; editors add, change and delete goals. The selected goal's indicators show below.
 */
public class GoalsPanel extends Composite<VerticalLayout> {

    private static final long serialVersionUID = 1L;

    private final Plan plan;
    private final transient GoalService goals;
    final TreeGrid<Goal> tree = new TreeGrid<>();
    final Paragraph empty = new Paragraph(t("goals.none"));
    final Button addMain = new Button(t("goals.addMain"), VaadinIcon.PLUS.create());
    final Button addChild = new Button(t("goals.addChild"), VaadinIcon.LEVEL_DOWN.create());
    final Button edit = new Button(t("action.edit"), VaadinIcon.EDIT.create());
    final Button delete = new Button(t("action.delete"), VaadinIcon.TRASH.create());
    final Anchor thread = new Anchor("", t("goals.showThread"));
    final GoalForm form;
    final IndicatorsSection indicators;
    ConfirmDialog confirm;
    private final Map<Long, Optional<GoalRef>> refs = new HashMap<>();
    private List<GoalNode> roots = List.of();

    public GoalsPanel(Plan plan, GoalService goals, IndicatorService indicators, boolean canEdit) {
        this.plan = plan;
        this.goals = goals;
        this.form = new GoalForm(plan.id(), text -> goals.search(text, 20), this::ref);
        this.indicators = new IndicatorsSection(indicators, canEdit);
        configureTree();
        VerticalLayout root = getContent();
        root.setPadding(false);
        root.add(new H3(t("goals.title")), Marks.legend());
        HorizontalLayout actions = new HorizontalLayout();
        actions.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.CENTER);
        if (canEdit) {
            addMain.addClickListener(e -> form.open(t("goals.form.newMain"), new GoalDraft(plan.id(), null, GoalLevel.MAIN,
                    "", "", List.of(), null, Ownership.THIS_PLAN, roots.size()), null));
            addChild.addClickListener(e -> selected().ifPresent(this::openChild));
            edit.addClickListener(e -> selected().ifPresent(g -> form.open(t("goals.form.edit", g.label()), g.toDraft(), g)));
            delete.addThemeVariants(ButtonVariant.LUMO_ERROR);
            delete.addClickListener(e -> selected().ifPresent(this::confirmDelete));
            form.addSaveListener(e -> save(e.draft()));
            actions.add(addMain, addChild, edit, delete);
        }
        thread.getElement().setAttribute("router-link", true);
        actions.add(thread);
        root.add(actions, empty, tree, this.indicators);
        tree.asSingleSelect().addValueChangeListener(e -> selectionChanged(e.getValue()));
        refresh();
        selectionChanged(null);
    }

    private void configureTree() {
        tree.setId("planverk-goal-tree");
        tree.addHierarchyColumn(g -> g.code() == null ? "" : g.code()).setHeader(t("goal.code")).setKey("code")
                .setAutoWidth(true).setFlexGrow(0).setResizable(true);
        tree.addColumn(Goal::text).setHeader(t("goal.text")).setKey("text").setFlexGrow(3).setResizable(true);
        tree.addColumn(g -> Marks.level(g.level())).setHeader(t("goal.level")).setKey("level").setAutoWidth(true).setFlexGrow(0);
        tree.addComponentColumn(g -> Marks.sdgs(g.sdgs())).setHeader(t("goal.sdgs")).setKey("sdgs").setFlexGrow(1);
        tree.addComponentColumn(this::servesLink).setHeader(t("goal.serves")).setKey("serves").setFlexGrow(1);
        tree.addComponentColumn(g -> Marks.ownership(g.ownership())).setHeader(t("goal.ownership")).setKey("ownership")
                .setAutoWidth(true).setFlexGrow(0);
        tree.addThemeVariants(GridVariant.LUMO_WRAP_CELL_CONTENT, GridVariant.LUMO_ROW_STRIPES);
        tree.setAllRowsVisible(true); // the whole goal table on the page, not 4 rows in a scroll box
    }

    /** Reloads the tree, keeping the selected goal selected when it is still there. */
    public void refresh() {
        roots = goals.tree(plan.id());
        refs.clear();
        Goal was = tree.asSingleSelect().getValue();
        TreeData<Goal> data = new TreeData<>();
        roots.forEach(n -> add(data, null, n));
        tree.setTreeData(data);
        tree.expandRecursively(data.getRootItems(), Integer.MAX_VALUE);
        empty.setVisible(roots.isEmpty());
        tree.setVisible(!roots.isEmpty());
        if (was != null) {
            select(was.id());
        }
    }

    private static void add(TreeData<Goal> data, Goal parent, GoalNode node) {
        data.addItem(parent, node.goal());
        node.children().forEach(c -> add(data, node.goal(), c));
    }

    void select(long goalId) {
        roots.stream().flatMap(n -> n.flatten().stream()).filter(g -> g.id() == goalId).findFirst()
                .ifPresentOrElse(tree::select, () -> tree.asSingleSelect().clear());
    }

    Optional<Goal> selected() {
        return Optional.ofNullable(tree.asSingleSelect().getValue());
    }

    private void selectionChanged(Goal g) {
        boolean one = g != null;
        addChild.setEnabled(one && g.level().childLevel().isPresent());
        edit.setEnabled(one);
        delete.setEnabled(one);
        thread.setEnabled(one);
        thread.setVisible(one);
        thread.setHref(one ? "plans/thread?goal=" + g.id() : "");
        indicators.show(g);
    }

    private void openChild(Goal parent) {
        GoalLevel level = parent.level().childLevel().orElseThrow();
        int position = roots.stream().flatMap(n -> n.flatten().stream())
                .filter(g -> g.parentId() != null && g.parentId() == parent.id()).mapToInt(g -> 1).sum();
        form.open(t("goals.form.newChild", Marks.level(level), parent.label()), new GoalDraft(plan.id(), parent.id(), level,
                "", "", List.of(), null, parent.ownership(), position), null);
    }

    /** The goal as a reference with its plan (the last step of its path to the top), cached per refresh. */
    Optional<GoalRef> ref(long goalId) {
        return refs.computeIfAbsent(goalId, id -> {
            try {
                List<GoalRef> path = goals.pathToTop(id);
                return path.isEmpty() ? Optional.empty() : Optional.of(path.get(path.size() - 1));
            } catch (NotFoundException e) {
                return Optional.empty();
            }
        });
    }

    private Component servesLink(Goal g) {
        if (g.servesGoalId() == null) {
            return new Span();
        }
        return ref(g.servesGoalId()).<Component>map(r -> {
            Anchor a = new Anchor("plans/thread?goal=" + r.goalId(), r.planCode() + " " + (r.code() == null ? "" : r.code()));
            a.getElement().setAttribute("router-link", true);
            a.getElement().setAttribute("title", GoalForm.refLabel(r) + " (" + r.planTitle() + ")");
            return a;
        }).orElseGet(() -> new Span(t("goal.serves.missing")));
    }

    void save(GoalDraft draft) {
        Goal editing = form.editing();
        try {
            Goal saved = editing == null ? goals.create(draft, CurrentUser.require())
                    : goals.update(editing.id(), editing.version(), draft, CurrentUser.require());
            form.close();
            Notices.success(t("goals.saved", saved.label()));
            refresh();
            select(saved.id());
        } catch (InvalidInputException e) {
            form.showErrors(e);
        } catch (StaleVersionException e) {
            form.showProblem(Notices.message(e));
            refresh();
        } catch (PlanverkException e) {
            form.showProblem(Notices.message(e));
        }
    }

    private void confirmDelete(Goal g) {
        confirm = new ConfirmDialog(t("goals.delete.title"), t("goals.delete.text", g.label()), t("action.delete"),
                e -> delete(g));
        confirm.setCancelable(true);
        confirm.setCancelText(t("action.cancel"));
        confirm.setConfirmButtonTheme("error primary");
        confirm.open();
    }

    void delete(Goal g) {
        try {
            goals.delete(g.id(), g.version(), CurrentUser.require());
            Notices.success(t("goals.deleted", g.label()));
            tree.asSingleSelect().clear();
        } catch (InvalidInputException e) {
            Notices.error(t("goals.delete.refused", ServerTexts.of(e)));
        } catch (PlanverkException e) {
            Notices.show(e);
        }
        refresh();
    }
}
