package no.planverk.plans.api;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import no.planverk.platform.api.UserContext;
import org.osgi.annotation.versioning.ProviderType;

/**
 * The municipality's plans. Planners edit every plan, unit leaders the plans of their units, everyone
 * with a role reads. Every change is audited; updates check the version and throw
 * {@link no.planverk.platform.api.StaleVersionException} when someone else saved first.
 */
@ProviderType
public interface PlanService {

    PlanPage list(PlanQuery query);

    /** Every plan, ordered by level and title: for the plan tree and for pickers. */
    List<Plan> all();

    Optional<Plan> find(long id);

    Optional<Plan> findByCode(String code);

    /** Creates a plan in status {@link PlanStatus#PREPARATION}. */
    Plan create(PlanDraft draft, UserContext by);

    Plan update(long id, long version, PlanDraft draft, UserContext by);

    /**
     * Moves the plan to another status; refuses a transition that {@link PlanStatus#canGoTo} does not
     * allow with a message naming the allowed ones. Entering {@link PlanStatus#REVISION} keeps the current
     * version as a {@link PlanEdition}.
     */
    Plan changeStatus(long id, long version, StatusChange change, UserContext by);

    /** Deletes a plan with its goals, history and editions; refused while other plans point to it. */
    void delete(long id, long version, UserContext by);

    /** Status history, oldest first. */
    List<StatusEvent> history(long planId);

    /** Earlier versions kept by revisions, newest first. */
    List<PlanEdition> editions(long planId);

    /** Plans that expire within {@code months} of {@code today}, are past their period, or lack a date. */
    List<Attention> needsAttention(int months, LocalDate today);

    /** True when the user may edit this plan (planner, admin, or unit leader of its unit). */
    boolean canEdit(Plan plan, UserContext user);
}
