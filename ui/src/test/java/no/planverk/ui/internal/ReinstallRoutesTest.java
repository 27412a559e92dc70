package no.planverk.ui.internal;

import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.github.mvysny.kaributesting.v10.MockVaadin;
import com.github.mvysny.kaributesting.v10.Routes;
import com.github.mvysny.kaributesting.v10.mock.MockService;
import com.github.mvysny.kaributesting.v10.mock.MockVaadinServlet;
import com.github.mvysny.kaributesting.v10.mock.MockedUI;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.di.Instantiator;
import com.vaadin.flow.function.DeploymentConfiguration;
import com.vaadin.flow.router.BeforeEvent;
import com.vaadin.flow.router.HasUrlParameter;
import com.vaadin.flow.router.NotFoundException;
import com.vaadin.flow.router.RouteConfiguration;
import com.vaadin.flow.server.ServiceException;
import com.vaadin.flow.server.VaadinServletService;
import com.vaadin.flow.server.VaadinSession;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import no.planverk.platform.api.Role;
import no.planverk.platform.api.UserContext;
import no.planverk.ui.api.MenuEntry;
import no.planverk.ui.api.Texts;
import no.planverk.ui.api.ViewContribution;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * A module uninstalled and installed again brings new classes (a new bundle class loader) for the same paths: the shell
 * must remove every route the old classes had, parameter templates included, so the new ones can be routed and the old
 * ones can never be opened again (issue 20: "Unable to create an instance of MeasureView").
 */
class ReinstallRoutesTest {

    /** A list page of the "first install". */
    public static class ListV1 extends Div {
        private static final long serialVersionUID = 1L;
    }

    /** Its detail page, with a URL parameter. */
    public static class DetailV1 extends Div implements HasUrlParameter<Long> {
        private static final long serialVersionUID = 1L;

        @Override
        public void setParameter(BeforeEvent event, Long id) {
            setText("v1 " + id);
        }
    }

    /** The same pages after the reinstall: other classes, same paths. */
    public static class ListV2 extends Div {
        private static final long serialVersionUID = 1L;
    }

    public static class DetailV2 extends Div implements HasUrlParameter<Long> {
        private static final long serialVersionUID = 1L;

        @Override
        public void setParameter(BeforeEvent event, Long id) {
            setText("v2 " + id);
        }
    }

    /** Like a contributed view of a module bundle: instances only through {@link #create()} (no no-arg use). */
    static ViewContribution view(String path, Class<? extends Component> type, MenuEntry menu) {
        return new ViewContribution() {
            @Override
            public String path() {
                return path;
            }

            @Override
            public Class<? extends Component> viewClass() {
                return type;
            }

            @Override
            public Component create() {
                try {
                    return type.getDeclaredConstructor().newInstance();
                } catch (ReflectiveOperationException e) {
                    throw new IllegalStateException(e);
                }
            }

            @Override
            public MenuEntry menu() {
                return menu;
            }
        };
    }

    final ShellRegistry registry = new ShellRegistry(null);
    final ViewContribution home = view("", HomeView.class, null);

    /** Karibu's servlet with the shell's instantiator and access control, as PlanverkService sets them up. */
    final class Servlet extends MockVaadinServlet {
        private static final long serialVersionUID = 1L;

        Servlet() {
            super(new Routes(new HashSet<>(), new HashSet<>(Set.of(NotFoundView.class)), true), MockedUI::new);
        }

        @Override
        protected VaadinServletService createServletService(DeploymentConfiguration configuration) throws ServiceException {
            MockService service = new MockService(this, configuration, MockedUI::new) {
                private static final long serialVersionUID = 1L;
                private transient Instantiator instantiator;

                @Override
                public Instantiator getInstantiator() {
                    if (instantiator == null) {
                        instantiator = new ShellInstantiator(this, registry);
                    }
                    return instantiator;
                }
            };
            service.init();
            getRoutes().register(service.getContext());
            return service;
        }
    }

    /** The home page of the test: an empty div (the real one needs services). */
    public static class HomeView extends Div {
        private static final long serialVersionUID = 1L;
    }

    @BeforeEach
    void setUp() {
        MockVaadin.setup(MockedUI::new, new Servlet());
        UI.getCurrent().setLocale(Texts.NYNORSK);
        VaadinSession.getCurrent().setAttribute(UserContext.class, UserContext.of("planlegg", Role.PLANNER));
        registry.addView(home);
        registry.attach(RouteConfiguration.forApplicationScope());
        UI.getCurrent().addBeforeEnterListener(new AccessControl(registry));
    }

    @AfterEach
    void tearDown() {
        MockVaadin.tearDown();
    }

    @Test
    void aReinstalledModuleOpensItsListAndDetailPages() {
        ViewContribution list1 = view("things", ListV1.class, new MenuEntry(l -> "Ting", com.vaadin.flow.component.icon.VaadinIcon.LIST, 10));
        ViewContribution detail1 = view("things/thing", DetailV1.class, null);
        registry.addView(list1);
        registry.addView(detail1);
        UI.getCurrent().navigate("things/thing/7");
        assertEquals("v1 7", _get(DetailV1.class).getText());

        registry.removeView(detail1);
        registry.removeView(list1);
        registry.addView(view("things", ListV2.class, new MenuEntry(l -> "Ting", com.vaadin.flow.component.icon.VaadinIcon.LIST, 10)));
        registry.addView(view("things/thing", DetailV2.class, null));

        UI.getCurrent().navigate("things/thing/7");
        assertEquals("v2 7", _get(DetailV2.class).getText());
        UI.getCurrent().navigate("things");
        _get(ListV2.class);
        assertEquals(List.of("things"), registry.menuFor(UserContext.of("planlegg", Role.PLANNER)).stream()
                .map(ViewContribution::path).toList());
    }

    @Test
    void anUninstalledModulesPagesAreNotFoundWithAndWithoutParameter() {
        ViewContribution list1 = view("things", ListV1.class, null);
        ViewContribution detail1 = view("things/thing", DetailV1.class, null);
        registry.addView(list1);
        registry.addView(detail1);
        registry.removeView(detail1);
        registry.removeView(list1);

        // no server route is left (Karibu answers that with NotFoundException where the browser shows NotFoundView)
        assertThrows(NotFoundException.class, () -> UI.getCurrent().navigate("things/thing/7"));
        assertThrows(NotFoundException.class, () -> UI.getCurrent().navigate("things"));
        assertTrue(RouteConfiguration.forApplicationScope().getRoute("things/thing/7").isEmpty());
        assertTrue(_find(DetailV1.class).isEmpty());
    }

    @Test
    void aStaleClassIsNeverInstantiatedEvenIfARouteToItRemains() {
        ViewContribution detail1 = view("things/thing", DetailV1.class, null);
        registry.addView(detail1);
        registry.removeView(detail1);
        // a route to the class left behind by anything other than the registry: access control still refuses it
        RouteConfiguration.forApplicationScope().setRoute("elsewhere", DetailV1.class);
        UI.getCurrent().navigate("elsewhere/3");
        _get(NotFoundView.class);
        assertTrue(_find(DetailV1.class).isEmpty());
        // the not-found page has a document title (axe-core: document-title)
        assertEquals("Fann ikkje sida – Planverk", UI.getCurrent().getInternals().getTitle());
    }

    @Test
    void aSecondClaimOnAPathWaitsAndTakesOverWhenTheFirstGoes() {
        ViewContribution first = view("things/thing", DetailV1.class, null);
        ViewContribution second = view("things/thing", DetailV2.class, null);
        registry.addView(first);
        registry.addView(second);
        UI.getCurrent().navigate("things/thing/1");
        assertEquals("v1 1", _get(DetailV1.class).getText());
        registry.removeView(first);
        UI.getCurrent().navigate("things/thing/2");
        assertEquals("v2 2", _get(DetailV2.class).getText());
        registry.removeView(second);
        assertThrows(NotFoundException.class, () -> UI.getCurrent().navigate("things/thing/3"));
    }
}
