package no.planverk.ui.internal;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.login.LoginForm;
import com.vaadin.flow.component.login.LoginI18n;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.VaadinRequest;
import com.vaadin.flow.server.VaadinService;
import com.vaadin.flow.server.VaadinSession;
import java.util.Locale;
import java.util.Optional;
import no.planverk.platform.api.Authenticator;
import no.planverk.platform.api.LoginBlockedException;
import no.planverk.platform.api.UserContext;
import no.planverk.ui.api.CurrentUser;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Login against the JAAS realm; a new session id after login (against session fixation). */
@Route("login")
public class LoginView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    private static final long serialVersionUID = 1L;
    private static final Logger LOG = LoggerFactory.getLogger(LoginView.class);
    private final transient Authenticator authenticator;
    private final LoginForm form = new LoginForm();

    public LoginView(Authenticator authenticator) {
        this(authenticator, () -> false);
    }

    public LoginView(Authenticator authenticator, java.util.function.BooleanSupplier databaseDown) {
        this(authenticator, databaseDown, () -> false);
    }

    /**
     * {@code databaseDown}: asked once per visit; when true the page says so and the form is disabled. {@code starting}:
     * the database is not there yet (Planverk is starting); the page says so and asks again every second, and the form
     * opens by itself once it is there.
     */
    public LoginView(Authenticator authenticator, java.util.function.BooleanSupplier databaseDown, java.util.function.BooleanSupplier starting) {
        this.authenticator = authenticator;
        setSizeFull();
        setAlignItems(Alignment.CENTER);
        setJustifyContentMode(JustifyContentMode.CENTER);
        H1 title = new H1("Planverk");
        Paragraph intro = new Paragraph(ShellTexts.t("login.intro"));
        form.setI18n(i18n(null));
        form.setForgotPasswordButtonVisible(false);
        revealLabel(form);
        form.addLoginListener(e -> login(e.getUsername(), e.getPassword()));
        add(title, intro, form, languageSelect());
        if (databaseDown.getAsBoolean()) {
            Paragraph down = new Paragraph(ShellTexts.t("login.database"));
            down.setId("planverk-database-down");
            down.getElement().setAttribute("role", "alert");
            down.getStyle().set("color", "var(--lumo-error-text-color)").set("max-width", "40em");
            addComponentAtIndex(2, down);
            form.setEnabled(false);
        } else if (starting.getAsBoolean()) {
            waitForStart(starting);
        }
    }

    private void waitForStart(java.util.function.BooleanSupplier starting) {
        Paragraph note = new Paragraph(ShellTexts.t("login.starting"));
        note.setId("planverk-starting");
        note.getElement().setAttribute("role", "status");
        note.getStyle().set("max-width", "40em");
        addComponentAtIndex(2, note);
        form.setEnabled(false);
        com.vaadin.flow.shared.Registration[] poll = new com.vaadin.flow.shared.Registration[1];
        addAttachListener(attached -> {
            UI ui = attached.getUI();
            if (note.getParent().isEmpty()) {
                return; // the form opened during an earlier visit
            }
            ui.setPollInterval(1000);
            poll[0] = ui.addPollListener(e -> {
                if (!starting.getAsBoolean()) {
                    remove(note);
                    form.setEnabled(true);
                    stopPolling(ui, poll);
                }
            });
        });
        addDetachListener(detached -> stopPolling(detached.getUI(), poll));
    }

    private static void stopPolling(UI ui, com.vaadin.flow.shared.Registration[] poll) {
        ui.setPollInterval(-1);
        if (poll[0] != null) {
            poll[0].remove();
            poll[0] = null;
        }
    }

    private void login(String username, String password) {
        Optional<UserContext> user;
        try {
            VaadinRequest request = VaadinService.getCurrentRequest();
            user = authenticator.authenticate(username, password.toCharArray(), request == null ? null : request.getRemoteAddr());
        } catch (LoginBlockedException e) {
            form.setI18n(i18n(ShellTexts.t("login.blocked", Math.max(1, e.retryAfter().toSeconds()))));
            form.setError(true);
            return;
        }
        if (user.isEmpty()) {
            form.setI18n(i18n(null));
            form.setError(true);
            return;
        }
        VaadinService.reinitializeSession(VaadinService.getCurrentRequest());
        VaadinSession session = VaadinSession.getCurrent();
        session.setAttribute(UserContext.class, user.get());
        Object target = session.getAttribute(AccessControl.TARGET);
        session.setAttribute(AccessControl.TARGET, null);
        LOG.info("User signed in to the UI");
        UI.getCurrent().navigate(target instanceof String s && !s.startsWith("login") ? s : "");
    }

    static LoginI18n i18n(String blockedMessage) {
        LoginI18n i18n = LoginI18n.createDefault();
        LoginI18n.Form f = i18n.getForm();
        f.setTitle(ShellTexts.t("login.title"));
        f.setUsername(ShellTexts.t("login.username"));
        f.setPassword(ShellTexts.t("login.password"));
        f.setSubmit(ShellTexts.t("login.submit"));
        f.setForgotPassword(ShellTexts.t("login.forgotPassword"));
        LoginI18n.ErrorMessage error = i18n.getErrorMessage();
        error.setTitle(blockedMessage == null ? ShellTexts.t("login.failed.title") : ShellTexts.t("login.blocked.title"));
        error.setMessage(blockedMessage == null ? ShellTexts.t("login.failed") : blockedMessage);
        error.setUsername(ShellTexts.t("login.username.required"));
        error.setPassword(ShellTexts.t("login.password.required"));
        return i18n;
    }

    /** The password field's "show password" button (its own i18n, which LoginI18n does not reach). */
    static final String REVEAL_LABEL = "const host = this; const label = $0;"
            + " customElements.whenDefined('vaadin-password-field').then(() => requestAnimationFrame(() =>"
            + " [host, host.shadowRoot].filter(r => r).forEach(r => r.querySelectorAll('vaadin-password-field')"
            + ".forEach(f => { f.i18n = Object.assign({}, f.i18n, { reveal: label }); }))));";

    private static void revealLabel(LoginForm form) {
        form.getElement().executeJs(REVEAL_LABEL, ShellTexts.t("login.showPassword"));
    }

    private static Select<Locale> languageSelect() {
        Select<Locale> select = Languages.select();
        select.setLabel(ShellTexts.t("language"));
        return select;
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        if (CurrentUser.get().isPresent()) {
            event.forwardTo("");
        }
    }

    @Override
    public String getPageTitle() {
        return ShellTexts.t("login.title") + " – Planverk";
    }
}
