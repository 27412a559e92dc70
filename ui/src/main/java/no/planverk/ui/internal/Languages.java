package no.planverk.ui.internal;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.server.VaadinRequest;
import com.vaadin.flow.server.VaadinService;
import com.vaadin.flow.server.VaadinSession;
import jakarta.servlet.http.Cookie;
import java.util.Arrays;
import java.util.Locale;
import no.planverk.ui.api.Texts;

/** The chosen UI language, kept in the session and in a cookie for the next visit. */
final class Languages {

    static final String COOKIE = "planverk-lang";

    private Languages() {
    }

    /** The language chosen before (the cookie), else the installation's default. */
    static Locale fromRequest(VaadinRequest request, Locale fallback) {
        Cookie[] cookies = request == null ? null : request.getCookies();
        if (cookies == null) {
            return fallback;
        }
        return Arrays.stream(cookies).filter(c -> COOKIE.equals(c.getName())).findFirst()
                .map(c -> Texts.supportedOrDefault(Locale.forLanguageTag(c.getValue()))).orElse(fallback);
    }

    static void choose(Locale locale) {
        VaadinSession.getCurrent().setLocale(locale);
        Cookie cookie = new Cookie(COOKIE, locale.toLanguageTag());
        cookie.setPath("/");
        cookie.setMaxAge(365 * 24 * 3600);
        cookie.setHttpOnly(true);
        VaadinService.getCurrentResponse().addCookie(cookie);
    }

    /** A language picker: choosing a language stores it and reloads the page in that language. */
    static Select<Locale> select() {
        Select<Locale> select = new Select<>();
        select.setItems(Texts.supported());
        select.setItemLabelGenerator(Languages::name);
        select.setValue(Texts.currentLocale());
        select.addValueChangeListener(e -> {
            if (e.isFromClient() && e.getValue() != null) {
                choose(e.getValue());
                UI.getCurrent().getPage().reload();
            }
        });
        return select;
    }

    static String name(Locale locale) {
        if (locale.equals(Texts.BOKMAL)) {
            return "Bokmål";
        }
        return locale.equals(Texts.ENGLISH) ? "English" : "Nynorsk";
    }
}
