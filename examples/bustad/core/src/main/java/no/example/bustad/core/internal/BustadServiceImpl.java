package no.example.bustad.core.internal;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.stream.Collectors;
import javax.persistence.EntityManager;
import no.example.bustad.api.BustadService;
import no.example.bustad.api.EntryDraft;
import no.example.bustad.api.EntryStatus;
import no.example.bustad.api.HousingStep;
import no.example.bustad.api.WaitingEntry;
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

@Component(service = BustadService.class)
public class BustadServiceImpl implements BustadService {

    /** The entity type in the audit trail and in 404/409 messages. */
    static final String TYPE = "BustadEntry";
    private static final Comparator<EntryEntity> QUEUE = Comparator.comparing(EntryEntity::step).thenComparingLong(EntryEntity::unitId)
            .thenComparing(EntryEntity::listedOn).thenComparingLong(EntryEntity::id);

    private final JpaTemplate jpa;
    private final AuditLog audit;
    private final OrgUnitService units;
    private final Clock clock;

    @Activate
    public BustadServiceImpl(@Reference BustadStore store, @Reference AuditLog audit, @Reference OrgUnitService units) {
        this(store.jpa(), audit, units, Clock.system(ZoneId.of("Europe/Oslo")));
    }

    /** For tests: a template on in-memory Derby and a fixed clock. */
    public BustadServiceImpl(JpaTemplate jpa, AuditLog audit, OrgUnitService units, Clock clock) {
        this.jpa = jpa;
        this.audit = audit;
        this.units = units;
        this.clock = clock;
    }

    @Override
    public List<WaitingEntry> list(EntryStatus status, Long unitId) {
        return JpaWork.read(jpa, em -> {
            String where = (status == null ? "" : " and e.status = :status") + (unitId == null ? "" : " and e.unitId = :unit");
            var q = em.createQuery("select e from EntryEntity e where 1 = 1" + where, EntryEntity.class);
            if (status != null) {
                q.setParameter("status", status.id());
            }
            if (unitId != null) {
                q.setParameter("unit", unitId);
            }
            Map<Long, Integer> positions = positions(em, unitId);
            return q.getResultList().stream().sorted(QUEUE).map(e -> e.toRecord(positions.get(e.id()))).toList();
        });
    }

    @Override
    public Optional<WaitingEntry> find(long id) {
        return JpaWork.read(jpa, em -> Optional.ofNullable(em.find(EntryEntity.class, id))
                .map(e -> e.toRecord(positions(em, e.unitId()).get(e.id()))));
    }

    @Override
    public WaitingEntry create(EntryDraft draft, UserContext by) {
        by.require(Role.COORDINATOR);
        EntryDraft d = checked(draft);
        if (d.status() != EntryStatus.WAITING) {
            throw InvalidInputException.field("status", Message.of("bustad.entry.status.newNotWaiting", "A new position starts as waiting, not {0}", d.status().id()));
        }
        return JpaWork.write(jpa, TYPE, d.reference(), em -> {
            unique(em, d.reference(), null);
            EntryEntity e = new EntryEntity(d);
            em.persist(e);
            em.flush();
            WaitingEntry created = e.toRecord(positions(em, e.unitId()).get(e.id()));
            audit.record(by, "create", TYPE, created.id(), null, Audited.of(created, null));
            return created;
        });
    }

    @Override
    public WaitingEntry update(long id, long version, EntryDraft draft, UserContext by) {
        by.require(Role.COORDINATOR);
        EntryDraft d = checked(draft);
        return JpaWork.write(jpa, TYPE, id, em -> {
            EntryEntity e = JpaWork.load(em, EntryEntity.class, id, version, TYPE, EntryEntity::version);
            WaitingEntry before = e.toRecord(null);
            if (!before.status().canMoveTo(d.status())) {
                throw before.status().next().isEmpty()
                        ? InvalidInputException.field("status", Message.of("bustad.entry.status.closed", "The position is {0} and closed; its status cannot change",
                                before.status().id()))
                        : InvalidInputException.field("status", Message.of("bustad.entry.status.move", "From {0} a position moves to {1}, not to {2}", before.status().id(),
                                before.status().next().stream().sorted().map(EntryStatus::id).collect(Collectors.joining(" or ")),
                                d.status().id()));
            }
            unique(em, d.reference(), id);
            e.apply(d);
            em.flush();
            WaitingEntry after = e.toRecord(positions(em, e.unitId()).get(id));
            audit.record(by, "update", TYPE, id, Audited.of(before, null), Audited.of(after, before));
            return after;
        });
    }

    @Override
    public Map<HousingStep, Long> waitingByStep() {
        Map<HousingStep, Long> counts = new EnumMap<>(HousingStep.class);
        for (HousingStep s : HousingStep.values()) {
            counts.put(s, 0L);
        }
        JpaWork.read(jpa, em -> em.createQuery("select e.step, count(e) from EntryEntity e where e.status = :s group by e.step",
                Object[].class).setParameter("s", EntryStatus.WAITING.id()).getResultList()).forEach(row ->
                HousingStep.parse((String) row[0]).ifPresent(s -> counts.put(s, ((Number) row[1]).longValue())));
        return counts;
    }

    /** The draft with its unit and day checked against the platform's units and today. */
    private EntryDraft checked(EntryDraft d) {
        if (d == null) {
            throw new InvalidInputException(Message.of("bustad.entry.empty", "The position is empty"));
        }
        if (units.find(d.unitId()).isEmpty()) {
            throw InvalidInputException.field("unitId", Message.of("bustad.entry.unit.unknown", "There is no organisation unit {0}", String.valueOf(d.unitId())));
        }
        if (d.listedOn().isAfter(LocalDate.now(clock))) {
            throw InvalidInputException.field("listedOn", Message.of("bustad.entry.listedOn.future", "The day put on the list cannot be in the future: {0}",
                    d.listedOn().toString()));
        }
        return d;
    }

    private static void unique(EntityManager em, String reference, Long self) {
        List<Long> same = em.createQuery("select e.id from EntryEntity e where e.reference = :r", Long.class)
                .setParameter("r", reference).getResultList();
        if (same.stream().anyMatch(other -> !Objects.equals(other, self))) {
            throw InvalidInputException.field("reference", Message.of("bustad.entry.reference.taken", "The reference {0} is on the list already", reference));
        }
    }

    /** The queue place of every open position (of one unit, or all): 1 for the earliest listed per step and unit. */
    private static Map<Long, Integer> positions(EntityManager em, Long unitId) {
        var q = em.createQuery("select e from EntryEntity e where e.status in :open" + (unitId == null ? "" : " and e.unitId = :unit"),
                EntryEntity.class).setParameter("open", List.of(EntryStatus.WAITING.id(), EntryStatus.OFFERED.id()));
        if (unitId != null) {
            q.setParameter("unit", unitId);
        }
        Map<Long, Integer> positions = new HashMap<>();
        Map<String, Integer> counters = new HashMap<>();
        for (EntryEntity e : q.getResultList().stream().sorted(QUEUE).toList()) {
            positions.put(e.id(), counters.merge(e.step().id() + "/" + e.unitId(), 1, Integer::sum));
        }
        return positions;
    }
}
