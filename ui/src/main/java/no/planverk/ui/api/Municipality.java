package no.planverk.ui.api;

import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.server.VaadinRequest;
import com.vaadin.flow.server.VaadinResponse;
import com.vaadin.flow.server.VaadinService;
import com.vaadin.flow.server.VaadinSession;
import jakarta.servlet.http.Cookie;
import java.net.URLDecoder;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Optional;
import no.planverk.platform.api.OrgUnit;
import no.planverk.platform.api.UserContext;

/**
 * The municipality a user filters lists by (a top-level organisation unit), remembered per user in the
 * Vaadin session and in a cookie that outlives it, so it is back after a new login in the same browser.
 * Every list that offers the filter shares the choice: picking Alver on the plan list also filters measures.
 */
public final class Municipality {

    static final String COOKIE = "planverk-municipality-";
    private static final int ONE_YEAR = 365 * 24 * 3600;

    private Municipality() {
    }

    /**
     * Makes {@code box} the municipality filter: the top-level units of {@code units}, the user's remembered
     * choice, hidden when there is only one; each choice the user makes is remembered, then {@code changed} runs.
     * The caller sets the label and the placeholder ("all municipalities").
     */
    public static void picker(ComboBox<OrgUnit> box, UserContext user, List<OrgUnit> units, Runnable changed) {
        List<OrgUnit> roots = all(units);
        box.setItems(roots);
        box.setItemLabelGenerator(OrgUnit::name);
        box.setClearButtonVisible(true);
        box.setWidth("14em");
        box.setVisible(roots.size() > 1);
        remembered(user, roots).ifPresent(box::setValue);
        // added after the remembered value is set, so only the user's own choices are kept
        box.addValueChangeListener(e -> {
            remember(user, e.getValue());
            changed.run();
        });
    }

    /** The top-level units, in the order given. */
    public static List<OrgUnit> all(List<OrgUnit> units) {
        return units.stream().filter(u -> u.parentId() == null).toList();
    }

    /** The municipality the user chose before, if it is still one. */
    public static Optional<OrgUnit> remembered(UserContext user, List<OrgUnit> municipalities) {
        String code = fromSession(user).or(() -> fromCookie(user)).orElse(null);
        return municipalities.stream().filter(u -> u.code().equals(code)).findFirst();
    }

    /** Keeps the choice; null forgets it (all municipalities). */
    public static void remember(UserContext user, OrgUnit unit) {
        String code = unit == null ? "" : unit.code();
        VaadinSession session = VaadinSession.getCurrent();
        if (session != null) {
            session.setAttribute(key(user), code);
        }
        VaadinResponse response = VaadinService.getCurrentResponse();
        VaadinRequest request = VaadinService.getCurrentRequest();
        if (response != null) {
            Cookie c = new Cookie(key(user), URLEncoder.encode(code, StandardCharsets.UTF_8));
            c.setMaxAge(unit == null ? 0 : ONE_YEAR);
            c.setPath(request == null || request.getContextPath().isEmpty() ? "/" : request.getContextPath());
            c.setHttpOnly(true);
            c.setAttribute("SameSite", "Lax");
            response.addCookie(c);
        }
    }

    /** The session attribute and cookie name: one per user name, so two people sharing a browser keep their own. */
    public static String key(UserContext user) {
        return COOKIE + Integer.toHexString(user.username().hashCode());
    }

    private static Optional<String> fromSession(UserContext user) {
        VaadinSession session = VaadinSession.getCurrent();
        return session == null ? Optional.empty() : Optional.ofNullable((String) session.getAttribute(key(user)));
    }

    private static Optional<String> fromCookie(UserContext user) {
        VaadinRequest request = VaadinService.getCurrentRequest();
        Cookie[] cookies = request == null ? null : request.getCookies();
        if (cookies == null) {
            return Optional.empty();
        }
        for (Cookie c : cookies) {
            if (c.getName().equals(key(user))) {
                return Optional.of(URLDecoder.decode(c.getValue(), StandardCharsets.UTF_8));
            }
        }
        return Optional.empty();
    }
}
