package no.planverk.competence.ui.internal.sector;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.github.mvysny.kaributesting.v10.GridKt;
import java.util.List;
import com.github.mvysny.kaributesting.v10.LocatorJ;
import no.planverk.competence.api.BenchmarkKind;
import no.planverk.competence.api.Category;
import com.vaadin.flow.component.html.Span;
import no.planverk.competence.api.Gap;
import no.planverk.competence.api.RequirementDraft;
import no.planverk.competence.ui.internal.CompetenceUi;
import no.planverk.competence.ui.internal.Labels;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** The sector dashboard on a hand-made register: the gap heatmap, deviations, full-time share, retirements. */
class SectorViewTest {

    private final CompetenceUi ui = new CompetenceUi(CompetenceUi.READER);

    @AfterEach
    void close() {
        ui.close();
    }

    @Test
    void theDashboardShowsTheGapsOfTheRegisterAndTheStatutoryDeviation() throws Exception {
        ui.gapExample();
        SectorView view = CompetenceUi.open("competence", SectorView.class);
        assertEquals("Alver kommune", view.sector.getValue().name(), "the top unit with rows");
        assertEquals(2025, view.year.getValue());

        JsonNode heat = new ObjectMapper().readTree(view.gaps.heat.chart.option());
        assertEquals("[\"Sjukepleiar\",\"Lege\"]", heat.at("/xAxis/data").toString());
        assertEquals("[\"Institusjonstenester\"]", heat.at("/yAxis/data").toString());
        assertEquals("[[0,0,4.0],[1,0,2.0]]", heat.at("/series/0/data").toString(), "nurses short 15 − 11 = 4, doctors 2 − 0 = 2");
        assertEquals("heatmap", heat.at("/series/0/type").asText());

        List<Gap> deviations = GridKt._fetch(view.gaps.deviations, 0, 10);
        assertEquals(1, deviations.size(), "only the statutory requirement is a deviation");
        assertEquals(Category.SJUKEPLEIAR, deviations.get(0).category());
        Span gap = (Span) GridKt._getCellComponent(view.gaps.deviations, 0, "gap");
        assertEquals("mangel 4,0 årsverk", gap.getText(), "a shortage in words, not a red +4,0");
        assertEquals("var(--lumo-error-text-color)", gap.getStyle().get("color"), "shortage red");
        assertEquals("Mangel", heat.at("/planverkHeat/short").asText(), "the heatmap's cells say Mangel 4, not +4");
        assertEquals("Overskot", heat.at("/planverkHeat/surplus").asText());
        assertEquals("15,0", GridKt._getFormatted(view.gaps.deviations, 0, "required"));
        assertEquals("11,0", GridKt._getFormatted(view.gaps.deviations, 0, "available"));
        assertEquals(4.0, GridKt._fetch(view.gaps.categories, 0, 20).stream().filter(c -> c.category() == Category.SJUKEPLEIAR)
                .findFirst().orElseThrow().shortfall(), 1e-9);
        assertTrue(view.facts.getText().contains("40 stillingar, 30,0 årsverk"), view.facts.getText());
        assertTrue(view.facts.getText().endsWith("1 avvik frå lovkrav."), view.facts.getText());

        // full time: 10 of 40 positions at 100 %, for each unit with rows
        assertEquals(List.of("Alver kommune", "Helse og omsorg", "Institusjonstenester"),
                GridKt._fetch(view.fulltime.grid, 0, 10).stream().map(y -> y.stats().unitName()).toList());
        assertEquals("25,0 %", GridKt._getFormatted(view.fulltime.grid, 2, "share"));
        // retirements: the 2025 staff from 2026, ten years ahead with the defaults
        assertEquals(10, GridKt._size(view.retirements.totals));
        assertEquals("2026", GridKt._getFormatted(view.retirements.totals, 0, "year"));
        assertEquals(3, GridKt._size(view.unitGrid));
    }

    @Test
    void deviationsOutsideTheChosenSectorAreNamedSoTheCardAndThePageAgree() {
        ui.gapExample();
        ui.row("BRG-UH", Category.ASSISTENT, 100, 4, 30, 34);
        ui.f.requirements().create(new RequirementDraft(ui.unit("BRG-UH"), Category.VERNEPLEIAR, null, 0.25, true, "kap. 9", null),
                CompetenceUi.PLANNER);
        SectorView view = CompetenceUi.open("competence", SectorView.class);
        assertEquals("Alver kommune", view.sector.getValue().name(), "the larger top unit");
        assertTrue(view.facts.getText().endsWith("1 avvik frå lovkrav."), view.facts.getText());
        assertTrue(view.elsewhere.isVisible());
        assertEquals("Andre einingar utanfor Alver kommune har 1 avvik frå lovkrav: vel eininga over for å sjå det.",
                view.elsewhere.getText());

        view.sector.setValue(view.sector.getListDataView().getItems().filter(u -> u.name().equals("Bergen kommune")).findFirst()
                .orElseThrow());
        assertTrue(view.facts.getText().endsWith("1 avvik frå lovkrav."), view.facts.getText());
        Span bergen = (Span) GridKt._getCellComponent(view.gaps.deviations, 0, "gap");
        assertEquals("mangel 1,0 årsverk", bergen.getText());
        assertEquals("Andre einingar utanfor Bergen kommune har 1 avvik frå lovkrav: vel eininga over for å sjå det.",
                view.elsewhere.getText());
    }

    @Test
    void aSurplusIsSaidInWordsAndNotRed() {
        assertEquals("overskot 14,1 årsverk", Labels.gap(-14.1));
        assertEquals("mangel 4,0 årsverk", Labels.gap(4));
        assertEquals("i balanse", Labels.gap(0.01));
        assertEquals("var(--lumo-success-text-color)", Labels.gapSpan(-14.1).getStyle().get("color"));
    }

    @Test
    void anEmptyRegisterSaysSoAndHidesTheSections() {
        SectorView view = CompetenceUi.open("competence", SectorView.class);
        assertEquals("Bemanningsregisteret er tomt. ", view.empty.getText());
        assertFalse(view.gaps.getParent().orElseThrow().isVisible());
    }

    @Test
    void changingTheRetirementAgeRecomputesTheCurve() {
        ui.gapExample();
        SectorView view = CompetenceUi.open("competence", SectorView.class);
        String before = view.retirements.curve.chart.option();
        view.retirements.retirementAge.setValue("67");
        assertFalse(before.equals(view.retirements.curve.chart.option()));
        String at67 = view.retirements.curve.chart.option();
        view.retirements.retirementAge.setValue("90");
        assertTrue(view.retirements.retirementAge.isInvalid());
        assertEquals("Skriv eit tal frå 50 til 75.", view.retirements.retirementAge.getErrorMessage());
        view.retirements.retirementAge.setValue("6x7");
        assertTrue(view.retirements.retirementAge.isInvalid(), "letters are not dropped to 67");
        assertEquals(at67, view.retirements.curve.chart.option(), "nothing is computed on a value that is not a number");
    }

    @Test
    void aPlannerEntersANationalFigureAndTheFullTimeTableHoldsTheUnitsAgainstIt() {
        ui.gapExample();
        CompetenceUi.signIn(CompetenceUi.PLANNER);
        SectorView view = CompetenceUi.open("competence", SectorView.class);
        assertEquals("", GridKt._getFormatted(view.fulltime.grid, 0, "national"));
        view.benchmarks.add.click();
        BenchmarkDialog dialog = LocatorJ._get(BenchmarkDialog.class);
        dialog.kind.setValue(BenchmarkKind.NATIONAL);
        dialog.year.setValue("2025");
        dialog.share.setValue("141");
        dialog.save.click();
        assertTrue(dialog.share.isInvalid());
        assertEquals("Skriv eit tal frå 0 til 100.", dialog.share.getErrorMessage());
        dialog.share.setValue("41");
        dialog.source.setValue("KS, helse og omsorg");
        dialog.save.click();
        assertFalse(dialog.isOpened());
        assertEquals(1, ui.f.fulltime().benchmarks().size());
        assertEquals("41,0 %", GridKt._getFormatted(view.fulltime.grid, 0, "national"));
        assertEquals("41,0 %", GridKt._getFormatted(view.benchmarks.grid, 0, "share"));
    }

    @Test
    void aReaderSeesTheBenchmarksButCannotChangeThem() {
        ui.gapExample();
        SectorView view = CompetenceUi.open("competence", SectorView.class);
        assertFalse(view.benchmarks.add.isVisible());
        assertEquals(null, view.benchmarks.grid.getColumnByKey("actions"));
    }
}
