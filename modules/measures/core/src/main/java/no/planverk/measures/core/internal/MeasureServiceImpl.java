package no.planverk.measures.core.internal;

import no.planverk.measures.core.internal.persistence.MeasureEntity;
import no.planverk.measures.core.internal.persistence.MeasureLinkEntity;
import no.planverk.measures.core.internal.persistence.MeasureReads;
import no.planverk.measures.core.internal.persistence.MeasureWrites;
import no.planverk.measures.core.internal.persistence.MeasuresStore;
import no.planverk.measures.core.internal.persistence.ReportEntity;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Collection;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import no.planverk.measures.api.Light;
import no.planverk.measures.api.Measure;
import no.planverk.measures.api.MeasureCounts;
import no.planverk.measures.api.MeasureDraft;
import no.planverk.measures.api.MeasurePage;
import no.planverk.measures.api.MeasureQuery;
import no.planverk.measures.api.MeasureService;
import no.planverk.measures.api.MeasureStatus;
import no.planverk.measures.api.PeriodKind;
import no.planverk.measures.api.PlanDirectory;
import no.planverk.measures.api.Reminder;
import no.planverk.measures.api.ReportDraft;
import no.planverk.measures.api.ReportPeriod;
import no.planverk.measures.api.RollForward;
import no.planverk.measures.api.StatusReport;
import no.planverk.measures.core.internal.report.FollowUp;
import no.planverk.platform.api.AccessDeniedException;
import no.planverk.platform.api.AuditLog;
import no.planverk.platform.api.InvalidInputException;
import no.planverk.platform.api.Message;
import no.planverk.platform.api.OrgUnitService;
import no.planverk.platform.api.Role;
import no.planverk.platform.api.UserContext;
import no.planverk.platform.persistence.api.JpaWork;
import org.apache.aries.jpa.template.JpaTemplate;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ReferenceCardinality;
import org.osgi.service.component.annotations.ReferencePolicy;
import org.osgi.service.component.annotations.ReferencePolicyOption;
import org.osgi.service.metatype.annotations.Designate;

@Component(service = MeasureService.class, configurationPid = "no.planverk.measures")
@Designate(ocd = MeasuresConfig.class)
public class MeasureServiceImpl implements MeasureService {

    static final String TYPE = MeasureWrites.TYPE;

    private final JpaTemplate jpa;
    private final AuditLog audit;
    private final OrgUnitService units;
    private final MeasureRights rights;
    private final PeriodKind periodKind;
    private final Clock clock;
    private volatile PlanDirectory directory;

    @Activate
    public MeasureServiceImpl(@Reference MeasuresStore store, @Reference AuditLog audit, @Reference OrgUnitService units,
            MeasuresConfig config) {
        this(store.jpa(), audit, units, PeriodKind.parse(config.reportingPeriod()).orElseThrow(() -> new IllegalArgumentException(
                "reportingPeriod in etc/no.planverk.measures.cfg: tertial or year, not '" + config.reportingPeriod() + "'")),
                Clock.system(ZoneId.of("Europe/Oslo")));
    }

    MeasureServiceImpl(JpaTemplate jpa, AuditLog audit, OrgUnitService units, PeriodKind periodKind, Clock clock) {
        this.jpa = jpa;
        this.audit = audit;
        this.units = units;
        this.rights = new MeasureRights(units);
        this.periodKind = periodKind;
        this.clock = clock;
    }

    @Reference(cardinality = ReferenceCardinality.OPTIONAL, policy = ReferencePolicy.DYNAMIC, policyOption = ReferencePolicyOption.GREEDY)
    void setDirectory(PlanDirectory d) {
        this.directory = d;
    }

    void unsetDirectory(PlanDirectory d) {
        if (this.directory == d) {
            this.directory = null;
        }
    }

    @Override
    public MeasurePage list(MeasureQuery q) {
        UnitScope scope = UnitScope.of(q, units, directory);
        int year = today().getYear();
        return JpaWork.read(jpa, em -> new MeasurePage(MeasureReads.page(em, q, scope, year), MeasureReads.count(em, q, scope, year)));
    }

    @Override
    public Optional<Measure> find(long id) {
        return JpaWork.read(jpa, em -> MeasureReads.find(em, id));
    }

    @Override
    public List<Measure> forGoals(Collection<Long> goalIds) {
        return JpaWork.read(jpa, em -> MeasureReads.records(em, MeasureReads.byIds(em, MeasureReads.linked(em, MeasureLinkEntity.GOAL,
                goalIds))));
    }

    @Override
    public Measure create(MeasureDraft draft, UserContext by) {
        MeasureDraft d = checked(draft);
        requireCreate(d, by);
        return JpaWork.write(jpa, TYPE, d.number(), em -> {
            Measure created = MeasureWrites.record(em, MeasureWrites.insert(em, d, null));
            audit.record(by, "create", TYPE, created.id(), null, created);
            return created;
        });
    }

    private void requireCreate(MeasureDraft d, UserContext by) {
        if (!by.has(Role.PLANNER) && !(by.roles().contains(Role.UNIT_LEADER) && rights.canEdit(d.unitIds(), by))) {
            throw new AccessDeniedException(Message.of("measures.create.denied", "User ''{0}'' may not create this measure: planners may,"
                    + " and unit leaders for measures one of their units answers for", by.username()));
        }
    }

    @Override
    public Measure update(long id, long version, MeasureDraft draft, UserContext by) {
        MeasureDraft d = checked(draft);
        return JpaWork.write(jpa, TYPE, id, em -> {
            MeasureWrites.Loaded loaded = MeasureWrites.load(em, id, version, by, rights);
            MeasureEntity e = loaded.entity();
            Measure before = loaded.before();
            rights.require(d.unitIds(), by, "measures.rights.newUnits", "measures of the new units", "");
            MeasureWrites.update(em, e, d);
            Measure after = MeasureWrites.record(em, e);
            audit.record(by, "update", TYPE, id, before, after);
            return after;
        });
    }

    @Override
    public void delete(long id, long version, UserContext by) {
        JpaWork.write(jpa, TYPE, id, em -> {
            MeasureWrites.Loaded loaded = MeasureWrites.load(em, id, version, by, rights);
            MeasureEntity e = loaded.entity();
            Measure before = loaded.before();
            MeasureWrites.delete(em, e);
            audit.record(by, "delete", TYPE, id, before, null);
        });
    }

    @Override
    public Measure report(long id, long version, ReportDraft report, UserContext by) {
        if (report == null) {
            throw InvalidInputException.field("period", Message.of("measures.report.empty", "The report is empty"));
        }
        return JpaWork.write(jpa, TYPE, id, em -> {
            MeasureWrites.Loaded loaded = MeasureWrites.load(em, id, version, by, rights);
            MeasureEntity e = loaded.entity();
            Measure before = loaded.before();
            ReportDraft r = report.validated(); // after the rights: who may not report learns nothing more
            em.persist(new ReportEntity(id, r, by.username(), clock.instant()));
            boolean latest = before.lastPeriod() == null || r.period().compareTo(before.lastPeriod()) >= 0;
            if (latest) {
                e.report(r.status(), r.percent(), r.light(), r.period(), r.comment());
            }
            em.lock(e, javax.persistence.LockModeType.OPTIMISTIC_FORCE_INCREMENT);
            em.createQuery("update ReminderEntity r set r.done = true where r.measureId = :id and r.periodYear = :y and r.periodPart = :p")
                    .setParameter("id", id).setParameter("y", r.period().year()).setParameter("p", r.period().part()).executeUpdate();
            Measure after = MeasureWrites.recordKeepingChildren(em, e, before);
            audit.record(by, "report", TYPE, id, before, after);
            return after;
        });
    }

    @Override
    public List<StatusReport> reports(long measureId) {
        return JpaWork.read(jpa, em -> em.createQuery("select r from ReportEntity r where r.measureId = :id order by r.periodYear,"
                + " r.periodPart, r.reportedAt, r.id", ReportEntity.class).setParameter("id", measureId).setHint(JpaWork.READ_ONLY, true)
                .getResultList().stream()
                .map(ReportEntity::toRecord).toList());
    }

    @Override
    public ReportPeriod currentPeriod() {
        return ReportPeriod.containing(today(), periodKind);
    }

    @Override
    public List<Measure> missingReports(ReportPeriod period, Long unitId) {
        Set<Long> unitIds = unitId == null ? null : units.subtree(unitId);
        return JpaWork.read(jpa, em -> FollowUp.missing(em, period, unitIds));
    }

    @Override
    public List<Reminder> remind(List<Long> measureIds, ReportPeriod period, UserContext by) {
        MeasureRights.requirePlanner(by, "measures.rights.remind", "send reminders");
        if (measureIds == null || measureIds.isEmpty() || period == null) {
            throw InvalidInputException.field("measureIds", Message.of("measures.remind.empty",
                    "Choose the measures and the period to remind about"));
        }
        return JpaWork.write(jpa, TYPE, measureIds, em -> {
            List<Reminder> sent = FollowUp.remind(em, new HashSet<>(measureIds), period, by.username(), clock.instant());
            audit.record(by, "remind", TYPE, measureIds.toString(), null, sent);
            return sent;
        });
    }

    @Override
    public List<Reminder> reminders(UserContext user) {
        Set<Long> mine = user.has(Role.PLANNER) ? null : units.subtreeOfCodes(user.units());
        if (mine != null && mine.isEmpty()) {
            return List.of();
        }
        return JpaWork.read(jpa, em -> FollowUp.openReminders(em, mine));
    }

    @Override
    public MeasureCounts counts(Long planId) {
        ReportPeriod period = currentPeriod();
        int year = today().getYear();
        return JpaWork.read(jpa, em -> {
            // one pass over the measures, grouped by what the counts tell apart (it was four passes, each waiting on
            // the rows writers hold); the few groups are added up here
            String plan = planId == null ? "" : " where m.planId = " + planId.longValue(); // a number, never user text
            List<Object[]> groups = em.createQuery("select m.status, m.light, m.unfunded, m.toYear, count(m) from MeasureEntity m"
                    + plan + " group by m.status, m.light, m.unfunded, m.toYear", Object[].class).getResultList();
            MeasureCounts counts = Counting.of(groups, year);
            return new MeasureCounts(counts.total(), counts.byStatus(), counts.byLight(), counts.late(), counts.unfunded(),
                    FollowUp.missingCount(em, period, planId), period);
        });
    }

    @Override
    public RollForward.Result rollForward(RollForward request, UserContext by) {
        MeasureRights.requirePlanner(by, "measures.rights.roll", "roll an action part forward");
        RollForward r = Rolling.checked(request);
        return JpaWork.write(jpa, TYPE, r.fromPlanId() == null ? r.fromPlanName() : r.fromPlanId(), em -> {
            RollForward.Result result = Rolling.run(em, r);
            audit.record(by, "roll-forward", "MeasurePlan", MeasureEntity.planKey(r.toPlanId(), r.toPlanName()), r,
                    result.created().stream().map(Measure::id).toList());
            return result;
        });
    }

    @Override
    public boolean canEdit(Measure measure, UserContext user) {
        return rights.canEdit(measure.unitIds(), user);
    }

    /** Validated, with the plan and goals checked against the plans module when it is there. */
    private MeasureDraft checked(MeasureDraft draft) {
        if (draft == null) {
            throw new InvalidInputException(Message.of("measures.measure.empty", "The measure is empty"));
        }
        MeasureDraft d = draft.validated();
        PlanDirectory dir = directory;
        if (dir != null) {
            Links.check(d, dir);
        }
        return d;
    }

    private LocalDate today() {
        return LocalDate.now(clock);
    }
}
