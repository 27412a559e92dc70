package no.planverk.ui.internal;

import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.avatar.Avatar;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.select.Select;
import java.util.List;
import no.planverk.platform.api.Role;
import no.planverk.platform.api.UserContext;
import no.planverk.ui.testing.ContributedViews;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** The header fits a phone (390 px): under 40em the user name and wide gaps go, the language select narrows. */
class HeaderFitTest {

    @AfterEach
    void close() {
        ContributedViews.tearDown();
    }

    @Test
    void onANarrowScreenTheHeaderDropsTheUserNameAndNarrowsTheLanguageSelect() {
        ContributedViews.setUp(List.of(), UserContext.of("einingsleiar", Role.UNIT_LEADER));
        MainLayout layout = new MainLayout(new ShellRegistry(null));
        UI.getCurrent().add(layout);
        HorizontalLayout header = _get(HorizontalLayout.class, s -> s.withId("planverk-header"));
        assertTrue(header.hasClassName(MainLayout.NARROW_CSS_CLASS));
        Span name = _get(Span.class, s -> s.withText("einingsleiar"));
        assertTrue(name.hasClassName(MainLayout.HIDE_WHEN_NARROW), "the name hides on a phone; the avatar stays");
        assertEquals("einingsleiar", _get(Avatar.class).getName(), "the avatar still names the user (and screen readers hear it)");
        Select<?> language = _get(Select.class, s -> s.withId("planverk-language"));
        assertNull(language.getWidth(), "a fixed inline width would win over the phone rule");
        String css = MainLayout.HEADER_CSS;
        assertTrue(css.contains("@media (max-width: 40em)"), css);
        assertTrue(css.contains("." + MainLayout.HIDE_WHEN_NARROW + " { display: none; }"), css);
        assertTrue(css.contains("#planverk-language { width: 7em; }"), css);
    }
}
