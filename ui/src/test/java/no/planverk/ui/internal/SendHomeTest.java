package no.planverk.ui.internal;

import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.github.mvysny.kaributesting.v10.MockVaadin;
import com.github.mvysny.kaributesting.v10.NotificationsKt;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.router.RouteConfiguration;
import no.planverk.ui.api.MenuEntry;
import no.planverk.ui.api.ViewContribution;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** A user on a view whose module is uninstalled goes home with a message; users elsewhere stay where they are. */
class SendHomeTest {

    public static class Home extends Div {
        private static final long serialVersionUID = 1L;
    }

    public static class Removed extends Div {
        private static final long serialVersionUID = 1L;
    }

    public static class Other extends Div {
        private static final long serialVersionUID = 1L;
    }

    static ViewContribution view(String path, Class<? extends Component> type) {
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
                return new Div();
            }

            @Override
            public MenuEntry menu() {
                return null;
            }
        };
    }

    final ShellRegistry registry = new ShellRegistry(null);

    @BeforeEach
    void setUp() {
        MockVaadin.setup();
        RouteConfiguration routes = RouteConfiguration.forApplicationScope();
        routes.setRoute("", Home.class);
        routes.setRoute("removed", Removed.class);
        routes.setRoute("other", Other.class);
        UI.getCurrent().setLocale(no.planverk.ui.api.Texts.NYNORSK);
        registry.track(UI.getCurrent());
    }

    @AfterEach
    void tearDown() {
        MockVaadin.tearDown();
    }

    @Test
    void aUserOnTheRemovedViewGoesHome() {
        ViewContribution removed = view("removed", Removed.class);
        registry.addView(removed);
        UI.getCurrent().navigate("removed");
        _get(Removed.class);
        registry.removeView(removed);
        MockVaadin.clientRoundtrip();
        _get(Home.class);
        assertEquals(1, NotificationsKt.getNotifications().size());
        assertTrue(NotificationsKt.getNotifications().get(0).getElement().getProperty("text").contains("avinstallert"));
    }

    @Test
    void othersStay() {
        ViewContribution removed = view("removed", Removed.class);
        registry.addView(removed);
        UI.getCurrent().navigate("other");
        registry.removeView(removed);
        MockVaadin.clientRoundtrip();
        _get(Other.class);
        assertTrue(NotificationsKt.getNotifications().isEmpty());
    }
}
