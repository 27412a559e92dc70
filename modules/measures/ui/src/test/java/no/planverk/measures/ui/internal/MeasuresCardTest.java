package no.planverk.measures.ui.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.github.mvysny.kaributesting.v10.LocatorJ;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import java.util.List;
import no.planverk.measures.api.Light;
import no.planverk.measures.api.Measure;
import no.planverk.measures.api.MeasureStatus;
import no.planverk.measures.api.ReportDraft;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** The dashboard card counts on the real service. */
class MeasuresCardTest {

    private final MeasuresUi ui = new MeasuresUi();

    @AfterEach
    void close() {
        ui.close();
    }

    @Test
    void countsPerStatusAndLightLateUnfundedAndMissing() {
        List<Measure> seed = ui.seed();
        Measure m87 = seed.get(1);
        ui.f.measures().report(m87.id(), m87.version(), new ReportDraft(ui.f.measures().currentPeriod(), MeasureStatus.ONGOING, 20,
                Light.RED, "Tomta er ikkje klar", null), MeasuresUi.PLANNER);
        Component card = new MeasuresCard(ui.f.measures()).create();
        List<String> statuses = LocatorJ._find(card, ListItem.class).stream().filter(li -> li.getElement().hasAttribute("data-status"))
                .map(ListItem::getText).toList();
        assertEquals(List.of("Planlagt: 5", "Pågår: 1"), statuses);
        assertEquals("red", LocatorJ._find(card, ListItem.class).stream().filter(li -> li.getElement().hasAttribute("data-light"))
                .filter(li -> li.getElement().getTextRecursively().endsWith(": 1")).findFirst().orElseThrow().getElement()
                .getAttribute("data-light"));
        Paragraph attention = LocatorJ._get(card, Paragraph.class, spec -> spec.withId("planverk-measures-card-attention"));
        assertEquals("1 forseinka, 1 ikkje finansiert", LocatorJ._get(attention, Anchor.class).getText());
        Paragraph missing = LocatorJ._get(card, Paragraph.class, spec -> spec.withId("planverk-measures-card-missing"));
        assertTrue(missing.getElement().getTextRecursively().startsWith("5 manglar rapport for "), missing.getElement().getTextRecursively());
        assertEquals("measures/missing", LocatorJ._get(missing, Anchor.class).getHref(), "planners get the link");
    }
}
