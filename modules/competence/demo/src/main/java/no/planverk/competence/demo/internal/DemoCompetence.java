package no.planverk.competence.demo.internal;

import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.Future;
import no.planverk.competence.api.BenchmarkDraft;
import no.planverk.competence.api.BenchmarkKind;
import no.planverk.competence.api.Category;
import no.planverk.competence.api.CompetenceMeasureDraft;
import no.planverk.competence.api.CompetenceMeasureKind;
import no.planverk.competence.api.CompetenceMeasureService;
import no.planverk.competence.api.FileFormat;
import no.planverk.competence.api.FulltimeService;
import no.planverk.competence.api.RequirementDraft;
import no.planverk.competence.api.RequirementService;
import no.planverk.competence.api.WorkforceService;
import no.planverk.platform.api.OrgUnitService;
import no.planverk.platform.api.UserContext;
import no.planverk.platform.api.transfer.ImportSummary;
import no.planverk.platform.demo.DemoUnitsLoaded;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Deactivate;
import org.osgi.service.component.annotations.Reference;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Loads the demo register ({@link DemoWorkforce}) of each municipality of the demo through the import, once (when that
 * municipality's units have no rows), with example requirements, benchmarks and competence measures. Figures marked
 * "døme" are examples, not official ones.
 */
@Component(immediate = true)
public class DemoCompetence {

    private static final Logger LOG = LoggerFactory.getLogger(DemoCompetence.class);
    static final UserContext DEMO = UserContext.system("demo");

    private final Future<?> job;

    /** The services the demo fills. */
    record Services(OrgUnitService units, WorkforceService workforce, RequirementService requirements, FulltimeService fulltime,
            CompetenceMeasureService measures) {
    }

    @Activate
    public DemoCompetence(@Reference DemoUnitsLoaded loaded, @Reference OrgUnitService units, @Reference WorkforceService workforce,
            @Reference RequirementService requirements, @Reference FulltimeService fulltime, @Reference CompetenceMeasureService measures) {
        Services s = new Services(units, workforce, requirements, fulltime, measures);
        job = loaded.load("competence", () -> load(loaded.municipalities(), s));
    }

    @Deactivate
    void stop() {
        job.cancel(false);
    }

    /** The municipalities loaded now; those whose units have register rows already are left as they are. */
    static synchronized Set<String> load(Set<String> municipalities, Services s) {
        Set<String> done = new TreeSet<>();
        for (String m : new TreeSet<>(municipalities)) {
            String root = m.equals(DemoUnitsLoaded.ALVER) ? "ALV-HO" : m.equals(DemoUnitsLoaded.BERGEN) ? "BRG-UH" : null;
            if (root == null || s.units().findByCode(root).isEmpty()) {
                continue;
            }
            if (s.workforce().summary(id(s, root), null).positions() > 0) {
                LOG.info("Demo competence data of {} is there already", m);
                continue;
            }
            ImportSummary r = s.workforce().importData(FileFormat.CSV, DemoWorkforce.csv(List.of(m.equals(DemoUnitsLoaded.ALVER) ? "ALV-"
                    : "BRG-")), DEMO);
            if (!r.committed()) {
                LOG.error("Demo workforce of {} was not loaded: {}", m, r.errors());
                continue;
            }
            national(s.fulltime());
            if (m.equals(DemoUnitsLoaded.ALVER)) {
                alver(s);
            } else {
                bergen(s);
            }
            LOG.info("Demo competence data of {}: {} positions ({} FTE in {} register years), requirements and measures", m,
                    r.created(), Math.round(r.figure("fte")), DemoWorkforce.LAST_YEAR - DemoWorkforce.FIRST_YEAR + 1);
            done.add(m);
        }
        return done;
    }

    private static long id(Services s, String code) {
        return s.units().findByCode(code).orElseThrow(() -> new IllegalStateException("Demo unit " + code + " is missing")).id();
    }

    /** Example national figures 2022-2025, once for both municipalities. */
    static void national(FulltimeService fulltime) {
        if (fulltime.benchmarks().stream().anyMatch(b -> b.kind() == BenchmarkKind.NATIONAL)) {
            return;
        }
        double[][] national = {{2022, 0.37, 72}, {2023, 0.38, 73}, {2024, 0.40, 74}, {2025, 0.41, 75}};
        for (double[] n : national) {
            fulltime.create(new BenchmarkDraft(BenchmarkKind.NATIONAL, (int) n[0], null, n[1], n[2],
                    "Døme: legg inn KS sine tal for helse og omsorg"), DEMO);
        }
    }

    static void alver(Services s) {
        long inst = id(s, "ALV-HO-INST");
        long heim = id(s, "ALV-HO-HEIM");
        long ho = id(s, "ALV-HO");
        List.of(new RequirementDraft(inst, Category.SJUKEPLEIAR, null, 0.30, false, null, "Lokal norm for fagleg forsvarleg bemanning (døme)"),
                new RequirementDraft(inst, Category.LEGE, 5.0, null, true,
                        "Forskrift for sykehjem og boform for heldøgns omsorg og pleie, kap. 4 (lege); norm i døme", null),
                new RequirementDraft(heim, Category.HELSEFAGARBEIDAR, null, 0.35, false, null, "Lokal norm (døme)"),
                new RequirementDraft(heim, Category.SJUKEPLEIAR, 120.0, null, false, null, "Behov etter tenestetilbodet 2025 (døme)"))
                .forEach(d -> s.requirements().create(d, DEMO));
        s.fulltime().create(new BenchmarkDraft(BenchmarkKind.TARGET, 2025, ho, 0.41, null,
                "KDP HSO: auka delen heiltidsstillingar til gjennomsnittsnivået for landet"), DEMO);
        List.of(new CompetenceMeasureDraft(ho, CompetenceMeasureKind.APPRENTICES, "Lærlingar i helsearbeidarfaget", Category.HELSEFAGARBEIDAR,
                        2025, 12, 9, null, "Attraktiv praksisarena for lærlingar (KDP HSO kap. 6)"),
                new CompetenceMeasureDraft(inst, CompetenceMeasureKind.STUDENTS, "Praksisplassar for sjukepleiestudentar", Category.SJUKEPLEIAR,
                        2025, 30, 26, null, null),
                new CompetenceMeasureDraft(heim, CompetenceMeasureKind.COURSE, "Vidareutdanning i demensomsorg", Category.HELSEFAGARBEIDAR, 2025,
                        15, 11, null, null),
                new CompetenceMeasureDraft(ho, CompetenceMeasureKind.RECRUITMENT, "Prosjekt heiltidskultur: heile stillingar ved nytilsetjing",
                        null, 2026, 0, null, null, "KDP HSO: Vi skal ha ein heiltidskultur, der hovudregelen er heile stillingar"))
                .forEach(d -> s.measures().create(d, DEMO));
    }

    static void bergen(Services s) {
        long uh = id(s, "BRG-UH");
        s.requirements().create(new RequirementDraft(uh, Category.VERNEPLEIAR, null, 0.25, true,
                "Helse- og omsorgstjenesteloven kap. 9, § 9-9 (kompetansekrav ved bruk av tvang og makt)",
                "Bergens nye mål 2024: bruk av tvang skal i minst mogleg grad føre til avvik frå kompetansekravet (tiltak 89)"), DEMO);
        List.of(new CompetenceMeasureDraft(uh, CompetenceMeasureKind.MENTOR, "Mentorordning og opplærings- og aktivitetsplan for nytilsette",
                        null, 2025, 40, 28, null, "Bergen tiltak 90 (seed 001)"),
                new CompetenceMeasureDraft(uh, CompetenceMeasureKind.COURSE, "Opplæring i kap. 9: tvang og makt", Category.VERNEPLEIAR, 2025,
                        60, 45, null, "Bergen tiltak 89: færre avvik frå kompetansekravet"))
                .forEach(d -> s.measures().create(d, DEMO));
    }
}
