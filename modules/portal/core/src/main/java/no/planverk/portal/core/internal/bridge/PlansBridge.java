package no.planverk.portal.core.internal.bridge;

import java.util.List;
import java.util.Optional;
import java.util.Set;
import no.planverk.platform.api.OrgUnitService;
import no.planverk.plans.api.GoalNode;
import no.planverk.plans.api.GoalService;
import no.planverk.plans.api.Plan;
import no.planverk.plans.api.PlanQuery;
import no.planverk.plans.api.PlanService;
import no.planverk.portal.core.internal.PortalSettings;
import no.planverk.portal.core.internal.content.PlanSource;
import no.planverk.portal.core.internal.content.PublicGoal;
import no.planverk.portal.core.internal.content.PublicPlan;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/**
 * The plans module for the portal: plans of the configured municipality (owned by its top unit or a unit below it) as
 * public records, without the responsible person; goal trees as they are.
 */
@Component(service = PlanSource.class)
public class PlansBridge implements PlanSource {

    private final PlanService plans;
    private final GoalService goals;
    private final OrgUnitService units;
    private final PortalSettings settings;

    @Activate
    public PlansBridge(@Reference PlanService plans, @Reference GoalService goals, @Reference OrgUnitService units,
            @Reference PortalSettings settings) {
        this.plans = plans;
        this.goals = goals;
        this.units = units;
        this.settings = settings;
    }

    @Override
    public List<PublicPlan> plans() {
        Optional<Set<Long>> owners = owners();
        return plans.list(PlanQuery.all()).items().stream().filter(p -> ours(p, owners)).map(PlansBridge::toPublic).toList();
    }

    @Override
    public Optional<PublicPlan> plan(long id) {
        return plans.find(id).filter(p -> ours(p, owners())).map(PlansBridge::toPublic);
    }

    @Override
    public List<PublicGoal> goals(long planId) {
        return goals.tree(planId).stream().map(PlansBridge::toPublic).toList();
    }

    /** The units of the configured municipality, or empty for every plan. */
    private Optional<Set<Long>> owners() {
        String code = settings.get().municipalityUnit();
        return code.isEmpty() ? Optional.empty() : Optional.of(units.subtreeOfCodes(List.of(code)));
    }

    private static boolean ours(Plan p, Optional<Set<Long>> owners) {
        return owners.isEmpty() || p.ownerUnitId() != null && owners.get().contains(p.ownerUnitId());
    }

    static PublicPlan toPublic(Plan p) {
        return new PublicPlan(p.id(), p.code(), p.type().id(), p.title(), p.periodFrom(), p.periodTo(), p.status().id(),
                p.decisionDate(), p.decisionRef(), p.documentUrl(), p.description());
    }

    static PublicGoal toPublic(GoalNode n) {
        return new PublicGoal(n.goal().id(), n.goal().code(), n.goal().text(), n.goal().level() == null ? null : n.goal().level().id(),
                n.goal().sdgs(), n.children().stream().map(PlansBridge::toPublic).toList());
    }
}
