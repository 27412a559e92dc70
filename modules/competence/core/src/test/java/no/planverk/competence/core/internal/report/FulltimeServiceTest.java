package no.planverk.competence.core.internal.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.nio.charset.StandardCharsets;
import java.util.List;
import no.planverk.competence.api.BenchmarkDraft;
import no.planverk.competence.api.BenchmarkKind;
import no.planverk.competence.api.FileFormat;
import no.planverk.competence.api.FulltimeReport;
import no.planverk.competence.api.FulltimeStats;
import no.planverk.competence.api.FulltimeYear;
import no.planverk.competence.core.internal.CompetenceFixture;
import no.planverk.platform.api.AccessDeniedException;
import no.planverk.platform.api.InvalidInputException;
import no.planverk.platform.api.Role;
import no.planverk.platform.api.UserContext;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class FulltimeServiceTest {

    static final UserContext PLANNER = UserContext.of("planlegg", Role.PLANNER);

    final CompetenceFixture f = CompetenceFixture.inMemory();
    final long ho = f.units().id("ALV-HO");

    @AfterEach
    void close() {
        f.close();
    }

    @Test
    void theTrendPerYearAgainstTargetAndNationalFigures() {
        String csv = "unit,year,category,percent,count,age\n"
                + "ALV-HO-HEIM,2024,helsefagarbeidar,100,1,40\nALV-HO-HEIM,2024,helsefagarbeidar,50,3,40\n"
                + "ALV-HO-HEIM,2025,helsefagarbeidar,100,2,40\nALV-HO-HEIM,2025,helsefagarbeidar,50,2,40\n"
                + "ALV-HO-INST,2025,sjukepleiar,100,1,30\nALV-HO-INST,2025,sjukepleiar,60,3,30";
        f.workforce().importData(FileFormat.CSV, csv.getBytes(StandardCharsets.UTF_8), PLANNER);
        f.fulltime().create(new BenchmarkDraft(BenchmarkKind.TARGET, 2024, ho, 0.5, null, "KDP HSO"), PLANNER);
        f.fulltime().create(new BenchmarkDraft(BenchmarkKind.NATIONAL, 2024, null, 0.42, 76.0, "KS (døme)"), PLANNER);
        FulltimeReport r = f.fulltime().report(ho);
        assertEquals(List.of(2024, 2025), r.trend().stream().map(y -> y.stats().year()).toList());
        FulltimeYear y2024 = r.trend().get(0);
        assertEquals(0.25, y2024.stats().fullTimeShare(), 1e-9); // 1 of 4
        assertEquals(62.5, y2024.stats().averagePercent(), 1e-9); // (100 + 150) / 4
        FulltimeYear y2025 = r.trend().get(1);
        assertEquals(3.0 / 8, y2025.stats().fullTimeShare(), 1e-9);
        assertEquals(580.0 / 8, y2025.stats().averagePercent(), 1e-9); // (200 + 100 + 100 + 180) / 8
        assertEquals(0.5, y2025.targetShare());
        assertEquals(0.42, y2025.nationalShare());
        assertEquals(76.0, y2025.nationalAverage());
        assertEquals(List.of("Heimetenester", "Helse og omsorg", "Institusjonstenester"), r.units().stream().map(FulltimeStats::unitName).toList());
        assertEquals(0.25, r.units().get(2).fullTimeShare(), 1e-9);
    }

    @Test
    void benchmarksAreForPlannersAndNationalOnesForAll() {
        assertThrows(AccessDeniedException.class, () -> f.fulltime().create(new BenchmarkDraft(BenchmarkKind.TARGET, 2025, null, 0.5, null,
                null), UserContext.of("lesar", Role.READER)));
        InvalidInputException e = assertThrows(InvalidInputException.class, () -> f.fulltime().create(new BenchmarkDraft(
                BenchmarkKind.NATIONAL, 2025, ho, 1.5, null, null), PLANNER));
        assertEquals(List.of("unitId", "fullTimeShare"), List.copyOf(e.fieldErrors().keySet()));
    }
}
