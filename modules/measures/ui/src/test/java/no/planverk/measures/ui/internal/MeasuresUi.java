package no.planverk.measures.ui.internal;

import com.github.mvysny.kaributesting.v10.LocatorJ;
import com.github.mvysny.kaributesting.v10.MockVaadin;
import com.github.mvysny.kaributesting.v10.NotificationsKt;
import com.github.mvysny.kaributesting.v10.Routes;
import com.github.mvysny.kaributesting.v10.mock.MockService;
import com.github.mvysny.kaributesting.v10.mock.MockVaadinServlet;
import com.github.mvysny.kaributesting.v10.mock.MockedUI;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.di.Instantiator;
import com.vaadin.flow.function.DeploymentConfiguration;
import com.vaadin.flow.i18n.I18NProvider;
import com.vaadin.flow.router.RouteConfiguration;
import com.vaadin.flow.server.ServiceException;
import com.vaadin.flow.server.VaadinServiceInitListener;
import com.vaadin.flow.server.VaadinServletService;
import com.vaadin.flow.server.VaadinSession;
import com.vaadin.flow.server.auth.MenuAccessControl;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import no.planverk.measures.api.Funding;
import no.planverk.measures.api.Measure;
import no.planverk.measures.api.MeasureDraft;
import no.planverk.measures.api.MeasureKind;
import no.planverk.measures.api.Ownership;
import no.planverk.measures.api.Responsibility;
import no.planverk.measures.api.YearAmount;
import no.planverk.measures.core.internal.MeasuresFixture;
import no.planverk.measures.core.internal.MemoryPlans;
import no.planverk.measures.ui.internal.measure.MeasureContribution;
import no.planverk.measures.ui.internal.transfer.ImportContribution;
import no.planverk.measures.ui.internal.transfer.ReportContribution;
import no.planverk.platform.api.Role;
import no.planverk.platform.api.UserContext;
import no.planverk.ui.api.Texts;
import no.planverk.ui.api.ViewContribution;

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

    public MeasuresUi(boolean withPlans) {
        MeasuresContribution grid = new MeasuresContribution(f.measures(), f.units());
        MeasureContribution page = new MeasureContribution(f.measures(), f.units());
        ReportContribution report = new ReportContribution(f.reports(), f.measures());
        if (withPlans) {
            f.directory(plans);
            grid.setDirectory(plans);
            page.setDirectory(plans);
            report.setDirectory(plans);
        }
        List<ViewContribution> contributions = List.of(grid, page, new UnitContribution(f.measures(), f.units()),
                new MissingContribution(f.measures(), f.units()), new ImportContribution(f.transfer()), report);
        Map<Class<?>, ViewContribution> views = contributions.stream().collect(Collectors.toMap(ViewContribution::viewClass, v -> v));
        MockVaadin.setup(MockedUI::new, new Servlet(views));
        UI.getCurrent().setLocale(Texts.NYNORSK);
        signIn(PLANNER);
        RouteConfiguration routes = RouteConfiguration.forApplicationScope();
        contributions.forEach(v -> routes.setRoute(v.path(), v.viewClass()));
    }

    public static void signIn(UserContext user) {
        VaadinSession.getCurrent().setAttribute(UserContext.class, user);
    }

    /** Navigates like a click on a link and returns the view that is shown. */
    public static <T extends Component> T open(String path, Class<T> view) {
        UI.getCurrent().navigate(path);
        return LocatorJ._get(view);
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
        return NotificationsKt.getNotifications().stream().map(n -> n.getElement().getProperty("text")).toList();
    }

    @Override
    public void close() {
        MockVaadin.tearDown();
        f.close();
    }

    /** Karibu's instantiator, except that contributed views come from their contributions. */
    static final class ViewsFirst implements Instantiator {
        private static final long serialVersionUID = 1L;
        private final Instantiator base;
        private final transient Map<Class<?>, ViewContribution> views;

        ViewsFirst(Instantiator base, Map<Class<?>, ViewContribution> views) {
            this.base = base;
            this.views = views;
        }

        @Override
        public <T> T getOrCreate(Class<T> type) {
            ViewContribution v = views.get(type);
            return v == null ? base.getOrCreate(type) : type.cast(v.create());
        }

        @Override
        public Stream<VaadinServiceInitListener> getServiceInitListeners() {
            return base.getServiceInitListeners();
        }

        @Override
        public <T extends Component> T createComponent(Class<T> type) {
            return base.createComponent(type);
        }

        @Override
        public I18NProvider getI18NProvider() {
            return base.getI18NProvider();
        }

        @Override
        public MenuAccessControl getMenuAccessControl() {
            return base.getMenuAccessControl();
        }
    }

    /** Karibu's servlet with an instantiator that asks the contributions first, like the shell's. */
    static final class Servlet extends MockVaadinServlet {
        private static final long serialVersionUID = 1L;
        private final transient Map<Class<?>, ViewContribution> views;

        Servlet(Map<Class<?>, ViewContribution> views) {
            super(new Routes(), MockedUI::new);
            this.views = views;
        }

        @Override
        protected VaadinServletService createServletService(DeploymentConfiguration configuration) throws ServiceException {
            MockService service = new MockService(this, configuration, MockedUI::new) {
                private static final long serialVersionUID = 1L;

                @Override
                public Instantiator getInstantiator() {
                    return new ViewsFirst(super.getInstantiator(), views);
                }
            };
            service.init();
            getRoutes().register(service.getContext());
            return service;
        }
    }
}
