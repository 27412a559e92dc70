package no.planverk.competence.core.internal.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import no.planverk.competence.api.FileFormat;
import no.planverk.competence.api.GapBasis;
import no.planverk.competence.api.RecruitmentGap;
import no.planverk.competence.api.RetirementParams;
import no.planverk.competence.api.RetirementProjection;
import no.planverk.competence.core.internal.CompetenceFixture;
import no.planverk.platform.api.Role;
import no.planverk.platform.api.UserContext;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** The projection from the register on Derby; with forecasting, see the bridge's tests. */
class RetirementServiceTest {

    final CompetenceFixture f = CompetenceFixture.inMemory();

    @AfterEach
    void close() {
        f.close();
    }

    @Test
    void projectsTheNewestRegisterOfTheUnitAndTheUnitsBelow() {
        String csv = "unit,year,category,percent,count,age\nALV-HO-HEIM,2024,sjukepleiar,100,9,61\n"
                + "ALV-HO-HEIM,2025,sjukepleiar,100,1,61\nALV-HO-INST,2025,sjukepleiar,100,1,40\nALV-HO-INST,2025,helsefagarbeidar,50,2,60-61";
        f.workforce().importData(FileFormat.CSV, csv.getBytes(StandardCharsets.UTF_8), UserContext.of("p", Role.PLANNER));
        RetirementProjection p = f.retirements().project(f.units().id("ALV-HO"), null, new RetirementParams(3, 62, 0.1));
        assertEquals(2025, p.baseYear());
        assertEquals(RetirementsTest.example().totals(), p.totals()); // the same register as the hand-computed example
        assertEquals(new RetirementParams(10, 62, 0.08), f.retirements().defaults());
    }

    @Test
    void withoutForecastingItSaysSo() {
        assertFalse(f.retirements().forecastingInstalled());
        assertTrue(f.retirements().forecastRuns().isEmpty());
        RecruitmentGap g = f.retirements().recruitmentGap(f.units().id("ALV-HO"), null, 1, null, GapBasis.FORECAST, null);
        assertFalse(g.available());
        assertTrue(g.message().startsWith("Forecasting is not installed"), g.message());
    }
}
