package no.planverk.competence.core.internal.report;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import java.util.TreeMap;
import javax.persistence.EntityManager;
import no.planverk.competence.api.Benchmark;
import no.planverk.competence.api.BenchmarkDraft;
import no.planverk.competence.api.BenchmarkKind;
import no.planverk.competence.api.FulltimeReport;
import no.planverk.competence.api.FulltimeService;
import no.planverk.competence.api.FulltimeStats;
import no.planverk.competence.api.FulltimeYear;
import no.planverk.competence.api.Position;
import no.planverk.competence.core.internal.CompetenceRights;
import no.planverk.competence.core.internal.persistence.BenchmarkEntity;
import no.planverk.competence.core.internal.persistence.CompetenceStore;
import no.planverk.competence.core.internal.persistence.PositionReads;
import no.planverk.platform.api.AuditLog;
import no.planverk.platform.api.InvalidInputException;
import no.planverk.platform.api.Message;
import no.planverk.platform.api.OrgUnit;
import no.planverk.platform.api.OrgUnitService;
import no.planverk.platform.api.Role;
import no.planverk.platform.api.UserContext;
import no.planverk.platform.persistence.api.JpaWork;
import org.apache.aries.jpa.template.JpaTemplate;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/** Full-time culture per year against targets and national figures; planners keep the benchmarks. */
@Component(service = FulltimeService.class)
public class FulltimeServiceImpl implements FulltimeService {

    static final String TYPE = "CompetenceBenchmark";

    private final JpaTemplate jpa;
    private final AuditLog audit;
    private final OrgUnitService units;

    @Activate
    public FulltimeServiceImpl(@Reference CompetenceStore store, @Reference AuditLog audit, @Reference OrgUnitService units) {
        this(store.jpa(), audit, units);
    }

    /** For tests: on a JPA template (not a second constructor, which SCR would try). */
    public static FulltimeServiceImpl using(JpaTemplate jpa, AuditLog audit, OrgUnitService units) {
        return new FulltimeServiceImpl(jpa, audit, units);
    }

    private FulltimeServiceImpl(JpaTemplate jpa, AuditLog audit, OrgUnitService units) {
        this.jpa = jpa;
        this.audit = audit;
        this.units = units;
    }

    @Override
    public FulltimeReport report(long unitId) {
        OrgUnitService org = units.snapshot();
        OrgUnit unit = CompetenceRights.unit(org, unitId);
        Set<Long> scope = org.subtree(unitId);
        List<Long> upwards = org.ancestors(unitId);
        return JpaWork.read(jpa, em -> {
            List<Position> rows = PositionReads.of(em, scope, null);
            List<Benchmark> benchmarks = read(em);
            TreeMap<Integer, List<Position>> byYear = new TreeMap<>();
            rows.forEach(p -> byYear.computeIfAbsent(p.year(), y -> new ArrayList<>()).add(p));
            List<FulltimeYear> trend = new ArrayList<>();
            byYear.forEach((year, list) -> trend.add(year(Fulltime.stats(unit, year, list), benchmarks, upwards)));
            List<FulltimeStats> perUnit = new ArrayList<>();
            if (!byYear.isEmpty()) {
                int last = byYear.lastKey();
                for (Long id : scope) {
                    Set<Long> below = org.subtree(id);
                    List<Position> mine = byYear.get(last).stream().filter(p -> below.contains(p.unitId())).toList();
                    if (!mine.isEmpty()) {
                        perUnit.add(Fulltime.stats(CompetenceRights.unit(org, id), last, mine));
                    }
                }
                perUnit.sort(Comparator.comparing(FulltimeStats::unitName));
            }
            return new FulltimeReport(unitId, trend, perUnit);
        });
    }

    /** The year's stats with the target nearest the unit and the national figures, each the newest up to that year. */
    static FulltimeYear year(FulltimeStats stats, List<Benchmark> benchmarks, List<Long> upwards) {
        Benchmark target = null;
        for (Long unit : upwards) {
            target = newest(benchmarks, BenchmarkKind.TARGET, unit, stats.year());
            if (target != null) {
                break;
            }
        }
        if (target == null) {
            target = newest(benchmarks, BenchmarkKind.TARGET, null, stats.year());
        }
        Benchmark national = newest(benchmarks, BenchmarkKind.NATIONAL, null, stats.year());
        return new FulltimeYear(stats, target == null ? null : target.fullTimeShare(), target == null ? null : target.averagePercent(),
                national == null ? null : national.fullTimeShare(), national == null ? null : national.averagePercent());
    }

    private static Benchmark newest(List<Benchmark> all, BenchmarkKind kind, Long unitId, int year) {
        return all.stream().filter(b -> b.kind() == kind && java.util.Objects.equals(b.unitId(), unitId) && b.year() <= year)
                .max(Comparator.comparingInt(Benchmark::year)).orElse(null);
    }

    @Override
    public List<Benchmark> benchmarks() {
        return JpaWork.read(jpa, FulltimeServiceImpl::read);
    }

    private static List<Benchmark> read(EntityManager em) {
        return em.createQuery("select b from BenchmarkEntity b order by b.year, b.kind, b.id", BenchmarkEntity.class).getResultStream()
                .map(BenchmarkEntity::toRecord).toList();
    }

    @Override
    public Benchmark create(BenchmarkDraft draft, UserContext by) {
        BenchmarkDraft d = checked(draft, by);
        return JpaWork.write(jpa, TYPE, "new", em -> {
            unique(em, d, null);
            BenchmarkEntity e = new BenchmarkEntity(d);
            em.persist(e);
            em.flush();
            Benchmark created = e.toRecord();
            audit.record(by, "create", TYPE, created.id(), null, created);
            return created;
        });
    }

    @Override
    public Benchmark update(long id, long version, BenchmarkDraft draft, UserContext by) {
        BenchmarkDraft d = checked(draft, by);
        return JpaWork.write(jpa, TYPE, id, em -> {
            BenchmarkEntity e = JpaWork.load(em, BenchmarkEntity.class, id, version, "Benchmark", BenchmarkEntity::version);
            unique(em, d, id);
            Benchmark before = e.toRecord();
            e.apply(d);
            em.flush();
            Benchmark after = e.toRecord();
            audit.record(by, "update", TYPE, id, before, after);
            return after;
        });
    }

    @Override
    public void delete(long id, long version, UserContext by) {
        by.require(Role.PLANNER);
        JpaWork.write(jpa, TYPE, id, em -> {
            BenchmarkEntity e = JpaWork.load(em, BenchmarkEntity.class, id, version, "Benchmark", BenchmarkEntity::version);
            Benchmark before = e.toRecord();
            em.remove(e);
            audit.record(by, "delete", TYPE, id, before, null);
        });
    }

    private BenchmarkDraft checked(BenchmarkDraft draft, UserContext by) {
        by.require(Role.PLANNER);
        if (draft == null) {
            throw new InvalidInputException(Message.of("competence.benchmark.empty", "The benchmark is empty"));
        }
        BenchmarkDraft d = draft.validated();
        if (d.unitId() != null) {
            CompetenceRights.unit(units, d.unitId());
        }
        return d;
    }

    private static void unique(EntityManager em, BenchmarkDraft d, Long self) {
        boolean clash = read(em).stream().anyMatch(b -> b.id() != (self == null ? -1 : self) && b.kind() == d.kind() && b.year() == d.year()
                && java.util.Objects.equals(b.unitId(), d.unitId()));
        if (clash) {
            throw InvalidInputException.field("year", d.unitId() == null
                    ? Message.of("competence.benchmark.taken", "There is a {0} for {1} already; change that one", d.kind().id(),
                            String.valueOf(d.year()))
                    : Message.of("competence.benchmark.taken.unit", "There is a {0} for {1} and this unit already; change that one",
                            d.kind().id(), String.valueOf(d.year())));
        }
    }
}
