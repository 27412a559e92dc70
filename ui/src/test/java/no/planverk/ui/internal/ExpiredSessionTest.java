package no.planverk.ui.internal;

import static org.junit.jupiter.api.Assertions.assertNull;

import com.github.mvysny.kaributesting.v10.MockVaadin;
import com.vaadin.flow.component.UI;
import java.lang.ref.WeakReference;
import org.junit.jupiter.api.Test;

/**
 * The shell registry lives as long as Planverk and follows every open UI: when a session expires, its UIs must not
 * stay behind in the registry (a UI holds its whole page, about 190 KiB on the home page).
 */
class ExpiredSessionTest {

    final ShellRegistry registry = new ShellRegistry(null);

    @Test
    void theUiOfAnExpiredSessionIsLetGo() throws InterruptedException {
        WeakReference<UI> ui = openAndExpire();
        for (int i = 0; i < 50 && ui.get() != null; i++) {
            System.gc();
            Thread.sleep(20);
        }
        assertNull(ui.get(), "the registry (or something else) still holds the expired session's UI");
    }

    /**
     * A session with a tracked UI, then closed: Karibu's tear-down destroys the session through
     * {@code VaadinService.fireSessionDestroy}, as Vaadin does when the HTTP session times out.
     */
    private WeakReference<UI> openAndExpire() {
        MockVaadin.setup();
        UI ui = UI.getCurrent();
        registry.track(ui);
        MockVaadin.tearDown();
        return new WeakReference<>(ui);
    }
}
