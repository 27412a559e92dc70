package no.planverk.ui.internal;

import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.vaadin.flow.component.ComponentUtil;
import com.vaadin.flow.component.PollEvent;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.login.LoginForm;
import java.util.List;
import java.util.concurrent.atomic.AtomicBoolean;
import no.planverk.platform.api.Role;
import no.planverk.platform.api.UserContext;
import no.planverk.ui.testing.ContributedViews;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The login page comes up before the modules while Planverk starts: until the database is there it says Planverk is
 * starting (not that the database is broken) and opens the form by itself once it is.
 */
class LoginStartingTest {

    @BeforeEach
    void setUp() {
        ContributedViews.setUp(List.of(), UserContext.of("lesar", Role.READER));
    }

    @AfterEach
    void tearDown() {
        ContributedViews.tearDown();
    }

    @Test
    void saysItIsStartingAndOpensTheFormWhenTheDatabaseIsThere() {
        AtomicBoolean starting = new AtomicBoolean(true);
        LoginViewProbe.showStarting(starting::get);
        Paragraph note = _get(Paragraph.class, s -> s.withId("planverk-starting"));
        assertTrue(note.getText().startsWith("Planverk startar."), note.getText());
        assertEquals("status", note.getElement().getAttribute("role"));
        assertTrue(_find(Paragraph.class, s -> s.withId("planverk-database-down")).isEmpty(), "not the 'database is down' alarm");
        assertFalse(_get(LoginForm.class).isEnabled());
        assertEquals(1000, UI.getCurrent().getPollInterval());

        poll();
        assertFalse(_get(LoginForm.class).isEnabled(), "still starting");

        starting.set(false);
        poll();
        assertTrue(_get(LoginForm.class).isEnabled());
        assertTrue(_find(Paragraph.class, s -> s.withId("planverk-starting")).isEmpty());
        assertEquals(-1, UI.getCurrent().getPollInterval());
    }

    @Test
    void noNoteAndNoPollingOnceStarted() {
        LoginViewProbe.showStarting(() -> false);
        assertTrue(_find(Paragraph.class, s -> s.withId("planverk-starting")).isEmpty());
        assertTrue(_get(LoginForm.class).isEnabled());
        assertEquals(-1, UI.getCurrent().getPollInterval());
    }

    private static void poll() {
        UI ui = UI.getCurrent();
        ComponentUtil.fireEvent(ui, new PollEvent(ui, true));
    }
}
