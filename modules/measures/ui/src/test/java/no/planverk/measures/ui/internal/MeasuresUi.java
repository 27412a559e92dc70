package no.planverk.measures.ui.internal;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import java.util.List;
import java.util.stream.Stream;
import no.planverk.measures.api.Funding;
import no.planverk.measures.api.Measure;
import no.planverk.measures.api.MeasureDraft;
import no.planverk.measures.api.MeasureKind;
import no.planverk.plans.api.Ownership;
import no.planverk.measures.api.Responsibility;
import no.planverk.measures.api.YearAmount;
import no.planverk.measures.core.internal.MeasuresFixture;
import no.planverk.measures.core.internal.MemoryPlans;
import no.planverk.measures.ui.internal.measure.MeasureContribution;
import no.planverk.measures.ui.internal.transfer.ImportContribution;
import no.planverk.measures.ui.internal.transfer.ReportContribution;
import no.planverk.platform.api.Role;
import no.planverk.platform.api.UserContext;
import no.planverk.ui.api.ViewContribution;
import no.planverk.ui.testing.ContributedViews;

/**
 * The measure views on the real measures services (in-memory Derby) in a mocked Vaadin UI, with the routes
 * registered as the shell does: the contributions create the views. With {@code withPlans} the plans
 * module's directory (Alver's KDP, Bergen's UH plan) is plugged in, as its bridge bundle would.
 */
public final class MeasuresUi implements AutoCloseable {

    public static final UserContext PLANNER = UserContext.of("planlegg", Role.PLANNER);
    public static final UserContext READER = UserContext.of("lesar", Role.READER);
    /** Leader of Bergen's services for people with developmental disabilities (measures 86-91). */
    public static final UserContext UH_LEADER = UserContext.of("uhleiar", Role.UNIT_LEADER).withUnits("BRG-UH");
    public static final String UH_PLAN = "Et helt liv med mening, vekst og utvikling";

    public final MeasuresFixture f = MeasuresFixture.inMemory();
    public final MemoryPlans plans = new MemoryPlans();
    public final int year = f.measures().currentPeriod().year();

    public MeasuresUi() {
        this(false);
    }

    /** The measure page's contribution, to give it facts of other modules. */
    public final MeasureContribution page;

    public MeasuresUi(boolean withPlans) {
        MeasuresContribution grid = new MeasuresContribution(f.measures(), f.units());
        page = new MeasureContribution(f.measures(), f.units());
        ReportContribution report = new ReportContribution(f.reports(), f.measures());
        if (withPlans) {
            f.directory(plans);
            grid.setDirectory(plans);
            page.setDirectory(plans);
            report.setDirectory(plans);
        }
        List<ViewContribution> contributions = List.of(grid, page, new UnitContribution(f.measures(), f.units()),
                new MissingContribution(f.measures(), f.units()), new ImportContribution(f.moduleTransfer(), f.transfer()), report);
        ContributedViews.setUp(contributions, PLANNER);
    }

    public static void signIn(UserContext user) {
        ContributedViews.signIn(user);
    }

    /** Navigates like a click on a link and returns the view that is shown. */
    public static <T extends Component> T open(String path, Class<T> view) {
        return ContributedViews.open(path, view);
    }

    public long unit(String code) {
        return f.units().id(code);
    }

    /** A measure of Bergen's UH plan (no plans module) running from last year to next, for the units. */
    public Measure bergen(String number, String title, String... unitCodes) {
        return f.measures().create(draft(number, title, unitCodes), PLANNER);
    }

    public MeasureDraft draft(String number, String title, String... unitCodes) {
        return new MeasureDraft(null, UH_PLAN, number, title, null, List.of(), "Gode og helhetlige helse- og omsorgstjenester",
                MeasureKind.MEASURE, null, null, Responsibility.UNITS, Stream.of(unitCodes).map(this::unit).toList(), null, year - 1,
                year + 1, List.of(new YearAmount(year, 500_000L, Funding.FUNDED)), Ownership.THIS_PLAN);
    }

    /** Bergen's measures 86-91 (seed 001) for the UH services; 88 (the care centre) has an unfunded year. */
    public List<Measure> seed() {
        Measure m88 = f.measures().create(new MeasureDraft(null, UH_PLAN, "88", "Bergen kommune vil etablere bosenter med"
                + " institusjonsrammer tilrettelagt for personer med komplekst og sammensatt bistandsbehov", null, List.of(),
                "Riktig bolig til rett tid", MeasureKind.MEASURE, null, null, Responsibility.UNITS, List.of(unit("BRG-UH")), null,
                year, year + 2, List.of(new YearAmount(year, 650_000L, Funding.NOT_FUNDED), new YearAmount(year + 1, 2_000_000L,
                Funding.FUNDED)), Ownership.THIS_PLAN), PLANNER);
        return List.of(bergen("86", "Bergen kommune vil styrke Forvaltningsenhet i ETTU sin koordinerende funksjon", "BRG-UH"),
                bergen("87", "Bergen kommune vil etablere en barnebolig med plass for 3 til 5 barn", "BRG-UH"), m88,
                bergen("89", "Bergen kommune vil gå i dialog med KS og Statsforvalter om kompetansekravet", "BRG-BEHO"),
                bergen("90", "Bergen kommune vil sikre en god start for nyansatte i Etat for tjenester til utviklingshemmede", "BRG-UH"),
                bergen("91", "Bergen kommune vil sikre oppgradering av personalfasiliteter i bofellesskap", "BRG-SHJ"));
    }

    /** The texts of the notifications shown so far. */
    public static List<String> notifications() {
        return ContributedViews.notifications();
    }

    @Override
    public void close() {
        ContributedViews.tearDown();
        f.close();
    }
}
