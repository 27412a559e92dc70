package no.planverk.measures.core.internal.report;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import no.planverk.measures.api.FollowUpReport;
import no.planverk.measures.api.GoalInfo;
import no.planverk.measures.api.Measure;
import no.planverk.measures.api.MeasureStatus;
import no.planverk.measures.api.PlanDirectory;
import no.planverk.measures.api.PlanInfo;
import no.planverk.measures.api.StatusReport;
import no.planverk.measures.api.YearAmount;
import no.planverk.measures.core.internal.persistence.MeasureEntity;
import no.planverk.measures.core.internal.persistence.MeasureReads;
import no.planverk.measures.core.internal.persistence.MeasuresStore;
import no.planverk.measures.core.internal.persistence.ReportEntity;
import no.planverk.platform.api.Fields;
import no.planverk.platform.api.InvalidInputException;
import no.planverk.platform.api.Message;
import no.planverk.platform.api.NotFoundException;
import no.planverk.platform.persistence.api.JpaWork;
import org.apache.aries.jpa.template.JpaTemplate;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ReferenceCardinality;
import org.osgi.service.component.annotations.ReferencePolicy;
import org.osgi.service.component.annotations.ReferencePolicyOption;

@Component(service = no.planverk.measures.api.FollowUpReportService.class)
public class FollowUpReportServiceImpl implements no.planverk.measures.api.FollowUpReportService {

    private final JpaTemplate jpa;
    private volatile PlanDirectory directory;

    @Activate
    public FollowUpReportServiceImpl(@Reference MeasuresStore store) {
        this(store.jpa());
    }

    private FollowUpReportServiceImpl(JpaTemplate jpa) {
        this.jpa = jpa;
    }

    /** The service on a given template (tests). Not a second public constructor: DS would try it too and log an error. */
    public static FollowUpReportServiceImpl using(JpaTemplate jpa) {
        return new FollowUpReportServiceImpl(jpa);
    }

    @Reference(cardinality = ReferenceCardinality.OPTIONAL, policy = ReferencePolicy.DYNAMIC, policyOption = ReferencePolicyOption.GREEDY)
    public void setDirectory(PlanDirectory d) {
        this.directory = d;
    }

    void unsetDirectory(PlanDirectory d) {
        if (this.directory == d) {
            this.directory = null;
        }
    }

    @Override
    public FollowUpReport build(Long planId, String planName, int year) {
        if (planId == null && Fields.trim(planName) == null) {
            throw InvalidInputException.field("planId", Message.of("measures.annual.plan.required", "Name the plan to report on"));
        }
        if (year < 1900 || year > 2200) {
            throw InvalidInputException.field("year", Message.of("measures.year.range", "A year between 1900 and 2200, not {0}",
                    String.valueOf(year)));
        }
        PlanDirectory dir = directory;
        String name = planName;
        if (planId != null && dir != null) {
            PlanInfo plan = dir.plan(planId).orElseThrow(() -> NotFoundException.of("Plan", planId));
            name = plan.code() + " " + plan.title();
        }
        String key = MeasureEntity.planKey(planId, planName);
        String title = name;
        return JpaWork.read(jpa, em -> {
            List<Measure> measures = MeasureReads.records(em, em.createQuery("select m from MeasureEntity m where m.planKey = :k"
                    + " and (m.fromYear is null or m.fromYear <= :y) and (m.toYear is null or m.toYear >= :y) order by m.numberSort, m.id",
                    MeasureEntity.class).setParameter("k", key).setParameter("y", year).getResultList());
            if (measures.isEmpty() && em.createQuery("select count(m) from MeasureEntity m where m.planKey = :k", Long.class)
                    .setParameter("k", key).getSingleResult() == 0) {
                throw new NotFoundException(planId != null
                        ? Message.of("measures.annual.noMeasures.id", "The plan with id {0} has no measures", String.valueOf(planId))
                        : Message.of("measures.annual.noMeasures.name", "The plan ''{0}'' has no measures", String.valueOf(planName)));
            }
            Map<Long, List<StatusReport>> reports = new HashMap<>();
            if (!measures.isEmpty()) {
                em.createQuery("select r from ReportEntity r where r.measureId in :ids and r.periodYear = :y order by r.periodPart, r.id",
                        ReportEntity.class).setParameter("ids", measures.stream().map(Measure::id).toList()).setParameter("y", year)
                        .getResultList().forEach(r -> reports.computeIfAbsent(r.measureId(), k -> new ArrayList<>()).add(r.toRecord()));
            }
            // without the plans module a plan named by id has no title to show
            return assemble(planId, title != null ? title : "Plan " + planId, year, measures, reports, dir);
        });
    }

    static FollowUpReport assemble(Long planId, String name, int year, List<Measure> measures, Map<Long, List<StatusReport>> reports,
            PlanDirectory dir) {
        Map<Long, GoalInfo> goals = new HashMap<>();
        if (dir != null) {
            dir.goals(measures.stream().flatMap(m -> m.goalIds().stream()).distinct().toList()).forEach(g -> goals.put(g.id(), g));
        }
        Map<Long, List<FollowUpReport.Line>> byGoal = new LinkedHashMap<>();
        Map<String, List<FollowUpReport.Line>> byText = new LinkedHashMap<>();
        int completed = 0;
        int reported = 0;
        long cost = 0;
        long spent = 0;
        for (Measure m : measures) {
            List<StatusReport> rs = reports.getOrDefault(m.id(), List.of());
            StatusReport last = rs.stream().max(Comparator.comparing(StatusReport::period).thenComparing(StatusReport::reportedAt)).orElse(null);
            long c = m.years().stream().filter(y -> y.year() == year).map(YearAmount::costNok).filter(v -> v != null).mapToLong(Long::longValue)
                    .sum();
            long s = rs.stream().map(StatusReport::spentNok).filter(v -> v != null).mapToLong(Long::longValue).sum();
            FollowUpReport.Line line = new FollowUpReport.Line(m, last, c, s);
            Long goal = m.goalIds().stream().filter(g -> dir == null || goals.containsKey(g)).findFirst().orElse(null);
            if (goal != null) {
                byGoal.computeIfAbsent(goal, k -> new ArrayList<>()).add(line);
            } else {
                byText.computeIfAbsent(m.goalText() == null ? "" : m.goalText(), k -> new ArrayList<>()).add(line);
            }
            completed += last != null && last.status() == MeasureStatus.COMPLETED ? 1 : 0;
            reported += last != null ? 1 : 0;
            cost += c;
            spent += s;
        }
        List<FollowUpReport.Section> sections = new ArrayList<>();
        byGoal.entrySet().stream().sorted(Comparator.comparing(e -> sortKey(goals.get(e.getKey()), e.getKey()))).forEach(e -> {
            GoalInfo g = goals.get(e.getKey());
            sections.add(new FollowUpReport.Section(e.getKey(), g == null ? null : g.code(), g == null ? null : g.text(), e.getValue()));
        });
        byText.forEach((text, lines) -> sections.add(new FollowUpReport.Section(null, null, text.isEmpty() ? null : text, lines)));
        return new FollowUpReport(planId, name, year, sections,
                new FollowUpReport.Totals(measures.size(), completed, reported, cost, spent));
    }

    private static String sortKey(GoalInfo g, long id) {
        return g == null ? "~" + id : MeasureEntity.numberSort(g.code() == null ? "" : g.code().toLowerCase(Locale.ROOT));
    }

    @Override
    public byte[] pdf(FollowUpReport report, Locale locale) {
        return new ReportPdf(ReportTexts.of(locale)).render(report);
    }
}
