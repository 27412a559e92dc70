package no.planverk.plans.core.internal.rest;

import java.util.List;
import no.planverk.plans.api.Goal;
import no.planverk.plans.api.GoalDraft;
import no.planverk.plans.api.GoalLevel;
import no.planverk.plans.api.GoalService;
import no.planverk.plans.api.IndicatorService;
import no.planverk.plans.api.Ownership;
import no.planverk.platform.api.ApiResponse;
import no.planverk.platform.api.NotFoundException;
import no.planverk.platform.api.route.RouteRequest;

/**
 * The goal routes' handlers: GET/POST {@code /plans/{id}/goals} (the tree; create), GET {@code /plans/goals?q=} (search),
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

    ApiResponse tree(RouteRequest r) {
        return ApiResponse.ok(goals.tree(r.id("id")));
    }

    ApiResponse create(RouteRequest r) {
        return ApiResponse.created(goals.create(r.body(GoalBody.class).draft(r.id("id")), r.user()));
    }

    ApiResponse search(RouteRequest r) {
        return ApiResponse.ok(goals.search(r.query("q").orElse(""), r.intQuery("limit").orElse(50)));
    }

    ApiResponse detail(RouteRequest r) {
        Goal goal = goal(r);
        long id = goal.id();
        return ApiResponse.ok(new GoalDetail(goal, goals.pathToTop(id), goals.threadDown(id), indicators.forGoal(id)));
    }

    ApiResponse update(RouteRequest r) {
        Goal goal = goal(r);
        GoalBody b = r.body(GoalBody.class);
        return ApiResponse.ok(goals.update(goal.id(), r.version(b.version()), b.draft(goal.planId()), r.user()));
    }

    ApiResponse delete(RouteRequest r) {
        goals.delete(goal(r).id(), r.version(), r.user());
        return ApiResponse.noContent();
    }

    private Goal goal(RouteRequest r) {
        long id = r.id("goalId");
        return goals.find(id).orElseThrow(() -> NotFoundException.of("Goal", id));
    }
}
