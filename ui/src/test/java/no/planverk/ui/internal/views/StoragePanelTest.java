package no.planverk.ui.internal.views;

import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.login.LoginForm;
import java.util.List;
import no.planverk.platform.api.Role;
import no.planverk.platform.api.StorageGuard;
import no.planverk.platform.api.StorageStatus;
import no.planverk.platform.api.UserContext;
import no.planverk.ui.testing.ContributedViews;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** The about page tells everyone when changes are refused for a full disk, and admins the free space and newest backup. */
class StoragePanelTest {

    static final long MB = 1024 * 1024;
    static final StorageGuard FULL = () -> new StorageStatus(true, false, "/srv/planverk/data/derby", 120 * MB, 256 * MB,
            "/srv/planverk/data/backup/auto/planverk-20261206-023000", "below the reserve");
    static final StorageGuard ROOMY = () -> new StorageStatus(true, true, "/srv/planverk/data/derby", 48_000 * MB, 256 * MB, null, "OK");

    @AfterEach
    void tearDown() {
        ContributedViews.tearDown();
    }

    static void open(UserContext user) {
        ContributedViews.setUp(List.of(), user);
    }

    @Test
    void anAdminSeesFreeSpaceTheReserveAndTheNewestBackup() {
        open(UserContext.of("admin", Role.ADMIN));
        StoragePanel panel = new StoragePanel(FULL, true);
        assertTrue(panel.warning.isVisible());
        assertTrue(panel.warning.getText().contains("nesten full"), panel.warning.getText());
        String texts = panel.getChildren().filter(Paragraph.class::isInstance).map(p -> ((Paragraph) p).getText()).toList().toString();
        assertTrue(texts.contains("Ledig på disken til databasen: 120 MB. 256 MB blir haldne av"), texts);
        assertTrue(texts.contains("planverk-20261206-023000"), texts);
    }

    @Test
    void noWarningWhileThereIsRoom() {
        open(UserContext.of("admin", Role.ADMIN));
        StoragePanel panel = new StoragePanel(ROOMY, true);
        assertFalse(panel.warning.isVisible());
        String texts = panel.getChildren().filter(Paragraph.class::isInstance).map(p -> ((Paragraph) p).getText()).toList().toString();
        assertTrue(texts.contains("48 000 MB") || texts.contains("48\u00a0000 MB"), texts);
        assertTrue(texts.contains("Ingen tryggleikskopi"), texts);
    }

    @Test
    void othersSeeOnlyTheWarning() {
        open(UserContext.of("lesar", Role.READER));
        StoragePanel panel = new StoragePanel(FULL, false);
        assertTrue(panel.warning.isVisible());
        assertEquals(1, panel.getChildren().count());
    }

    @Test
    void theLoginPageSaysTheDatabaseIsDownAndTakesNoLogin() {
        open(UserContext.of("lesar", Role.READER));
        no.planverk.ui.internal.LoginViewProbe.show(() -> true);
        assertTrue(_get(Paragraph.class, s -> s.withId("planverk-database-down")).getText().contains("får ikkje opna databasen"));
        assertFalse(_get(LoginForm.class).isEnabled());
    }

    @Test
    void theLoginPageIsQuietWhenTheDatabaseAnswers() {
        open(UserContext.of("lesar", Role.READER));
        no.planverk.ui.internal.LoginViewProbe.show(() -> false);
        assertTrue(_find(Paragraph.class, s -> s.withId("planverk-database-down")).isEmpty());
        assertTrue(_get(LoginForm.class).isEnabled());
    }
}
