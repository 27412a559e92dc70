package no.planverk.plans.ui.internal;

import static no.planverk.plans.ui.internal.PlansTexts.t;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Nav;
import com.vaadin.flow.component.html.OrderedList;
import com.vaadin.flow.component.html.Span;

/** A breadcrumb trail (plan › goal › sub-goal): links to the steps above, the last step as plain text. */
public final class Crumbs extends Nav {

    private static final long serialVersionUID = 1L;
    private final OrderedList list = new OrderedList();

    public Crumbs(String id) {
        setId(id);
        getElement().setAttribute("aria-label", t("crumbs.label"));
        list.getStyle().set("display", "flex").set("flex-wrap", "wrap").set("list-style", "none").set("padding", "0").set("margin", "0")
                .set("gap", "0.3em");
        add(list);
    }

    /** A step; {@code href} null shows it as text (the page itself, or a page that is not installed). */
    public Crumbs step(String text, String href) {
        ListItem item = new ListItem();
        if (list.getChildren().findAny().isPresent()) {
            Span sep = new Span("›");
            sep.getElement().setAttribute("aria-hidden", "true");
            sep.getStyle().set("margin-right", "0.3em");
            item.add(sep);
        }
        if (href == null) {
            item.add(new Span(text));
        } else {
            Anchor a = new Anchor(href, text);
            a.getElement().setAttribute("router-link", true);
            item.add(a);
        }
        list.add(item);
        return this;
    }

    /** Marks the last step as the page the user is on. */
    public Crumbs current() {
        list.getChildren().reduce((a, b) -> b).ifPresent(last -> last.getElement().setAttribute("aria-current", "page"));
        return this;
    }

    /** The trail as one line of text ("A › B › C"), for tests and titles. */
    public String text() {
        return list.getElement().getTextRecursively().replace("›", " › ").replaceAll("\\s+", " ").strip();
    }
}
