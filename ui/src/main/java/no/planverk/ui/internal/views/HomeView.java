package no.planverk.ui.internal.views;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.card.Card;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.FlexLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.HasDynamicTitle;
import java.util.List;
import no.planverk.platform.api.Message;
import no.planverk.platform.api.ModuleInfo;
import no.planverk.ui.api.CurrentUser;
import no.planverk.ui.api.ServerTexts;
import no.planverk.ui.internal.ShellTexts;

/**
 * The home dashboard: a greeting, the platform card and the cards installed modules contribute; after a first start, a
 * line naming the demo data still loading in the background.
 */
public class HomeView extends VerticalLayout implements HasDynamicTitle {

    private static final long serialVersionUID = 1L;

    /** {@code starting}: the platform's database is not there yet, so modules and demo data are still to come. */
    public HomeView(List<ModuleInfo> modules, List<Component> cards, List<String> loading, boolean starting) {
        H2 greeting = new H2(ShellTexts.t("home.greeting", CurrentUser.require().username()));
        add(greeting);
        if (starting || !loading.isEmpty()) {
            Paragraph note = new Paragraph(starting ? ShellTexts.t("home.starting")
                    : ShellTexts.t("home.loading", String.join(", ", loading.stream().map(HomeView::work).toList())));
            note.setId("planverk-loading");
            note.getElement().setAttribute("role", "status");
            add(note);
        }
        FlexLayout board = new FlexLayout();
        board.setFlexWrap(FlexLayout.FlexWrap.WRAP);
        board.getStyle().set("gap", "var(--lumo-space-m)");
        board.setId("planverk-dashboard");
        board.add(modulesCard(modules));
        cards.forEach(board::add);
        add(board);
    }

    /** A piece of start work by name: the demo units, or a module's data under the module's name. */
    static String work(String name) {
        return name.equals("units") ? ShellTexts.t("home.loading.units")
                : ServerTexts.of(new Message(name + ".module.name", List.of(), name));
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
