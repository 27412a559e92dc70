package no.planverk.plans.api;

import java.util.List;
import java.util.Optional;
import no.planverk.platform.api.UserContext;
import org.osgi.annotation.versioning.ProviderType;

/** Goal trees of plans and the red thread between them. Edits need edit rights on the goal's plan. */
@ProviderType
public interface GoalService {

    /** The goal tree of a plan: its main goals (and any goal without a parent) with their children. */
    List<GoalNode> tree(long planId);

    Optional<Goal> find(long id);

    /** Goals whose code or text contains {@code text}, at most {@code limit}; for pickers and search. */
    List<GoalRef> search(String text, int limit);

    Goal create(GoalDraft draft, UserContext by);

    Goal update(long id, long version, GoalDraft draft, UserContext by);

    /** Deletes a goal with its sub-goals and indicators; refused while goals of other plans serve them. */
    void delete(long id, long version, UserContext by);

    /** From this goal up: parent goals and the goals they serve in higher plans, ending at the top. */
    List<GoalRef> pathToTop(long goalId);

    /**
     * From this goal down: its sub-goals, goals of other plans that serve any of them, plans that serve
     * them, and items other modules link to them ({@link GoalLinkProvider}).
     */
    ThreadNode threadDown(long goalId);
}
