package no.planverk.measures.ui.internal;

import static no.planverk.measures.ui.internal.MeasuresTexts.t;

import com.vaadin.flow.data.provider.hierarchy.AbstractBackEndHierarchicalDataProvider;
import com.vaadin.flow.data.provider.hierarchy.HierarchicalQuery;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Supplier;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import no.planverk.measures.api.GoalInfo;
import no.planverk.measures.api.Measure;
import no.planverk.measures.api.MeasureQuery;
import no.planverk.measures.api.MeasureService;
import no.planverk.measures.api.PlanDirectory;

/**
 * Measures grouped by goal for a TreeGrid, read lazily. With the plans module a goal's measures are paged
 * by the service (goal filter), so a goal with thousands of measures costs one page at a time; measures
 * linked to none of the listed goals, and every group without the plans module (goals are free text
 * there), come from one scan of the filtered measures, allowed up to {@link #SCAN_LIMIT}.
 */
final class GoalTree extends AbstractBackEndHierarchicalDataProvider<GoalTree.Row, Void> {

    private static final long serialVersionUID = 1L;
    static final int SCAN_LIMIT = 5000;

    /** A goal node ({@code measure} null) or a measure under the goal with key {@code group}. */
    record Row(String group, String label, Long goalId, long count, Measure measure) {
        boolean isGoal() {
            return measure == null;
        }
    }

    private final transient MeasureService measures;
    private final transient PlanDirectory directory;
    private final transient Supplier<MeasureQuery> filters;
    private transient List<Row> groups;
    private transient Map<String, List<Measure>> scanned;
    private boolean truncated;

    GoalTree(MeasureService measures, PlanDirectory directory, Supplier<MeasureQuery> filters) {
        this.measures = measures;
        this.directory = directory;
        this.filters = filters;
    }

    /** True when the scan stopped at {@link #SCAN_LIMIT}: some measures without a listed goal are not shown. */
    boolean truncated() {
        groups();
        return truncated;
    }

    /** The rows with every goal open: the goals and their measures (a measure under two goals counts twice). */
    long rows() {
        return groups().size() + groups().stream().mapToLong(Row::count).sum();
    }

    @Override
    public void refreshAll() {
        groups = null;
        scanned = null;
        super.refreshAll();
    }

    @Override
    public int getChildCount(HierarchicalQuery<Row, Void> q) {
        Row parent = q.getParent();
        if (parent == null) {
            return groups().size();
        }
        return parent.isGoal() ? (int) Math.min(Integer.MAX_VALUE, parent.count()) : 0;
    }

    @Override
    public boolean hasChildren(Row row) {
        return row.isGoal() && row.count() > 0;
    }

    @Override
    protected Stream<Row> fetchChildrenFromBackEnd(HierarchicalQuery<Row, Void> q) {
        Row parent = q.getParent();
        if (parent == null) {
            return groups().stream().skip(q.getOffset()).limit(q.getLimit());
        }
        if (!parent.isGoal()) {
            return Stream.empty();
        }
        List<Measure> page = parent.goalId() != null
                ? measures.list(filters.get().withGoal(parent.goalId()).page(q.getOffset(), q.getLimit())).items()
                : scanned.getOrDefault(parent.group(), List.of()).stream().skip(q.getOffset()).limit(q.getLimit()).toList();
        return page.stream().map(m -> new Row(parent.group(), m.title(), null, 0, m));
    }

    private List<Row> groups() {
        if (groups == null) {
            MeasureQuery base = filters.get();
            List<Row> rows = new ArrayList<>();
            List<GoalInfo> goals = directory == null ? List.of() : goals(base);
            for (GoalInfo g : goals) {
                long n = measures.list(base.withGoal(g.id()).page(0, 1)).total();
                if (n > 0) {
                    rows.add(new Row("goal:" + g.id(), g.code() + " " + g.text(), g.id(), n, null));
                }
            }
            Set<Long> listed = goals.stream().map(GoalInfo::id).collect(Collectors.toSet());
            scanned = base.goalId() != null ? Map.of() : scan(base, listed);
            scanned.forEach((key, list) -> rows.add(new Row(key, key.equals("none") ? t("group.none") : key.substring(5), null,
                    list.size(), null)));
            groups = rows;
        }
        return groups;
    }

    private List<GoalInfo> goals(MeasureQuery q) {
        if (q.goalId() != null) {
            return directory.goals(List.of(q.goalId()));
        }
        if (q.planId() != null) {
            return directory.goals(q.planId());
        }
        return directory.plans().stream().flatMap(p -> directory.goals(p.id()).stream()).toList();
    }

    /** Measures linked to none of the listed goals, by goal text ("text:...") or "none". */
    private Map<String, List<Measure>> scan(MeasureQuery base, Set<Long> listed) {
        Map<String, List<Measure>> byText = new LinkedHashMap<>();
        List<Measure> none = new ArrayList<>();
        truncated = false;
        for (int offset = 0; ; offset += MeasureQuery.MAX_LIMIT) {
            if (offset >= SCAN_LIMIT) {
                truncated = true;
                break;
            }
            List<Measure> page = measures.list(base.page(offset, MeasureQuery.MAX_LIMIT)).items();
            for (Measure m : page) {
                if (m.goalIds().stream().anyMatch(listed::contains)) {
                    continue;
                }
                String text = m.goalText() == null || m.goalText().isBlank() ? null : m.goalText().strip();
                if (directory == null && text != null) {
                    byText.computeIfAbsent("text:" + text, k -> new ArrayList<>()).add(m);
                } else {
                    none.add(m);
                }
            }
            if (page.size() < MeasureQuery.MAX_LIMIT) {
                break;
            }
        }
        Map<String, List<Measure>> sorted = new LinkedHashMap<>();
        byText.keySet().stream().sorted(String.CASE_INSENSITIVE_ORDER).forEach(k -> sorted.put(k, byText.get(k)));
        if (!none.isEmpty()) {
            sorted.put("none", none);
        }
        return sorted;
    }
}
