package no.planverk.ui.internal;

import com.vaadin.flow.component.page.AppShellConfigurator;
import com.vaadin.flow.component.page.Inline;
import com.vaadin.flow.component.page.Meta;
import com.vaadin.flow.server.AppShellSettings;

/** Page-level settings: title, viewport, and the header's fit on a phone (MainLayout.HEADER_CSS). */
@Meta(name = "viewport", content = "width=device-width, initial-scale=1")
public class PlanverkAppShell implements AppShellConfigurator {

    private static final long serialVersionUID = 1L;

    @Override
    public void configurePage(AppShellSettings settings) {
        settings.setPageTitle("Planverk");
        settings.addInlineWithContents(MainLayout.HEADER_CSS, Inline.Wrapping.STYLESHEET);
    }
}
