package no.planverk.competence.ui.internal.recruitment;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.github.mvysny.kaributesting.v10.GridKt;
import java.util.List;
import java.util.Optional;
import no.planverk.competence.api.Category;
import no.planverk.competence.api.ForecastRun;
import no.planverk.competence.api.FteForecasts;
import com.vaadin.flow.component.html.Span;
import no.planverk.competence.api.GapBasis;
import no.planverk.competence.api.YearValue;
import no.planverk.competence.ui.internal.CompetenceUi;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** The recruitment gap: a clear message without forecasting, the gap per year with it. */
class RecruitmentViewTest {

    /** A saved run as the forecasting bridge would give it: 4.0, 4.4 and 4.8 FTE in 2025-2027. */
    static final FteForecasts FORECASTS = new FteForecasts() {
        @Override
        public List<ForecastRun> runs() {
            return List.of(new ForecastRun(7, "Alver 2025", 2025, 2027, List.of("normal", "delayed")));
        }

        @Override
        public Optional<List<YearValue>> fte(long runId, String scenario) {
            return runId == 7 ? Optional.of(List.of(new YearValue(2025, 4.0), new YearValue(2026, 4.4), new YearValue(2027, 4.8)))
                    : Optional.empty();
        }
    };

    private final CompetenceUi ui = new CompetenceUi(CompetenceUi.READER);

    @AfterEach
    void close() {
        ui.close();
    }

    @Test
    void withoutForecastingTheViewSaysSoClearly() {
        RecruitmentView view = CompetenceUi.open("competence/recruitment", RecruitmentView.class);
        assertTrue(view.unavailable.isVisible());
        assertTrue(view.unavailable.getText().startsWith("Prognosemodulen er ikkje installert, så rekrutteringsgapet mot ein prognose"),
                view.unavailable.getText());
        assertFalse(view.grid.isAttached(), "no table without forecasting");
    }

    @Test
    void withForecastingTheGapPerYearIsShown() {
        ui.f.forecasts(FORECASTS);
        ui.row("ALV-HO-HEIM", Category.SJUKEPLEIAR, 100, 1, 61, 61);
        ui.row("ALV-HO-HEIM", Category.SJUKEPLEIAR, 100, 1, 40, 40);
        ui.row("ALV-HO-HEIM", Category.HELSEFAGARBEIDAR, 50, 2, 60, 61);
        RecruitmentView view = CompetenceUi.open("competence/recruitment", RecruitmentView.class);
        assertEquals("Alver 2025", view.run.getValue().name());
        assertEquals("normal", view.scenario.getValue());
        view.basis.setValue(GapBasis.FORECAST);
        assertEquals(3, GridKt._size(view.grid));
        assertEquals("2025", GridKt._getFormatted(view.grid, 0, "year"));
        assertEquals("4,0", GridKt._getFormatted(view.grid, 0, "needed"));
        assertEquals("3,0", GridKt._getFormatted(view.grid, 0, "projected"));
        Span gap = (Span) GridKt._getCellComponent(view.grid, 0, "gap");
        assertEquals("mangel 1,0 årsverk", gap.getText(), "4,0 needed − today's 3,0");
        assertEquals("Normal aldring", view.scenario.getItemLabelGenerator().apply(view.scenario.getValue()),
                "the scenario in the user's language, not its id");
        assertTrue(view.chart.chart.option().contains("(Normal aldring)"), view.chart.chart.option());
        assertTrue(view.chart.chart.option().contains("\"Rekrutteringsgap\""));
    }
}
