package no.planverk.competence.core.internal.report;

import java.util.List;
import java.util.Optional;
import no.planverk.competence.api.FteForecasts;
import no.planverk.competence.api.ForecastRun;
import no.planverk.competence.api.GapBasis;
import no.planverk.competence.api.RecruitmentGap;
import no.planverk.competence.api.RetirementParams;
import no.planverk.competence.api.RetirementProjection;
import no.planverk.competence.api.RetirementService;
import no.planverk.competence.api.YearValue;
import no.planverk.competence.core.internal.CompetenceRights;
import no.planverk.competence.core.internal.persistence.CompetenceStore;
import no.planverk.competence.core.internal.persistence.PositionReads;
import no.planverk.platform.api.Message;
import no.planverk.platform.api.OrgUnitService;
import no.planverk.platform.persistence.api.JpaWork;
import org.apache.aries.jpa.template.JpaTemplate;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ReferenceCardinality;
import org.osgi.service.component.annotations.ReferencePolicy;
import org.osgi.service.component.annotations.ReferencePolicyOption;
import org.osgi.service.metatype.annotations.Designate;

/** Retirement projections from the register, and recruitment gaps against a forecast when the forecasting bridge is there. */
@Component(service = RetirementService.class, configurationPid = "no.planverk.competence")
@Designate(ocd = CompetenceConfig.class)
public class RetirementServiceImpl implements RetirementService {

    static final String NO_FORECASTING = "Forecasting is not installed: install the planverk-forecasting feature (with planverk-competence"
            + " it brings the bridge no.planverk.competence.forecasting) to compare the register with a saved forecast run";

    private final JpaTemplate jpa;
    private final OrgUnitService units;
    private final RetirementParams defaults;
    private volatile FteForecasts forecasts;

    @Activate
    public RetirementServiceImpl(@Reference CompetenceStore store, @Reference OrgUnitService units, CompetenceConfig config) {
        this(store.jpa(), units, new RetirementParams(config.years(), config.retirementAge(), config.turnoverRate()).validated());
    }

    /** For tests: on a JPA template (not a second constructor, which SCR would try). */
    public static RetirementServiceImpl using(JpaTemplate jpa, OrgUnitService units, RetirementParams defaults) {
        return new RetirementServiceImpl(jpa, units, defaults);
    }

    private RetirementServiceImpl(JpaTemplate jpa, OrgUnitService units, RetirementParams defaults) {
        this.jpa = jpa;
        this.units = units;
        this.defaults = defaults;
    }

    @Reference(cardinality = ReferenceCardinality.OPTIONAL, policy = ReferencePolicy.DYNAMIC, policyOption = ReferencePolicyOption.GREEDY)
    public void setForecasts(FteForecasts f) {
        this.forecasts = f;
    }

    void unsetForecasts(FteForecasts f) {
        if (this.forecasts == f) {
            this.forecasts = null;
        }
    }

    @Override
    public RetirementParams defaults() {
        return defaults;
    }

    @Override
    public RetirementProjection project(long unitId, Integer year, RetirementParams params) {
        RetirementParams p = (params == null ? defaults : params).validated();
        OrgUnitService org = units.snapshot();
        CompetenceRights.unit(org, unitId);
        return JpaWork.read(jpa, em -> {
            Integer y = year != null ? year : PositionReads.latestYear(em);
            if (y == null) {
                return Retirements.project(unitId, java.time.Year.now().getValue(), List.of(), p);
            }
            return Retirements.project(unitId, y, PositionReads.of(em, org.subtree(unitId), y), p);
        });
    }

    @Override
    public boolean forecastingInstalled() {
        return forecasts != null;
    }

    @Override
    public List<ForecastRun> forecastRuns() {
        FteForecasts f = forecasts;
        return f == null ? List.of() : f.runs();
    }

    @Override
    public RecruitmentGap recruitmentGap(long unitId, Integer year, long runId, String scenario, GapBasis basis, RetirementParams params) {
        FteForecasts f = forecasts;
        if (f == null) {
            return RecruitmentGap.unavailable(unitId, Message.of("competence.recruit.noForecasting", NO_FORECASTING));
        }
        Optional<ForecastRun> run = f.runs().stream().filter(r -> r.id() == runId).findFirst();
        if (run.isEmpty()) {
            return RecruitmentGap.unavailable(unitId, Message.of("competence.recruit.noRun",
                    "No saved forecast run {0} gives FTE; the runs that do are {1}", String.valueOf(runId),
                    f.runs().stream().map(r -> r.id() + " (" + r.name() + ")").toList().toString()));
        }
        String s = scenario == null || scenario.isBlank() ? run.get().scenarios().get(0) : scenario.strip();
        Optional<List<YearValue>> fte = f.fte(runId, s);
        if (fte.isEmpty()) {
            return RecruitmentGap.unavailable(unitId, Message.of("competence.recruit.noScenario",
                    "The run ''{0}'' has no scenario ''{1}''; it has {2}", run.get().name(), s, run.get().scenarios().toString()));
        }
        if (fte.get().isEmpty()) {
            return RecruitmentGap.unavailable(unitId, Message.of("competence.recruit.noFte",
                    "The run ''{0}'' has no FTE figures: save a run with a costs input that gives FTE per user (fte_per_user)",
                    run.get().name()));
        }
        RetirementProjection projection = project(unitId, year, params);
        return RecruitmentGaps.of(run.get(), s, basis == null ? GapBasis.FORECAST : basis, projection, fte.get());
    }
}
