package no.planverk.plans.core.internal.indicators;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import javax.persistence.EntityManager;
import no.planverk.plans.api.Indicator;
import no.planverk.plans.api.IndicatorDraft;
import no.planverk.plans.api.IndicatorImport;
import no.planverk.plans.api.IndicatorService;
import no.planverk.plans.core.internal.EditRights;
import no.planverk.plans.core.internal.persistence.GoalEntity;
import no.planverk.plans.core.internal.persistence.IndicatorEntity;
import no.planverk.plans.core.internal.persistence.PlanEntity;
import no.planverk.plans.core.internal.persistence.PlansStore;
import no.planverk.platform.api.AuditLog;
import no.planverk.platform.api.InvalidInputException;
import no.planverk.platform.api.Message;
import no.planverk.platform.api.OrgUnitService;
import no.planverk.platform.api.NotFoundException;
import no.planverk.platform.api.Role;
import no.planverk.platform.api.UserContext;
import no.planverk.platform.api.stats.StatisticsFetch;
import org.apache.aries.jpa.template.JpaTemplate;
import org.apache.aries.jpa.template.TransactionType;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ReferenceCardinality;
import org.osgi.service.component.annotations.ReferencePolicy;

@Component(service = IndicatorService.class)
public class IndicatorServiceImpl implements IndicatorService {

    static final String TYPE = "Indicator";
    private static final ZoneId OSLO = ZoneId.of("Europe/Oslo");

    private final JpaTemplate jpa;
    private final AuditLog audit;
    private final EditRights rights;
    /** The platform's SSB fetch; without it (or switched off) indicators are imported from files only. */
    private volatile StatisticsFetch statistics;

    @Activate
    public IndicatorServiceImpl(@Reference PlansStore store, @Reference AuditLog audit, @Reference OrgUnitService units) {
        this(store.jpa(), audit, units);
    }

    private IndicatorServiceImpl(JpaTemplate jpa, AuditLog audit, OrgUnitService units) {
        this.jpa = jpa;
        this.audit = audit;
        this.rights = new EditRights(units);
    }

    /**
     * The service on a given template (tests and the schema steps). Not a second public constructor: DS would try it too
     * and log an error for its parameter types.
     */
    public static IndicatorServiceImpl using(JpaTemplate jpa, AuditLog audit, OrgUnitService units) {
        return new IndicatorServiceImpl(jpa, audit, units);
    }

    @Override
    public java.util.Optional<Indicator> find(long id) {
        return jpa.txExpr(TransactionType.Required, em -> java.util.Optional.ofNullable(em.find(IndicatorEntity.class, id))
                .map(IndicatorEntity::toRecord));
    }

    @Override
    public List<Indicator> forGoal(long goalId) {
        return jpa.txExpr(TransactionType.Required, em -> em.createQuery(
                "select i from IndicatorEntity i where i.goalId = :g order by i.id", IndicatorEntity.class)
                .setParameter("g", goalId).getResultList().stream().map(IndicatorEntity::toRecord).toList());
    }

    @Override
    public List<Indicator> forPlan(long planId) {
        return jpa.txExpr(TransactionType.Required, em -> em.createQuery("select i from IndicatorEntity i where i.goalId in"
                + " (select g.id from GoalEntity g where g.planId = :p) order by i.goalId, i.id", IndicatorEntity.class)
                .setParameter("p", planId).getResultList().stream().map(IndicatorEntity::toRecord).toList());
    }

    @Override
    public Indicator create(IndicatorDraft draft, UserContext by) {
        IndicatorDraft d = draft.validated();
        return PlansStore.write(jpa, TYPE, d.name(), em -> {
            requireRights(em, d.goalId(), by);
            IndicatorEntity e = new IndicatorEntity(d);
            em.persist(e);
            em.flush();
            Indicator created = e.toRecord();
            audit.record(by, "create", TYPE, created.id(), null, created);
            return created;
        });
    }

    @Override
    public Indicator update(long id, long version, IndicatorDraft draft, UserContext by) {
        IndicatorDraft d = draft.validated();
        return PlansStore.write(jpa, TYPE, id, em -> {
            IndicatorEntity e = load(em, id, version);
            requireRights(em, e.goalId(), by);
            requireRights(em, d.goalId(), by);
            Indicator before = e.toRecord();
            e.apply(d);
            em.flush();
            Indicator after = e.toRecord();
            audit.record(by, "update", TYPE, id, before, after);
            return after;
        });
    }

    @Override
    public void delete(long id, long version, UserContext by) {
        PlansStore.write(jpa, TYPE, id, em -> {
            IndicatorEntity e = load(em, id, version);
            requireRights(em, e.goalId(), by);
            Indicator before = e.toRecord();
            em.remove(e);
            audit.record(by, "delete", TYPE, id, before, null);
        });
    }

    @Override
    public IndicatorImport importActuals(long id, long version, byte[] file, Map<String, String> choices, UserContext by) {
        return PlansStore.write(jpa, TYPE, id, em -> {
            IndicatorEntity e = load(em, id, version);
            requireRights(em, e.goalId(), by);
            Indicator before = e.toRecord();
            ActualsImport merged = ActualsImport.merge(before, StatFigures.read(file, ActualsImport.choices(before.source(), choices)),
                    choices, LocalDate.now(OSLO));
            e.apply(merged.draft().validated());
            em.flush();
            Indicator after = e.toRecord();
            audit.record(by, "import-actuals", TYPE, id, before, after);
            return new IndicatorImport(after, merged.added(), merged.changed(), merged.unchanged());
        });
    }

    @Reference(cardinality = ReferenceCardinality.OPTIONAL, policy = ReferencePolicy.DYNAMIC, unbind = "unsetStatistics")
    public void setStatistics(StatisticsFetch statistics) {
        this.statistics = statistics;
    }

    void unsetStatistics(StatisticsFetch gone) {
        if (statistics == gone) {
            statistics = null;
        }
    }

    @Override
    public boolean fetchEnabled() {
        StatisticsFetch s = statistics;
        return s != null && s.enabled();
    }

    @Override
    public IndicatorImport fetchActuals(long id, long version, UserContext by) {
        by.require(Role.ADMIN);
        Indicator before = jpa.txExpr(TransactionType.Required, em -> {
            IndicatorEntity e = em.find(IndicatorEntity.class, id);
            if (e == null) {
                throw NotFoundException.of("Indicator", id);
            }
            requireRights(em, e.goalId(), by);
            return load(em, id, version).toRecord();
        });
        StatisticsFetch s = statistics;
        if (s == null) {
            throw new InvalidInputException(Message.of("plans.ssb.fetch.none",
                    "This server cannot fetch from SSB; download the file from SSB and import it."));
        }
        if (before.source().table() == null) {
            throw InvalidInputException.field("table", Message.of("plans.ssb.fetch.noTable",
                    "The indicator names no SSB table; add the table to its source first."));
        }
        return IndicatorFetch.fetch(s, audit, before, by, bytes -> importActuals(id, version, bytes, Map.of(), by));
    }

    private void requireRights(EntityManager em, long goalId, UserContext by) {
        GoalEntity goal = em.find(GoalEntity.class, goalId);
        if (goal == null) {
            throw InvalidInputException.field("goalId", Message.of("plans.goal.unknown", "The goal {0} does not exist",
                    String.valueOf(goalId)));
        }
        PlanEntity plan = em.find(PlanEntity.class, goal.planId());
        rights.require(plan.ownerUnitId(), by, "plans.rights.indicators", "the indicators of plan {1}", plan.code());
    }

    private static IndicatorEntity load(EntityManager em, long id, long version) {
        return PlansStore.load(em, IndicatorEntity.class, id, version, "Indicator", IndicatorEntity::version);
    }
}
