package no.planverk.measures.demo.internal;

import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import no.planverk.measures.api.GoalInfo;
import no.planverk.measures.api.Measure;
import no.planverk.measures.api.MeasureDraft;
import no.planverk.measures.api.MeasureKind;
import no.planverk.measures.api.MeasureQuery;
import no.planverk.measures.api.MeasureService;
import no.planverk.measures.api.PlanDirectory;
import no.planverk.measures.api.PlanInfo;
import no.planverk.platform.api.PlanverkException;
import no.planverk.platform.api.UserContext;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Links demo measures named by plan title to the plans module's plan, their goal (the goal text starts
 * with the goal's code, e.g. "3.3.1.1 Vi har ...") and their carrying plan (by title).
 */
final class DemoLinks {

    private static final Logger LOG = LoggerFactory.getLogger(DemoLinks.class);

    private DemoLinks() {
    }

    /** The plan titles the demo file names, so the plans module's demo data has loaded. */
    /** The demo plan each municipality's measures wait for. */
    static final java.util.Map<String, String> PLANS = java.util.Map.of(
            no.planverk.platform.demo.DemoUnitsLoaded.ALVER, "Kommunedelplan for helse, sosial og omsorg 2021-2033",
            no.planverk.platform.demo.DemoUnitsLoaded.BERGEN, "Et helt liv med mening, vekst og utvikling 2018-2028");

    /** True when the demo plans of the demo's municipalities are there. */
    static boolean plansLoaded(PlanDirectory dir, java.util.Set<String> municipalities) {
        List<PlanInfo> plans = dir.plans();
        return municipalities.stream().map(PLANS::get).filter(java.util.Objects::nonNull)
                .allMatch(name -> plans.stream().anyMatch(p -> p.matches(name)));
    }

    /** Links what can be linked now: plan, goal (by the code that starts the goal text) and carrying plan. Returns what is left. */
    static synchronized int link(MeasureService measures, PlanDirectory dir, UserContext by) {
        List<PlanInfo> plans = dir.plans();
        int left = 0;
        int linked = 0;
        for (Measure m : measures.list(MeasureQuery.all()).items()) {
            Optional<PlanInfo> plan = m.planId() != null ? dir.plan(m.planId()) : PlanInfo.find(plans, m.planName());
            if (plan.isEmpty()) {
                left += m.planId() == null ? 1 : 0;
                continue;
            }
            MeasureDraft d = linked(m, plan.get(), dir.goals(plan.get().id()), plans);
            if (d.equals(m.draft())) {
                continue;
            }
            try {
                measures.update(m.id(), m.version(), d, by);
                linked++;
            } catch (PlanverkException e) {
                LOG.warn("Demo measure {} could not be linked to plan {}: {}", m.number(), plan.get().code(), e.getMessage());
            }
        }
        if (linked > 0) {
            LOG.info("Demo measures: {} linked to the demo plans and goals, {} left", linked, left);
        }
        return left;
    }

    private static MeasureDraft linked(Measure m, PlanInfo plan, List<GoalInfo> goals, List<PlanInfo> plans) {
        Optional<GoalInfo> goal = !m.goalIds().isEmpty() || m.goalText() == null ? Optional.empty() : goals.stream()
                .filter(g -> g.code() != null && m.goalText().startsWith(g.code() + " ")).max(Comparator.comparingInt(g -> g.code().length()));
        Optional<PlanInfo> carrier = m.kind() == MeasureKind.PLAN_REFERENCE && m.carrierPlanId() == null ? PlanInfo.find(plans, m.carrierText())
                : Optional.empty();
        return new MeasureDraft(plan.id(), null, m.number(), m.title(), m.description(),
                goal.map(g -> List.of(g.id())).orElse(m.goalIds()), goal.isPresent() ? null : m.goalText(), m.kind(),
                carrier.map(PlanInfo::id).orElse(m.carrierPlanId()), carrier.isPresent() ? null : m.carrierText(), m.responsibility(),
                m.unitIds(), m.contact(), m.fromYear(), m.toYear(), m.years(), m.ownership());
    }
}
