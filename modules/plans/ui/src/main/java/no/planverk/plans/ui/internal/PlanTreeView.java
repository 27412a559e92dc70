package no.planverk.plans.ui.internal;

import static no.planverk.plans.ui.internal.PlansTexts.t;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.treegrid.TreeGrid;
import com.vaadin.flow.data.provider.hierarchy.TreeData;
import com.vaadin.flow.router.HasDynamicTitle;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import no.planverk.plans.api.Plan;
import no.planverk.plans.api.PlanService;

/**
 * The plan landscape as a tree: each plan under its parent (a temaplan under a kommunedelplan under the
 * samfunnsdel), top-level plans ordered by level. Selecting a plan opens it.
 */
public class PlanTreeView extends VerticalLayout implements HasDynamicTitle {

    private static final long serialVersionUID = 1L;

    final TreeGrid<Plan> tree = new TreeGrid<>();
    final Paragraph summary = new Paragraph();
    final Button expand = new Button(t("tree.expand"));
    final Button collapse = new Button(t("tree.collapse"));
    private TreeData<Plan> data = new TreeData<>();

    public PlanTreeView(PlanService plans) {
        setSizeFull();
        tree.setId("planverk-plan-tree");
        tree.addHierarchyColumn(Plan::title).setHeader(t("plan.title")).setKey("title").setFlexGrow(3).setResizable(true);
        tree.addColumn(Plan::code).setHeader(t("plan.code")).setKey("code").setAutoWidth(true).setFlexGrow(0);
        tree.addColumn(p -> PlanLabels.type(p.type())).setHeader(t("plan.type")).setKey("type").setAutoWidth(true).setFlexGrow(0);
        tree.addComponentColumn(p -> PlanLabels.badge(p.status())).setHeader(t("plan.status")).setKey("status")
                .setAutoWidth(true).setFlexGrow(0);
        tree.addColumn(Plan::period).setHeader(t("plan.period")).setKey("period").setAutoWidth(true).setFlexGrow(0);
        tree.addThemeVariants(GridVariant.LUMO_ROW_STRIPES);
        tree.setSizeFull();
        tree.asSingleSelect().addValueChangeListener(e -> {
            if (e.getValue() != null) {
                UI.getCurrent().navigate(PlanNav.plan(e.getValue().id()));
            }
        });
        List<Plan> all = plans.all();
        data = build(all);
        tree.setTreeData(data);
        tree.expandRecursively(data.getRootItems(), Integer.MAX_VALUE);
        summary.setText(t("tree.summary", all.size(), data.getRootItems().size()));
        expand.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        collapse.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        expand.addClickListener(e -> tree.expandRecursively(data.getRootItems(), Integer.MAX_VALUE));
        collapse.addClickListener(e -> tree.collapseRecursively(data.getRootItems(), Integer.MAX_VALUE));
        add(PlanNav.bar(PlanNav.TREE), new H2(t("tree.title")), new HorizontalLayout(summary, expand, collapse), tree);
    }

    /** Plans under their parents, in the service's order (level, title); an unknown parent makes a root. */
    static TreeData<Plan> build(List<Plan> all) {
        Set<Long> ids = all.stream().map(Plan::id).collect(Collectors.toSet());
        Map<Long, List<Plan>> children = new LinkedHashMap<>();
        List<Plan> roots = new ArrayList<>();
        for (Plan p : all) {
            if (p.parentId() == null || !ids.contains(p.parentId())) {
                roots.add(p);
            } else {
                children.computeIfAbsent(p.parentId(), k -> new ArrayList<>()).add(p);
            }
        }
        TreeData<Plan> tree = new TreeData<>();
        roots.forEach(r -> add(tree, null, r, children));
        return tree;
    }

    private static void add(TreeData<Plan> tree, Plan parent, Plan p, Map<Long, List<Plan>> children) {
        tree.addItem(parent, p);
        children.getOrDefault(p.id(), List.of()).forEach(c -> add(tree, p, c, children));
    }

    @Override
    public String getPageTitle() {
        return t("tree.title") + " – Planverk";
    }
}
