package no.planverk.forecasting.core.internal.csv;

import no.planverk.platform.api.RowError;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.util.List;
import no.planverk.forecasting.api.DementiaRate;
import no.planverk.forecasting.api.InvalidCsvException;
import no.planverk.forecasting.api.PopulationProjection;
import no.planverk.forecasting.api.ServiceUsers;
import no.planverk.platform.api.InvalidInputException;
import org.junit.jupiter.api.Test;

class ForecastCsvImplTest {
    private final ForecastCsvImpl csv = new ForecastCsvImpl();

    private static byte[] utf8(String s) {
        return s.getBytes(StandardCharsets.UTF_8);
    }

    private List<RowError> populationErrors(String content) {
        return populationErrors(utf8(content));
    }

    private List<RowError> populationErrors(byte[] content) {
        return assertThrows(InvalidCsvException.class, () -> csv.population(content)).errors();
    }

    private static void assertError(List<RowError> errors, int line, String column, String reasonPart) {
        assertTrue(errors.stream().anyMatch(e -> e.line() == line && java.util.Objects.equals(e.column(), column)
                && e.reason().contains(reasonPart)), () -> "no error at " + line + "/" + column + " with '" + reasonPart + "' in " + errors);
    }

    @Test
    void readsCommaFileWithOpenTopAge() {
        PopulationProjection p = csv.population(utf8("year,age,population\n2020,0,10\n2020,1,20\n2020,2+,5\n"
                + "2021,0,11\n2021,1,21.5\n2021,2+,6\n"));
        assertTrue(p.openTop());
        assertEquals(2, p.topAge());
        assertEquals(21.5, p.population(2021, 1));
        assertEquals(35, p.total(2020));
    }

    @Test
    void readsSemicolonFileWithBomAnyColumnOrderAndDecimalComma() {
        PopulationProjection p = csv.population(utf8("\uFEFFAge;Year;Population\r\n0;2020;\"10,5\"\r\n\r\n1;2020;20\r\n"));
        assertFalse(p.openTop());
        assertEquals(10.5, p.population(2020, 0));
        assertEquals(1, p.topAge());
    }

    @Test
    void wrongHeader() {
        List<RowError> errors = populationErrors("year,alder,population\n2020,0,10\n");
        assertError(errors, 1, "alder", "Unknown column");
        assertError(errors, 1, "age", "is missing");
    }

    @Test
    void nonNumbersAndNegativesNameLineAndColumn() {
        List<RowError> errors = populationErrors("year,age,population\n2020,0,ti\n2020,x,5\n2020,2,-3\n2020,3,1e3\n");
        assertError(errors, 2, "population", "'ti'");
        assertError(errors, 3, "age", "'x'");
        assertError(errors, 4, "population", "0 or more");
        assertError(errors, 5, "population", "'1e3'");
        assertEquals(4, errors.size());
    }

    @Test
    void ageAboveLimit() {
        assertError(populationErrors("year,age,population\n2020,121,1\n"), 2, "age", "0 to 120");
    }

    @Test
    void duplicateYearAndAge() {
        assertError(populationErrors("year,age,population\n2020,0,1\n2020,1,1\n2020,0,2\n"), 4, "age", "also on line 2");
        assertError(populationErrors("year,age,population\n2020,0,1\n2020,1,1\n2020,1+,2\n"), 4, "age", "also on line 3");
    }

    @Test
    void missingAgesAndUnequalYears() {
        assertError(populationErrors("year,age,population\n2020,0,1\n2020,2,1\n2020,3,1\n"), 2, "age", "lacks 1 age(s): [1]");
        assertError(populationErrors("year,age,population\n2020,0,1\n2020,1,1\n2021,0,1\n2021,1+,1\n"), 4, "age",
                "ends at age 1+, 2020 at 1");
        assertError(populationErrors("year,age,population\n2020,0,1\n2020,1+,1\n2020,2,1\n"), 3, "age", "must be the highest age");
    }

    @Test
    void latin1BytesAreRefusedAtTheirLine() {
        byte[] latin1 = "year,age,population\n2020,0,1\n2020,1,1 # Ålvik\n".getBytes(StandardCharsets.ISO_8859_1);
        List<RowError> errors = populationErrors(latin1);
        assertEquals(1, errors.size());
        assertError(errors, 3, null, "not UTF-8 (byte 0xC5)");
    }

    @Test
    void emptyFilesAndHeaderOnly() {
        assertError(populationErrors(""), 1, null, "empty");
        assertError(populationErrors("\uFEFF \n"), 1, null, "empty");
        assertError(populationErrors("year,age,population\n"), 2, null, "no rows");
    }

    @Test
    void cellCountAndQuoting() {
        assertError(populationErrors("year,age,population\n2020,0\n"), 2, null, "2 cells");
        assertError(populationErrors("year,age,population\n2020,0,\"1\n"), 2, null, "not valid CSV from this line on");
    }

    @Test
    void errorIsInvalidInput() {
        InvalidInputException e = assertThrows(InvalidInputException.class, () -> csv.population(utf8("a\n1\n")));
        assertTrue(e.getMessage().contains("line 1"), e.getMessage());
    }

    @Test
    void serviceUsers() {
        List<ServiceUsers> users = csv.serviceUsers(utf8("service;age_from;age_to;users\nheimetenester;0;66;120\n"
                + "heimetenester;67;120;800\nheildøgns omsorg;67;120;300\nheildøgns omsorg;0;66;2\n"));
        assertEquals(4, users.size());
        assertEquals(new ServiceUsers("heildøgns omsorg", 67, 120, 300), users.get(2));
    }

    @Test
    void serviceUsersBadBands() {
        List<RowError> gap = assertThrows(InvalidCsvException.class, () -> csv.serviceUsers(utf8(
                "service,age_from,age_to,users\nh,0,66,1\nh,70,120,1\nc,5,120,1\n"))).errors();
        assertError(gap, 3, "age_from", "no band for ages 67-69");
        assertError(gap, 4, "age_from", "no band for ages 0-4");
        List<RowError> overlap = assertThrows(InvalidCsvException.class, () -> csv.serviceUsers(utf8(
                "service,age_from,age_to,users\nh,0,66,1\nh,60,120,1\nh,80,70,1\n,0,1,1\n"))).errors();
        assertError(overlap, 4, "age_to", "below age_from");
        assertError(overlap, 5, "service", "missing");
        List<RowError> overlapOnly = assertThrows(InvalidCsvException.class, () -> csv.serviceUsers(utf8(
                "service,age_from,age_to,users\nh,0,66,1\nh,60,120,1\n"))).errors();
        assertError(overlapOnly, 3, "age_from", "ages 60-66 are also in the band on line 2");
    }

    @Test
    void dementiaRates() {
        List<DementiaRate> rates = csv.dementiaRates(utf8("age_from,age_to,rate\n65,79,0.02\n80,120,\"0,15\"\n"));
        assertEquals(List.of(new DementiaRate(65, 79, 0.02), new DementiaRate(80, 120, 0.15)), rates);
        List<RowError> errors = assertThrows(InvalidCsvException.class, () -> csv.dementiaRates(utf8(
                "age_from,age_to,rate\n65,79,1.81\n"))).errors();
        assertError(errors, 2, "rate", "at most 1");
        assertError(assertThrows(InvalidCsvException.class, () -> csv.dementiaRates(utf8(
                "age_from,age_to,rate\n65,85,0.1\n80,120,0.2\n"))).errors(), 3, "age_from", "also in the band on line 2");
    }
}
