package no.planverk.ui.internal;

import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;

import com.github.mvysny.kaributesting.v10.LoginFormKt;
import com.github.mvysny.kaributesting.v10.MockVaadin;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.login.LoginForm;
import com.vaadin.flow.server.VaadinService;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import no.planverk.platform.api.Authenticator;
import no.planverk.platform.api.UserContext;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The login page tells the authenticator the client's address, so failures count per address too. */
class LoginAddressTest {

    private final List<String> addresses = new ArrayList<>();

    @BeforeEach
    void setUp() {
        MockVaadin.setup();
        UI.getCurrent().setLocale(no.planverk.ui.api.Texts.NYNORSK);
    }

    @AfterEach
    void tearDown() {
        MockVaadin.tearDown();
    }

    @Test
    void theLoginPassesTheClientAddress() {
        Authenticator auth = new Authenticator() {
            @Override
            public Optional<UserContext> authenticate(String username, char[] password) {
                addresses.add("without address");
                return Optional.empty();
            }

            @Override
            public Optional<UserContext> authenticate(String username, char[] password, String clientAddress) {
                addresses.add(clientAddress);
                return Optional.empty();
            }
        };
        UI.getCurrent().add(new LoginView(auth, () -> false));
        LoginFormKt._login(_get(LoginForm.class), "kari", "feil");
        String expected = VaadinService.getCurrentRequest().getRemoteAddr();
        assertNotNull(expected);
        assertEquals(List.of(expected), addresses);
    }
}
