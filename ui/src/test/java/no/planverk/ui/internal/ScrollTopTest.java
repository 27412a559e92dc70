package no.planverk.ui.internal;

import static org.junit.jupiter.api.Assertions.assertTrue;

import com.vaadin.flow.component.UI;
import java.util.List;
import no.planverk.platform.api.Role;
import no.planverk.platform.api.UserContext;
import no.planverk.ui.testing.ContributedViews;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** Every navigation scrolls the layout's content area back to the top (it, not the window, holds the page). */
class ScrollTopTest {

    @AfterEach
    void close() {
        ContributedViews.tearDown();
    }

    @Test
    void aNavigationStartsThePageAtTheTop() {
        ContributedViews.setUp(List.of(), UserContext.of("planlegg", Role.PLANNER));
        MainLayout layout = new MainLayout(new ShellRegistry(null));
        UI.getCurrent().add(layout);
        UI.getCurrent().getInternals().getStateTree().runExecutionsBeforeClientResponse();
        UI.getCurrent().getInternals().dumpPendingJavaScriptInvocations();
        layout.afterNavigation(null);
        UI.getCurrent().getInternals().getStateTree().runExecutionsBeforeClientResponse();
        List<String> js = UI.getCurrent().getInternals().dumpPendingJavaScriptInvocations().stream()
                .map(i -> i.getInvocation().getExpression()).toList();
        assertTrue(js.stream().anyMatch(e -> e.contains("querySelector('[content]')") && e.contains("scrollTop = 0")), js.toString());
    }
}
