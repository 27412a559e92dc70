package no.planverk.ui.internal.views;

import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.vaadin.flow.component.html.Paragraph;
import java.util.List;
import no.planverk.platform.api.ModuleInfo;
import no.planverk.platform.api.Role;
import no.planverk.platform.api.UserContext;
import no.planverk.ui.testing.ContributedViews;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** After a first start the home page says which demo data is still loading, in the user's language; then nothing. */
class HomeViewTest {

    static final List<ModuleInfo> MODULES = List.of(new ModuleInfo("plans", "Plans", "1.0.0", "FILE_TEXT", "Plans and goals"));

    @BeforeEach
    void setUp() {
        ContributedViews.setUp(List.of(), UserContext.of("planlegg", Role.PLANNER));
    }

    @AfterEach
    void tearDown() {
        ContributedViews.tearDown();
    }

    @Test
    void namesWhatIsStillLoading() {
        HomeView home = new HomeView(MODULES, List.of(), List.of("units", "plans"), false);
        List<Paragraph> notes = _find(home, Paragraph.class, spec -> spec.withId("planverk-loading"));
        assertEquals(1, notes.size());
        String text = notes.get(0).getText();
        assertTrue(text.startsWith("Demodata vert lasta inn i bakgrunnen: organisasjonseiningar, "), text);
        assertEquals("status", notes.get(0).getElement().getAttribute("role"), "a screen reader hears it without focus");
    }

    @Test
    void saysNothingOnceAllIsLoaded() {
        HomeView home = new HomeView(MODULES, List.of(), List.of(), false);
        assertTrue(_find(home, Paragraph.class, spec -> spec.withId("planverk-loading")).isEmpty());
    }

    @Test
    void saysPlanverkIsStillStartingBeforeTheModulesAreThere() {
        HomeView home = new HomeView(List.of(), List.of(), List.of(), true);
        String text = _find(home, Paragraph.class, spec -> spec.withId("planverk-loading")).get(0).getText();
        assertTrue(text.startsWith("Planverk startar framleis"), text);
    }
}
