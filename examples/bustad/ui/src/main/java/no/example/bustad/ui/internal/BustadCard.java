package no.example.bustad.ui.internal;

import static no.example.bustad.ui.internal.BustadTexts.t;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.card.Card;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import java.util.Map;
import no.example.bustad.api.BustadService;
import no.example.bustad.api.HousingStep;
import no.planverk.ui.api.DashboardCard;
import no.planverk.ui.api.ModuleNav;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Reference;

/** The home page's card: how many wait for each step of the housing staircase, and a link to the list. */
@org.osgi.service.component.annotations.Component(service = DashboardCard.class)
public final class BustadCard implements DashboardCard {

    private final BustadService bustad;

    @Activate
    public BustadCard(@Reference BustadService bustad) {
        this.bustad = bustad;
    }

    @Override
    public Component create() {
        Card card = new Card();
        card.setId("bustad-card");
        card.setTitle(new Span(t("card.title")));
        UnorderedList facts = new UnorderedList();
        for (Map.Entry<HousingStep, Long> e : bustad.waitingByStep().entrySet()) {
            ListItem li = new ListItem(t("card.waiting", BustadTexts.step(e.getKey()), e.getValue()));
            li.getElement().setAttribute("data-step", e.getKey().id());
            facts.add(li);
        }
        card.add(facts, new Paragraph(ModuleNav.link(BustadNav.LIST, t("card.toList"), null)));
        card.setWidth("22em");
        return card;
    }

    @Override
    public int order() {
        return 600;
    }
}
