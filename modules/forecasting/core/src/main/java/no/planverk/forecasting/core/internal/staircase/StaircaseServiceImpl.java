package no.planverk.forecasting.core.internal.staircase;

import java.util.List;
import java.util.Map;
import no.planverk.forecasting.api.ForecastResult;
import no.planverk.forecasting.api.staircase.Staircase;
import no.planverk.forecasting.api.staircase.StaircaseService;
import no.planverk.forecasting.api.staircase.StaircaseStep;
import no.planverk.forecasting.api.staircase.StepDemand;
import no.planverk.forecasting.core.internal.persistence.ForecastStore;
import no.planverk.forecasting.core.internal.persistence.ForecastStore;
import no.planverk.platform.api.AuditLog;
import no.planverk.platform.api.Role;
import no.planverk.platform.api.StaleVersionException;
import no.planverk.platform.api.UserContext;
import no.planverk.platform.persistence.api.JpaWork;
import org.apache.aries.jpa.template.JpaTemplate;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/** The staircase in its one row of PV_FORECAST_STAIRCASE; the seeded one while there is no row. */
@Component(service = StaircaseService.class)
public class StaircaseServiceImpl implements StaircaseService {

    static final String TYPE = "forecast-staircase";

    private final JpaTemplate jpa;
    private final AuditLog audit;

    @Activate
    public StaircaseServiceImpl(@Reference ForecastStore store, @Reference AuditLog audit) {
        this(store.jpa(), audit);
    }

    private StaircaseServiceImpl(JpaTemplate jpa, AuditLog audit) {
        this.jpa = jpa;
        this.audit = audit;
    }

    /** On a given template, for tests (the fixture). */
    public static StaircaseServiceImpl of(JpaTemplate jpa, AuditLog audit) {
        return new StaircaseServiceImpl(jpa, audit);
    }

    @Override
    public Staircase staircase() {
        return JpaWork.read(jpa, em -> {
            StaircaseEntity e = em.find(StaircaseEntity.class, StaircaseEntity.ID);
            return e == null ? SeededStaircase.staircase() : StaircaseText.read(e.version(), e.steps(), e.services());
        });
    }

    @Override
    public Staircase update(long version, List<StaircaseStep> steps, Map<String, Integer> services, UserContext by) {
        by.require(Role.PLANNER);
        Staircase checked = new Staircase(version, steps, services);
        return JpaWork.write(jpa, TYPE, StaircaseEntity.ID, em -> {
            StaircaseEntity e = em.find(StaircaseEntity.class, StaircaseEntity.ID);
            Staircase before = e == null ? SeededStaircase.staircase() : StaircaseText.read(e.version(), e.steps(), e.services());
            if (before.version() != version) {
                throw new StaleVersionException(TYPE, StaircaseEntity.ID);
            }
            String stepText = StaircaseText.steps(checked.steps());
            String serviceText = StaircaseText.services(checked.services());
            if (e == null) {
                e = new StaircaseEntity(stepText, serviceText);
                e.set(stepText, serviceText, by.username());
                em.persist(e);
            } else {
                e.set(stepText, serviceText, by.username());
            }
            em.flush();
            Staircase after = StaircaseText.read(e.version(), e.steps(), e.services());
            audit.record(by, "update", TYPE, StaircaseEntity.ID, before, after);
            return after;
        });
    }

    @Override
    public List<StepDemand> demand(ForecastResult result) {
        return StepDemands.of(result, staircase());
    }
}
