package no.planverk.plans.ui.internal.goals;

import static no.planverk.plans.ui.internal.goals.GoalTexts.t;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.OrderedList;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.Icon;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.treegrid.TreeGrid;
import com.vaadin.flow.data.provider.hierarchy.TreeData;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import java.util.List;
import no.planverk.plans.api.GoalRef;
import no.planverk.plans.api.GoalService;
import no.planverk.plans.api.ThreadNode;
import no.planverk.plans.ui.internal.Crumbs;
import no.planverk.plans.ui.internal.PlanNav;
import no.planverk.platform.api.PlanverkException;

/**
 * The red thread through one goal: the path up to the top of the plan chain and everything below it
 * (sub-goals, goals and plans of other plans that serve it, measures of other modules). Route
 * {@code plans/thread?goal=<id>}; a goal is picked with the search field or by clicking a code.
 */
public class ThreadView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    private static final long serialVersionUID = 1L;
    static final String ROUTE = "plans/thread";

    /** A node in the tree; identity equality, since equal records may sit in two places. */
    static final class Row {
        final ThreadNode node;

        Row(ThreadNode node) {
            this.node = node;
        }
    }

    private final transient GoalService goals;
    final ComboBox<GoalRef> search = new ComboBox<>(t("thread.search"));
    final Paragraph hint = new Paragraph(t("thread.hint"));
    final H3 upTitle = new H3(t("thread.up"));
    final OrderedList path = new OrderedList();
    final H3 downTitle = new H3(t("thread.down"));
    final TreeGrid<Row> down = new TreeGrid<>();
    final Div crumbs = new Div();
    private final Component legend = Marks.legend();
    private Long goalId;

    public ThreadView(GoalService goals) {
        this.goals = goals;
        setWidthFull();
        search.setPlaceholder(t("thread.search.placeholder"));
        search.setHelperText(t("thread.search.help"));
        search.setItems(q -> goals.search(q.getFilter().orElse(""), 20).stream().skip(q.getOffset()).limit(q.getLimit()));
        search.setItemLabelGenerator(GoalForm::refLabel);
        search.setClearButtonVisible(true);
        search.setWidth("min(100%, 48em)");
        search.setId("planverk-thread-search");
        search.addValueChangeListener(e -> {
            if (e.isFromClient() && e.getValue() != null) {
                pick(e.getValue().goalId());
            }
        });
        path.setId("planverk-thread-up");
        configureTree();
        add(crumbs, new H2(t("thread.title")), search, hint, upTitle, path, downTitle, legend, down);
        show(null);
    }

    private void configureTree() {
        down.setId("planverk-thread-down");
        down.addComponentHierarchyColumn(r -> kind(r.node)).setHeader(t("thread.kind")).setKey("kind").setAutoWidth(true)
                .setFlexGrow(0);
        down.addComponentColumn(r -> code(r.node)).setHeader(t("goal.code")).setKey("code").setAutoWidth(true).setFlexGrow(0);
        down.addColumn(r -> r.node.text() == null ? "" : r.node.text()).setHeader(t("goal.text")).setKey("text").setFlexGrow(3);
        down.addColumn(r -> r.node.planTitle() == null ? "" : r.node.planTitle()).setHeader(t("thread.plan")).setKey("plan")
                .setFlexGrow(1);
        down.addComponentColumn(r -> Marks.ownership(r.node.ownership())).setHeader(t("goal.ownership")).setKey("ownership")
                .setAutoWidth(true).setFlexGrow(0);
        down.addThemeVariants(GridVariant.LUMO_WRAP_CELL_CONTENT);
        // the whole thread on the page, no small scroll box inside the scrolling page
        down.setAllRowsVisible(true);
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        List<String> ids = event.getLocation().getQueryParameters().getParameters().getOrDefault("goal", List.of());
        Long id = null;
        if (!ids.isEmpty()) {
            try {
                id = Long.parseLong(ids.get(0).strip());
            } catch (NumberFormatException e) {
                Notices.error(t("thread.badId", ids.get(0)));
            }
        }
        show(id);
    }

    /** Picked in the search: shows it and puts it in the address, so the page can be bookmarked. */
    void pick(long id) {
        show(id);
        UI.getCurrent().getPage().getHistory().replaceState(null, ROUTE + "?goal=" + id);
    }

    /** Centres the view on a goal; null shows the search only. */
    void show(Long id) {
        goalId = id;
        path.removeAll();
        crumbs.removeAll();
        down.setTreeData(new TreeData<>());
        boolean any = id != null;
        try {
            if (any) {
                List<GoalRef> up = goals.pathToTop(id);
                up.forEach(r -> path.add(step(r, r.goalId() == id)));
                crumbs.add(crumbs(up));
                if (!up.isEmpty() && (search.getValue() == null || search.getValue().goalId() != id)) {
                    search.setValue(up.get(up.size() - 1));
                }
                TreeData<Row> data = new TreeData<>();
                Row root = new Row(goals.threadDown(id));
                addRow(data, null, root);
                down.setTreeData(data);
                down.expandRecursively(List.of(root), Integer.MAX_VALUE);
            }
        } catch (PlanverkException e) {
            Notices.show(e);
            any = false;
            goalId = null;
        }
        hint.setVisible(!any);
        for (Component c : List.of(upTitle, path, downTitle, legend, down)) {
            c.setVisible(any);
        }
    }

    /** Plan › goal › sub-goal: the goal's own plan and its parents there (the path's last steps in that plan). */
    static Crumbs crumbs(List<GoalRef> up) {
        Crumbs c = new Crumbs("planverk-goal-crumbs");
        if (up.isEmpty()) {
            return c;
        }
        GoalRef self = up.get(up.size() - 1);
        int first = up.size() - 1;
        while (first > 0 && up.get(first - 1).planId() == self.planId()) {
            first--;
        }
        c.step(self.planTitle(), PlanNav.plan(self.planId()));
        for (GoalRef r : up.subList(first, up.size())) {
            String label = (r.code() == null ? Marks.level(r.level()) : r.code()) + " " + r.text();
            c.step(label, r == self ? null : ROUTE + "?goal=" + r.goalId());
        }
        return c.current();
    }

    Long goalId() {
        return goalId;
    }

    private static void addRow(TreeData<Row> data, Row parent, Row row) {
        data.addItem(parent, row);
        row.node.children().forEach(c -> addRow(data, row, new Row(c)));
    }

    /** One step of the path up: "ALV-KPS Kommuneplanen sin samfunnsdel – Hovudmål 4 Innbyggjarane …". */
    private static Component step(GoalRef r, boolean current) {
        ListItem item = new ListItem();
        Span plan = new Span(r.planCode() + " " + r.planTitle());
        plan.getStyle().set("color", "var(--lumo-secondary-text-color, #555)");
        Anchor code = goalLink(r.goalId(), r.code() == null ? Marks.level(r.level()) : r.code());
        item.add(plan, new Span(" – "), code, new Span(" " + r.text() + " (" + Marks.level(r.level()) + ")"));
        if (current) {
            item.getElement().setAttribute("aria-current", "true");
            item.getStyle().set("font-weight", "600");
        }
        return item;
    }

    static Anchor goalLink(long id, String text) {
        Anchor a = new Anchor(ROUTE + "?goal=" + id, text);
        a.getElement().setAttribute("router-link", true);
        a.getElement().setAttribute("title", t("thread.recenter"));
        // inside a line of text a link must not differ by colour alone (WCAG 1.4.1; axe-core: link-in-text-block)
        a.getStyle().set("text-decoration", "underline");
        return a;
    }

    private static Component kind(ThreadNode n) {
        VaadinIcon icon = switch (n.kind()) {
            case GOAL -> VaadinIcon.BULLSEYE;
            case PLAN -> VaadinIcon.FILE_TEXT_O;
            case LINK -> VaadinIcon.LINK;
        };
        Icon i = icon.create();
        i.setSize("1em");
        i.getElement().setAttribute("aria-hidden", "true");
        String label = n.kind() == ThreadNode.Kind.LINK && n.linkKind() != null ? linkKind(n.linkKind())
                : t("kind." + n.kind().name());
        Span s = new Span(i, new Span(" " + label));
        s.getStyle().set("white-space", "nowrap");
        return s;
    }

    /** "Tiltak" for a measure; a kind these texts do not know is shown by its id. */
    static String linkKind(String kind) {
        String known = t("linkKind." + kind);
        return known.startsWith("!") ? t("kind.LINK.named", kind) : known;
    }

    /** A goal's code re-centres the thread; plans and linked items open their own page. */
    private static Component code(ThreadNode n) {
        String text = n.code() == null || n.code().isBlank() ? t("thread.open") : n.code();
        if (n.kind() == ThreadNode.Kind.GOAL) {
            return goalLink(n.id(), text);
        }
        if (n.route() == null || n.route().isBlank()) {
            return new Span(n.code() == null ? "" : n.code());
        }
        Anchor a = new Anchor(n.route(), text);
        a.getElement().setAttribute("router-link", true);
        return a;
    }

    @Override
    public String getPageTitle() {
        return t("thread.title") + " – Planverk";
    }
}
