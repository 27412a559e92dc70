package no.planverk.ui.internal;

import com.vaadin.flow.component.UI;
import java.util.Optional;
import java.util.function.BooleanSupplier;

/** Puts a login page (with an authenticator that refuses everyone) on the current mocked UI. */
public final class LoginViewProbe {

    private LoginViewProbe() {
    }

    public static LoginView show(BooleanSupplier databaseDown) {
        LoginView view = new LoginView((user, password) -> Optional.empty(), databaseDown);
        UI.getCurrent().add(view);
        return view;
    }

    /** The login page while the database is not there yet (or, once {@code starting} says false, is). */
    public static LoginView showStarting(BooleanSupplier starting) {
        LoginView view = new LoginView((user, password) -> Optional.empty(), () -> false, starting);
        UI.getCurrent().add(view);
        return view;
    }
}
