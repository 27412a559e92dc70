package no.planverk.ui.testing;

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
import no.planverk.platform.api.UserContext;
import no.planverk.ui.api.Texts;
import no.planverk.ui.api.ViewContribution;

/**
 * Module views in a mocked Vaadin UI (Karibu) with their routes registered as the shell does: the
 * contributions create the views, so navigation works as in Karaf. For the modules' view tests (the
 * shell's test-jar).
 */
public final class ContributedViews {

    private ContributedViews() {
    }

    /** Sets up Vaadin in nynorsk with these contributions' routes and {@code user} signed in. */
    public static void setUp(List<ViewContribution> contributions, UserContext user) {
        Map<Class<?>, ViewContribution> views = contributions.stream().collect(Collectors.toMap(ViewContribution::viewClass, v -> v));
        MockVaadin.setup(MockedUI::new, new Servlet(views));
        UI.getCurrent().setLocale(Texts.NYNORSK);
        signIn(user);
        RouteConfiguration routes = RouteConfiguration.forApplicationScope();
        contributions.forEach(v -> routes.setRoute(v.path(), v.viewClass()));
    }

    public static void tearDown() {
        MockVaadin.tearDown();
    }

    public static void signIn(UserContext user) {
        VaadinSession.getCurrent().setAttribute(UserContext.class, user);
    }

    /** Navigates like a click on a link and returns the view that is shown. */
    public static <T extends Component> T open(String path, Class<T> view) {
        UI.getCurrent().navigate(path);
        return LocatorJ._get(view);
    }

    /** The texts of the notifications shown so far. */
    public static List<String> notifications() {
        return NotificationsKt.getNotifications().stream().map(n -> n.getElement().getProperty("text")).toList();
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
