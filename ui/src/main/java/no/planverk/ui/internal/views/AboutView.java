package no.planverk.ui.internal.views;

import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.HasDynamicTitle;
import no.planverk.platform.api.ModuleInfo;
import no.planverk.platform.api.ModuleRegistry;
import no.planverk.ui.internal.ShellTexts;

/** "About / Modules": the installed modules and their versions. */
public class AboutView extends VerticalLayout implements HasDynamicTitle {

    private static final long serialVersionUID = 1L;
    final Grid<ModuleInfo> grid = new Grid<>();

    public AboutView(ModuleRegistry modules) {
        grid.addColumn(ModuleInfo::name).setHeader(ShellTexts.t("about.name")).setAutoWidth(true);
        grid.addColumn(ModuleInfo::id).setHeader(ShellTexts.t("about.id")).setAutoWidth(true);
        grid.addColumn(ModuleInfo::version).setHeader(ShellTexts.t("about.version")).setAutoWidth(true);
        grid.addColumn(ModuleInfo::description).setHeader(ShellTexts.t("about.description")).setFlexGrow(1);
        grid.setItems(modules.modules());
        grid.setAllRowsVisible(true);
        grid.setId("planverk-modules");
        add(new H2(ShellTexts.t("menu.about")), new Paragraph(ShellTexts.t("about.intro")), grid);
    }

    @Override
    public String getPageTitle() {
        return ShellTexts.t("menu.about") + " – Planverk";
    }
}
