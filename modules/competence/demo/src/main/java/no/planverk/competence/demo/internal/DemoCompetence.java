package no.planverk.competence.demo.internal;

import java.util.List;
import no.planverk.competence.api.BenchmarkDraft;
import no.planverk.competence.api.BenchmarkKind;
import no.planverk.competence.api.Category;
import no.planverk.competence.api.CompetenceMeasureDraft;
import no.planverk.competence.api.CompetenceMeasureKind;
import no.planverk.competence.api.CompetenceMeasureService;
import no.planverk.competence.api.FileFormat;
import no.planverk.competence.api.FulltimeService;
import no.planverk.competence.api.ImportResult;
import no.planverk.competence.api.RequirementDraft;
import no.planverk.competence.api.RequirementService;
import no.planverk.competence.api.WorkforceService;
import no.planverk.platform.api.OrgUnitService;
import no.planverk.platform.api.UserContext;
import no.planverk.platform.demo.DemoUnitsLoaded;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Loads the demo register ({@link DemoWorkforce}) through the import once, when the register is empty, with
 * example requirements, benchmarks and competence measures. Figures marked "døme" are examples, not official ones.
 */
@Component(immediate = true)
public class DemoCompetence {

    private static final Logger LOG = LoggerFactory.getLogger(DemoCompetence.class);
    static final UserContext DEMO = UserContext.system("demo");

    @Activate
    public DemoCompetence(@Reference DemoUnitsLoaded loaded, @Reference OrgUnitService units, @Reference WorkforceService workforce,
            @Reference RequirementService requirements, @Reference FulltimeService fulltime, @Reference CompetenceMeasureService measures) {
        load(units, workforce, requirements, fulltime, measures);
    }

    /** True when it loaded, false when the register had rows already (or the file was refused, which is logged). */
    static synchronized boolean load(OrgUnitService units, WorkforceService workforce, RequirementService requirements,
            FulltimeService fulltime, CompetenceMeasureService measures) {
        if (workforce.latestYear() != null) {
            LOG.info("Demo competence data is there already");
            return false;
        }
        ImportResult r = workforce.importData(FileFormat.CSV, DemoWorkforce.csv(), DEMO);
        if (!r.committed()) {
            LOG.error("Demo workforce was not loaded: {}", r.errors());
            return false;
        }
        requirements(units, requirements);
        benchmarks(units, fulltime);
        measures(units, measures);
        LOG.info("Demo competence data: {} positions ({} FTE over {} years), requirements, benchmarks and measures", r.positions(),
                Math.round(r.fte()), DemoWorkforce.LAST_YEAR - DemoWorkforce.FIRST_YEAR + 1);
        return true;
    }

    private static long id(OrgUnitService units, String code) {
        return units.findByCode(code).orElseThrow(() -> new IllegalStateException("Demo unit " + code + " is missing")).id();
    }

    static void requirements(OrgUnitService units, RequirementService requirements) {
        long inst = id(units, "ALV-HO-INST");
        long heim = id(units, "ALV-HO-HEIM");
        List<RequirementDraft> all = List.of(
                new RequirementDraft(inst, Category.SJUKEPLEIAR, null, 0.30, false, null, "Lokal norm for fagleg forsvarleg bemanning (døme)"),
                new RequirementDraft(inst, Category.LEGE, 5.0, null, true,
                        "Forskrift for sykehjem og boform for heldøgns omsorg og pleie, kap. 4 (lege); norm i døme", null),
                new RequirementDraft(heim, Category.HELSEFAGARBEIDAR, null, 0.35, false, null, "Lokal norm (døme)"),
                new RequirementDraft(heim, Category.SJUKEPLEIAR, 120.0, null, false, null, "Behov etter tenestetilbodet 2025 (døme)"),
                new RequirementDraft(id(units, "BRG-UH"), Category.VERNEPLEIAR, null, 0.25, true,
                        "Helse- og omsorgstjenesteloven kap. 9, § 9-9 (kompetansekrav ved bruk av tvang og makt)",
                        "Bergens nye mål 2024: bruk av tvang skal i minst mogleg grad føre til avvik frå kompetansekravet (tiltak 89)"));
        all.forEach(d -> requirements.create(d, DEMO));
    }

    static void benchmarks(OrgUnitService units, FulltimeService fulltime) {
        double[][] national = {{2022, 0.37, 72}, {2023, 0.38, 73}, {2024, 0.40, 74}, {2025, 0.41, 75}};
        for (double[] n : national) {
            fulltime.create(new BenchmarkDraft(BenchmarkKind.NATIONAL, (int) n[0], null, n[1], n[2],
                    "Døme: legg inn KS sine tal for helse og omsorg"), DEMO);
        }
        fulltime.create(new BenchmarkDraft(BenchmarkKind.TARGET, 2025, id(units, "ALV-HO"), 0.41, null,
                "KDP HSO: auka delen heiltidsstillingar til gjennomsnittsnivået for landet"), DEMO);
    }

    static void measures(OrgUnitService units, CompetenceMeasureService measures) {
        long uh = id(units, "BRG-UH");
        long ho = id(units, "ALV-HO");
        List<CompetenceMeasureDraft> all = List.of(
                new CompetenceMeasureDraft(uh, CompetenceMeasureKind.MENTOR, "Mentorordning og opplærings- og aktivitetsplan for nytilsette",
                        null, 2025, 40, 28, null, "Bergen tiltak 90 (seed 001)"),
                new CompetenceMeasureDraft(uh, CompetenceMeasureKind.COURSE, "Opplæring i kap. 9: tvang og makt", Category.VERNEPLEIAR, 2025,
                        60, 45, null, "Bergen tiltak 89: færre avvik frå kompetansekravet"),
                new CompetenceMeasureDraft(ho, CompetenceMeasureKind.APPRENTICES, "Lærlingar i helsearbeidarfaget", Category.HELSEFAGARBEIDAR,
                        2025, 12, 9, null, "Attraktiv praksisarena for lærlingar (KDP HSO kap. 6)"),
                new CompetenceMeasureDraft(id(units, "ALV-HO-INST"), CompetenceMeasureKind.STUDENTS, "Praksisplassar for sjukepleiestudentar",
                        Category.SJUKEPLEIAR, 2025, 30, 26, null, null),
                new CompetenceMeasureDraft(id(units, "ALV-HO-HEIM"), CompetenceMeasureKind.COURSE, "Vidareutdanning i demensomsorg",
                        Category.HELSEFAGARBEIDAR, 2025, 15, 11, null, null),
                new CompetenceMeasureDraft(ho, CompetenceMeasureKind.RECRUITMENT, "Prosjekt heiltidskultur: heile stillingar ved nytilsetjing",
                        null, 2026, 0, null, null, "KDP HSO: Vi skal ha ein heiltidskultur, der hovudregelen er heile stillingar"));
        all.forEach(d -> measures.create(d, DEMO));
    }
}
