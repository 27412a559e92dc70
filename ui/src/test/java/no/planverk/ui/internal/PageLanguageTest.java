package no.planverk.ui.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.login.LoginI18n;
import com.vaadin.flow.server.VaadinSession;
import com.vaadin.flow.server.communication.IndexHtmlResponse;
import java.util.List;
import java.util.stream.Collectors;
import no.planverk.platform.api.Role;
import no.planverk.platform.api.UserContext;
import no.planverk.platform.testing.Catalogs;
import no.planverk.ui.api.Texts;
import no.planverk.ui.testing.ContributedViews;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Every page says the user's language in {@code <html lang>}; the login form speaks it fully, screen-reader labels too. */
class PageLanguageTest {

    @BeforeEach
    void setUp() {
        ContributedViews.setUp(List.of(), UserContext.of("lesar", Role.READER));
    }

    @AfterEach
    void tearDown() {
        ContributedViews.tearDown();
    }

    private static String lang() {
        Document page = Jsoup.parse("<!DOCTYPE html><html lang=\"en\"><head></head><body></body></html>");
        PlanverkService.setLanguage(new IndexHtmlResponse(null, null, page), Texts.NYNORSK);
        return page.getElementsByTag("html").attr("lang");
    }

    @Test
    void thePageSaysTheSessionsLanguage() {
        VaadinSession.getCurrent().setLocale(Texts.NYNORSK);
        assertEquals("nn", lang());
        VaadinSession.getCurrent().setLocale(Texts.BOKMAL);
        assertEquals("nb", lang());
        VaadinSession.getCurrent().setLocale(Texts.ENGLISH);
        assertEquals("en", lang());
    }

    @Test
    void theLoginFormAndItsPasswordButtonSpeakNynorsk() {
        LoginI18n i18n = LoginView.i18n(null);
        String texts = String.join("\n", i18n.getForm().getTitle(), i18n.getForm().getUsername(),
                i18n.getForm().getPassword(), i18n.getForm().getSubmit(), i18n.getForm().getForgotPassword(),
                i18n.getErrorMessage().getTitle(), i18n.getErrorMessage().getMessage(), i18n.getErrorMessage().getUsername(),
                i18n.getErrorMessage().getPassword());
        assertEquals(List.of(), Catalogs.englishSentences(texts), texts);
        assertEquals("Skriv brukarnamnet.", i18n.getErrorMessage().getUsername());
        assertEquals("Gløymt passordet?", i18n.getForm().getForgotPassword());

        LoginViewProbe.show(() -> false);
        UI.getCurrent().getInternals().getStateTree().runExecutionsBeforeClientResponse();
        String js = UI.getCurrent().getInternals().dumpPendingJavaScriptInvocations().stream()
                .map(i -> i.getInvocation().getExpression() + " " + i.getInvocation().getParameters()).collect(Collectors.joining("\n"));
        assertTrue(js.contains("reveal: label") && js.contains("Vis passord"), js);
    }
}
