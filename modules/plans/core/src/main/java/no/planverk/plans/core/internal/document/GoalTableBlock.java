package no.planverk.plans.core.internal.document;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;
import no.planverk.plans.api.Goal;
import no.planverk.plans.api.GoalLevel;
import no.planverk.plans.api.GoalLink;
import no.planverk.plans.api.GoalNode;
import no.planverk.plans.api.GoalService;
import no.planverk.plans.api.Ownership;
import no.planverk.plans.api.PlanService;
import no.planverk.plans.api.document.BlockCell;
import no.planverk.plans.api.document.BlockChoice;
import no.planverk.plans.api.document.BlockContent;
import no.planverk.plans.api.document.BlockTable;

/**
 * The goal table as chapter 6 of Alver's KDP has it: a row per main goal and goal (code and text), then per sub-goal
 * ("Vi skal") its outcomes ("Dette vil vi oppnå") and how (the measures and other items linked to them), the code
 * cell in the ownership colour. Param {@code plan:ID} for the whole table, {@code goal:ID} for one goal's part.
 */
final class GoalTableBlock {

    static final String TYPE = "plans.goal-table";

    private final PlanService plans;
    private final GoalService goals;
    private final Function<Collection<Long>, List<GoalLink>> links;

    GoalTableBlock(PlanService plans, GoalService goals, Function<Collection<Long>, List<GoalLink>> links) {
        this.plans = plans;
        this.goals = goals;
        this.links = links;
    }

    List<BlockChoice> choices(long planId, Locale locale) {
        List<BlockChoice> out = new ArrayList<>();
        out.add(new BlockChoice("plan:" + planId, DocumentTexts.text(locale, "plans.document.goalTable.whole", "The whole goal table")));
        for (GoalNode n : goals.tree(planId)) {
            out.add(new BlockChoice("goal:" + n.goal().id(), n.goal().label()));
            n.children().forEach(c -> out.add(new BlockChoice("goal:" + c.goal().id(), c.goal().label())));
        }
        return out;
    }

    Optional<BlockContent> render(String param, Locale locale) {
        String[] p = param.split(":", 2);
        Long id = p.length == 2 ? parse(p[1]) : null;
        if (id == null) {
            return Optional.empty();
        }
        if (p[0].equals("plan")) {
            return plans.find(id).map(plan -> content(plan.title(), goals.tree(id), locale));
        }
        if (p[0].equals("goal")) {
            return goals.find(id).flatMap(g -> find(goals.tree(g.planId()), id)).map(n -> content(n.goal().label(), List.of(n), locale));
        }
        return Optional.empty();
    }

    private BlockContent content(String title, List<GoalNode> roots, Locale locale) {
        List<Goal> all = roots.stream().flatMap(n -> n.flatten().stream()).toList();
        Map<Long, List<GoalLink>> how = links.apply(all.stream().map(Goal::id).toList()).stream()
                .collect(Collectors.groupingBy(GoalLink::goalId));
        List<List<BlockCell>> rows = new ArrayList<>();
        roots.forEach(n -> rows(n, how, rows));
        List<String> headers = List.of(DocumentTexts.text(locale, "plans.document.goalTable.code", "Code"),
                DocumentTexts.text(locale, "plans.document.goalTable.weWill", "We will"),
                DocumentTexts.text(locale, "plans.document.goalTable.outcome", "What we want to achieve"),
                DocumentTexts.text(locale, "plans.document.goalTable.how", "How we will do it"));
        return new BlockContent(title, List.of(new BlockTable(headers, rows)), List.of(),
                DocumentTexts.text(locale, "plans.document.goalTable.note",
                        "Colours: dark green is handled in this plan, yellow is shared with another plan, red is handled elsewhere."));
    }

    private static void rows(GoalNode n, Map<Long, List<GoalLink>> how, List<List<BlockCell>> rows) {
        Goal g = n.goal();
        if (g.level() == GoalLevel.SUB_GOAL || g.level() == GoalLevel.OUTCOME) {
            List<Goal> outcomes = g.level() == GoalLevel.OUTCOME ? List.of(g) : n.children().stream().map(GoalNode::goal).toList();
            List<Goal> withLinks = new ArrayList<>(n.flatten());
            String outcomeText = outcomes.stream().map(Goal::text).collect(Collectors.joining("\n"));
            String howText = withLinks.stream().flatMap(x -> how.getOrDefault(x.id(), List.of()).stream())
                    .map(l -> l.code() == null || l.code().isBlank() ? l.text() : l.code() + " " + l.text()).distinct()
                    .collect(Collectors.joining("\n"));
            rows.add(List.of(new BlockCell(code(g), colour(g.ownership())), BlockCell.of(g.level() == GoalLevel.OUTCOME ? "" : g.text()),
                    BlockCell.of(outcomeText), BlockCell.of(howText)));
            return;
        }
        rows.add(List.of(new BlockCell(code(g), colour(g.ownership())), BlockCell.of(g.text()), BlockCell.of(""),
                BlockCell.of(how.getOrDefault(g.id(), List.of()).stream().map(GoalLink::text).collect(Collectors.joining("\n")))));
        n.children().forEach(c -> rows(c, how, rows));
    }

    /** The colours of Alver's table: dark green, yellow, red; none when the goal has no ownership. */
    static String colour(Ownership o) {
        if (o == null) {
            return null;
        }
        return switch (o) {
            case THIS_PLAN -> "#1b5e20";
            case SHARED -> "#f9a825";
            case OTHER_SECTOR -> "#c62828";
        };
    }

    private static String code(Goal g) {
        return g.code() == null ? "" : g.code();
    }

    private static Optional<GoalNode> find(List<GoalNode> nodes, long id) {
        for (GoalNode n : nodes) {
            if (n.goal().id() == id) {
                return Optional.of(n);
            }
            Optional<GoalNode> below = find(n.children(), id);
            if (below.isPresent()) {
                return below;
            }
        }
        return Optional.empty();
    }

    static Long parse(String s) {
        try {
            return Long.parseLong(s.strip());
        } catch (NumberFormatException e) {
            return null;
        }
    }
}
