package no.planverk.ui.api;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Nav;

/** The row of links at the top of a module's views, the same in every module. */
public final class ModuleNav {

    private ModuleNav() {
    }

    /** An empty bar with its id and its label for screen readers; add {@link #link} anchors to it. */
    public static Nav bar(String id, String ariaLabel) {
        Nav nav = new Nav();
        nav.setId(id);
        nav.getElement().setAttribute("aria-label", ariaLabel);
        nav.getStyle().set("display", "flex").set("flex-wrap", "wrap").set("gap", "var(--lumo-space-m, 1rem)")
                .set("border-bottom", "1px solid var(--lumo-contrast-10pct, #ddd)").set("padding-bottom", "var(--lumo-space-xs, 0.25rem)")
                .set("width", "100%");
        return nav;
    }

    /** A router link; when {@code path} is {@code current} it is marked for screen readers (aria-current) and in bold. */
    public static Anchor link(String path, String text, String current) {
        Anchor a = new Anchor(path, text);
        a.getElement().setAttribute("router-link", true);
        if (path.equals(current)) {
            a.getElement().setAttribute("aria-current", "page");
            a.getStyle().set("font-weight", "600");
        }
        return a;
    }
}
