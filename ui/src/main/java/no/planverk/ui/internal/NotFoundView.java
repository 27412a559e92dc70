package no.planverk.ui.internal;

import static no.planverk.ui.internal.ShellTexts.t;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.ErrorParameter;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.NotFoundException;
import com.vaadin.flow.router.RouteNotFoundError;
import com.vaadin.flow.server.HttpStatusCode;

/** "Page not found" in the user's language with a way back, instead of Vaadin's developer text. */
public class NotFoundView extends RouteNotFoundError implements HasDynamicTitle {

    private static final long serialVersionUID = 1L;

    @Override
    public int setErrorParameter(BeforeEnterEvent event, ErrorParameter<NotFoundException> parameter) {
        getElement().removeAllChildren();
        getElement().getStyle().set("padding", "var(--lumo-space-l, 1.5rem)").set("font-family", "var(--lumo-font-family, sans-serif)");
        getElement().setAttribute("id", "planverk-not-found");
        Anchor home = new Anchor("/", t("notFound.home"));
        getElement().appendChild(new H2(t("notFound.title")).getElement(),
                new Paragraph(t("notFound.text", event.getLocation().getPath())).getElement(), new Paragraph(home).getElement());
        return HttpStatusCode.NOT_FOUND.getCode();
    }

    @Override
    public String getPageTitle() {
        return t("notFound.title") + " – Planverk";
    }
}
