package no.planverk.plans.core.internal;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import no.planverk.plans.api.Attention;
import no.planverk.plans.api.Plan;
import no.planverk.plans.api.PlanDraft;
import no.planverk.plans.api.PlanEdition;
import no.planverk.plans.api.PlanPage;
import no.planverk.plans.api.PlanQuery;
import no.planverk.plans.api.PlanService;
import no.planverk.plans.api.PlanStatus;
import no.planverk.plans.api.StatusChange;
import no.planverk.plans.api.StatusEvent;
import no.planverk.plans.core.internal.persistence.PlanEditionEntity;
import no.planverk.plans.core.internal.persistence.PlanEntity;
import no.planverk.plans.core.internal.persistence.PlanReads;
import no.planverk.plans.core.internal.persistence.PlansStore;
import no.planverk.plans.core.internal.persistence.StatusEventEntity;
import no.planverk.platform.api.AccessDeniedException;
import no.planverk.platform.api.AuditLog;
import no.planverk.platform.api.InvalidInputException;
import no.planverk.platform.api.Message;
import no.planverk.platform.api.OrgUnitService;
import no.planverk.platform.api.UserContext;
import org.apache.aries.jpa.template.JpaTemplate;
import org.apache.aries.jpa.template.TransactionType;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

@Component(service = PlanService.class)
public class PlanServiceImpl implements PlanService {

    static final String TYPE = "Plan";

    private final JpaTemplate jpa;
    private final AuditLog audit;
    private final EditRights rights;
    private final PlanWrites writes;
    private final OrgUnitService units;
    private final Clock clock;

    @Activate
    public PlanServiceImpl(@Reference PlansStore store, @Reference AuditLog audit, @Reference OrgUnitService units) {
        this(store.jpa(), audit, units, Clock.system(java.time.ZoneId.of("Europe/Oslo")));
    }

    PlanServiceImpl(JpaTemplate jpa, AuditLog audit, OrgUnitService units, Clock clock) {
        this.jpa = jpa;
        this.audit = audit;
        this.rights = new EditRights(units);
        this.writes = new PlanWrites(units);
        this.units = units;
        this.clock = clock;
    }

    @Override
    public PlanPage list(PlanQuery query) {
        java.util.Set<Long> unitIds = query.unitId() == null ? null : units.subtree(query.unitId());
        return jpa.txExpr(TransactionType.Required, em -> new PlanPage(PlanReads.page(em, query, unitIds), PlanReads.count(em, query, unitIds)));
    }

    @Override
    public List<Plan> all() {
        return jpa.txExpr(TransactionType.Required, PlanReads::all);
    }

    @Override
    public Optional<Plan> find(long id) {
        return jpa.txExpr(TransactionType.Required,
                em -> PlanReads.find(em, id));
    }

    @Override
    public Optional<Plan> findByCode(String code) {
        return jpa.txExpr(TransactionType.Required, em -> PlanWrites.byCode(em, code).map(e -> PlanReads.record(em, e)));
    }

    @Override
    public Plan create(PlanDraft draft, UserContext by) {
        if (!EditRights.mayCreate(by)) {
            throw new AccessDeniedException(Message.of("plans.plan.createDenied",
                    "User ''{0}'' may not create plans (planners and unit leaders may)", by.username()));
        }
        PlanDraft d = draft.validated();
        rights.require(d.ownerUnitId(), by, "plans.rights.unitPlans", "plans of this unit", null);
        return PlansStore.write(jpa, TYPE, d.code(), em -> {
            Plan created = writes.insert(em, d, PlanStatus.PREPARATION, today());
            writes.event(em, created.id(), PlanStatus.PREPARATION, today(), null, by, clock);
            audit.record(by, "create", TYPE, created.id(), null, created);
            return created;
        });
    }

    @Override
    public Plan update(long id, long version, PlanDraft draft, UserContext by) {
        PlanDraft d = draft.validated();
        return PlansStore.write(jpa, TYPE, id, em -> {
            PlanEntity e = PlanWrites.load(em, id, version);
            rights.require(e.ownerUnitId(), by, "plans.rights.plan", "plan {1}", e.code());
            rights.require(d.ownerUnitId(), by, "plans.rights.newOwner", "plans of the new owning unit", null);
            Plan before = PlanReads.record(em, e);
            writes.update(em, e, d);
            Plan after = PlanReads.record(em, e);
            audit.record(by, "update", TYPE, id, before, after);
            return after;
        });
    }

    @Override
    public Plan changeStatus(long id, long version, StatusChange change, UserContext by) {
        if (change == null || change.to() == null) {
            throw InvalidInputException.field("to", Message.of("plans.status.to.required", "Name the status to change to"));
        }
        String note = change.note() == null || change.note().isBlank() ? null : change.note().strip();
        if (note != null && note.length() > StatusEventEntity.MAX_NOTE) {
            throw InvalidInputException.field("note", Message.of("plans.status.note.tooLong", "The note may have at most {0} characters",
                    String.valueOf(StatusEventEntity.MAX_NOTE)));
        }
        LocalDate date = change.date() == null ? today() : change.date();
        return PlansStore.write(jpa, TYPE, id, em -> {
            PlanEntity e = PlanWrites.load(em, id, version);
            rights.require(e.ownerUnitId(), by, "plans.rights.plan", "plan {1}", e.code());
            Plan before = PlanReads.record(em, e);
            writes.transition(em, e, change, date, clock);
            writes.event(em, id, change.to(), date, note, by, clock);
            em.flush();
            Plan after = PlanReads.record(em, e);
            audit.record(by, "status", TYPE, id, before, after);
            return after;
        });
    }

    @Override
    public void delete(long id, long version, UserContext by) {
        PlansStore.write(jpa, TYPE, id, em -> {
            PlanEntity e = PlanWrites.load(em, id, version);
            rights.require(e.ownerUnitId(), by, "plans.rights.plan", "plan {1}", e.code());
            Plan before = PlanReads.record(em, e);
            writes.delete(em, e);
            audit.record(by, "delete", TYPE, id, before, null);
        });
    }

    @Override
    public List<StatusEvent> history(long planId) {
        return jpa.txExpr(TransactionType.Required, em -> em.createQuery(
                "select s from StatusEventEntity s where s.planId = :id order by s.id", StatusEventEntity.class)
                .setParameter("id", planId).getResultList().stream().map(StatusEventEntity::toRecord).toList());
    }

    @Override
    public List<PlanEdition> editions(long planId) {
        return jpa.txExpr(TransactionType.Required, em -> em.createQuery(
                "select e from PlanEditionEntity e where e.planId = :id order by e.createdAt desc, e.id desc", PlanEditionEntity.class)
                .setParameter("id", planId).getResultList().stream().map(Editions::toRecord).toList());
    }

    @Override
    public List<Attention> needsAttention(int months, LocalDate today) {
        if (months < 0 || months > 120) {
            throw InvalidInputException.field("months", Message.of("plans.attention.months", "Months: 0 to 120, not {0}",
                    String.valueOf(months)));
        }
        return jpa.txExpr(TransactionType.Required, em -> PlanReads.attention(em, months, today));
    }

    @Override
    public boolean canEdit(Plan plan, UserContext user) {
        return rights.canEdit(plan.ownerUnitId(), user);
    }

    private LocalDate today() {
        return LocalDate.now(clock);
    }
}
