package no.planverk.ui.internal.views;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.card.Card;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.FlexLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.HasDynamicTitle;
import java.util.List;
import no.planverk.platform.api.ModuleInfo;
import no.planverk.platform.api.ModuleRegistry;
import no.planverk.ui.api.CurrentUser;
import no.planverk.ui.internal.ShellTexts;

/** The home dashboard: a greeting, the platform card and the cards installed modules contribute. */
public class HomeView extends VerticalLayout implements HasDynamicTitle {

    private static final long serialVersionUID = 1L;

    public HomeView(ModuleRegistry modules, List<Component> cards) {
        H2 greeting = new H2(ShellTexts.t("home.greeting", CurrentUser.require().username()));
        FlexLayout board = new FlexLayout();
        board.setFlexWrap(FlexLayout.FlexWrap.WRAP);
        board.getStyle().set("gap", "var(--lumo-space-m)");
        board.setId("planverk-dashboard");
        board.add(modulesCard(modules.modules()));
        cards.forEach(board::add);
        add(greeting, board);
    }

    private static Card modulesCard(List<ModuleInfo> installed) {
        Card card = new Card();
        card.setTitle(new com.vaadin.flow.component.html.Span(ShellTexts.t("home.modules.title")));
        card.setSubtitle(new com.vaadin.flow.component.html.Span(ShellTexts.t("home.modules.count", installed.size())));
        card.add(new Paragraph(String.join(", ", installed.stream().map(ModuleTexts::name).toList())));
        card.setWidth("20em");
        return card;
    }

    @Override
    public String getPageTitle() {
        return ShellTexts.t("menu.home") + " – Planverk";
    }
}
