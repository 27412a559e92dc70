package no.planverk.plans.core.internal.rest;

import java.util.List;
import no.planverk.plans.api.Goal;
import no.planverk.plans.api.GoalDraft;
import no.planverk.plans.api.GoalLevel;
import no.planverk.plans.api.GoalService;
import no.planverk.plans.api.IndicatorService;
import no.planverk.plans.api.Ownership;
import no.planverk.platform.api.ApiRequest;
import no.planverk.platform.api.ApiResponse;
import no.planverk.platform.api.NotFoundException;

/**
 * Goals: GET/POST {@code /plans/{id}/goals} (the tree; create), GET {@code /plans/goals?q=} (search),
 * GET {@code /plans/goals/{goalId}} (the goal, its path up, the thread down and its indicators), PUT and
 * DELETE {@code /plans/goals/{goalId}}.
 */
final class GoalsApi {

    record GoalBody(Long parentId, GoalLevel level, String code, String text, List<Integer> sdgs, Long servesGoalId,
            Ownership ownership, Integer position, Long version) {

        GoalDraft draft(long planId) {
            return new GoalDraft(planId, parentId, level, code, text, sdgs, servesGoalId, ownership, position == null ? 0 : position);
        }
    }

    record GoalDetail(Goal goal, Object up, Object down, Object indicators) {
    }

    private final GoalService goals;
    private final IndicatorService indicators;

    GoalsApi(GoalService goals, IndicatorService indicators) {
        this.goals = goals;
        this.indicators = indicators;
    }

    ApiResponse ofPlan(ApiRequest r, long planId) {
        return switch (r.method()) {
            case "GET" -> ApiResponse.ok(goals.tree(planId));
            case "POST" -> ApiResponse.created(goals.create(r.body(GoalBody.class).draft(planId), r.user()));
            default -> ApiResponse.methodNotAllowed(r.method(), "GET, POST");
        };
    }

    ApiResponse handle(ApiRequest r) {
        if (r.segments().size() == 1) {
            return r.method().equals("GET")
                    ? ApiResponse.ok(goals.search(r.query("q").orElse(""), Queries.integer(r, "limit").orElse(50)))
                    : ApiResponse.methodNotAllowed(r.method(), "GET");
        }
        long id = r.longSegment(1, "goalId");
        Goal goal = goals.find(id).orElseThrow(() -> NotFoundException.of("Goal", id));
        return switch (r.method()) {
            case "GET" -> ApiResponse.ok(new GoalDetail(goal, goals.pathToTop(id), goals.threadDown(id), indicators.forGoal(id)));
            case "PUT" -> {
                GoalBody b = r.body(GoalBody.class);
                yield ApiResponse.ok(goals.update(id, Queries.version(b.version()), b.draft(goal.planId()), r.user()));
            }
            case "DELETE" -> {
                goals.delete(id, Queries.version(r), r.user());
                yield ApiResponse.noContent();
            }
            default -> ApiResponse.methodNotAllowed(r.method(), "GET, PUT, DELETE");
        };
    }
}
