package no.planverk.forecasting.core.internal.io;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.util.Map;
import no.planverk.forecasting.api.InputSource;
import no.planverk.forecasting.api.PopulationFile;
import no.planverk.forecasting.api.PopulationProjection;
import no.planverk.platform.api.InvalidInputException;
import org.junit.jupiter.api.Test;

/** SSB's population files (src/test/resources/ssb, see its README): the shapes StatBank gives, and broken ones. */
class SsbPopulationTest {

    private static byte[] file(String name) {
        return SsbFiles.file(name);
    }

    private static PopulationFile read(String name, Map<String, String> choices) {
        return SsbPopulation.read(file(name), choices).orElseThrow();
    }

    /** Alver's population at age a in year y, as the files' rule makes it (both sexes). */
    private static double alver(int age, int year) {
        return 401 + 4 * age + 2 * (year - 2024);
    }

    private static String refused(String name, Map<String, String> choices) {
        InvalidInputException e = assertThrows(InvalidInputException.class, () -> read(name, choices));
        return e.getMessage();
    }

    @Test
    void jsonStatWithTwoRegionsSumsTheSexesOfTheChosenRegion() {
        PopulationFile file = read("14288-alver-bergen.json", Map.of("region", "4631"));
        PopulationProjection p = file.population();
        assertEquals(105, p.topAge());
        assertTrue(p.openTop(), "105+ is the open top");
        assertEquals("105+", p.topLabel());
        assertEquals(java.util.List.of(2024, 2025), java.util.List.copyOf(p.years().keySet()));
        assertEquals(401, p.population(2024, 0));
        assertEquals(alver(80, 2025), p.population(2025, 80)); // 723: 2·(200 + 160 + 1) + 1
        assertEquals(alver(105, 2024), p.population(2024, 105));
        assertEquals(new InputSource("json-stat2", "14288",
                "14288: Framskrevet folkemengde 1. januar, etter region, kjønn, alder, statistikkvariabel og år", "4631 Alver",
                "Framskrevet folkemengde 1. januar, hovedalternativet (MMMM)", "2024-06-11T06:00:00Z"), file.source());
        assertEquals(2001, read("14288-alver-bergen.json", Map.of("region", "Bergen")).population().population(2024, 0),
                "a region by its name too: 1000 + 1001");
    }

    @Test
    void twoRegionsWithoutAChoiceAreRefusedNamingTheRegions() {
        InvalidInputException e = assertThrows(InvalidInputException.class, () -> read("14288-alver-bergen.json", Map.of()));
        assertEquals("The file has 2 categories of 'region': 4601 Bergen, 4631 Alver. Choose one with the parameter region", e.getMessage());
        assertEquals("forecasting.ssb.choose", e.message().key());
        assertTrue(e.fieldErrors().containsKey("region"));
        assertEquals("'region' has no category '9999'; it has 4601 Bergen, 4631 Alver", refused("14288-alver-bergen.json",
                Map.of("region", "9999")));
    }

    @Test
    void pxWebCsvLongAndWideGiveTheSameInputAsJsonStat() {
        PopulationFile json = read("14288-alver-bergen.json", Map.of("region", "4631"));
        PopulationFile longCsv = read("14288-long.csv", Map.of("region", "4631"));
        PopulationFile wide = read("14288-wide-alver.csv", Map.of());
        assertEquals(json.population(), longCsv.population());
        assertEquals(json.population(), read("14288-long.csv", Map.of("region", "alver")).population(), "a cell '4631 Alver' by its name");
        assertEquals(json.population(), wide.population());
        assertEquals(new InputSource("pxweb-csv", "14288",
                "14288: Framskrevet folkemengde 1. januar, etter region, kjønn, alder, statistikkvariabel og år", "4631 Alver",
                "Framskrevet folkemengde 1. januar, hovedalternativet (MMMM)", null), longCsv.source());
        assertEquals("4631 Alver", wide.source().region());
        assertEquals("framskrevet folkemengde 1. januar, hovedalternativet (mmmm)", wide.source().series(),
                "the text before the year in the column names");
        assertEquals("The file has 2 categories of 'region': 4601 Bergen, 4631 Alver. Choose one with the parameter region",
                refused("14288-long.csv", Map.of()));
    }

    @Test
    void theFormatIsRecognisedFromTheContent() {
        assertEquals(SsbPopulation.Format.JSON_STAT, SsbPopulation.format(file("14288-alver-bergen.json")));
        assertEquals(SsbPopulation.Format.PXWEB_CSV, SsbPopulation.format(file("14288-long.csv")));
        assertEquals(SsbPopulation.Format.PXWEB_CSV, SsbPopulation.format(file("14288-wide-alver.csv")));
        assertEquals(SsbPopulation.Format.PLANVERK_CSV, SsbPopulation.format("year,age,population\n2020,0,1\n".getBytes(StandardCharsets.UTF_8)));
        assertEquals(SsbPopulation.Format.PLANVERK_CSV, SsbPopulation.format("\uFEFFÅr;Alder;Population\n".getBytes(StandardCharsets.UTF_8)));
        assertEquals(SsbPopulation.Format.PLANVERK_CSV, SsbPopulation.format(new byte[0]));
        assertTrue(SsbPopulation.read("year,age,population\n2020,0,1\n".getBytes(StandardCharsets.UTF_8), Map.of()).isEmpty());
    }

    @Test
    void aBrokenCsvRowIsARowErrorWithTheFilesLineNumber() {
        String csv = "\"14288: Framskrevet folkemengde\"\n\n\"alder\";\"år\";\"Folkemengde\"\n\"0 år\";\"2024\";100\n\"1 år\";\"2024\"\n";
        no.planverk.forecasting.api.InvalidCsvException e = assertThrows(no.planverk.forecasting.api.InvalidCsvException.class,
                () -> SsbPopulation.read(csv.getBytes(StandardCharsets.UTF_8), Map.of()));
        assertEquals(5, e.errors().get(0).line(), "the title line and the blank line count: " + e.errors());
    }

    @Test
    void sizeAndValueCountMustAgree() {
        assertEquals("The file has 5 values, but its sizes [3, 2] make 6", refused("broken-size.json", Map.of()));
    }

    @Test
    void anUnknownAgeCodeIsRefusedByName() {
        assertEquals("'999 Alle aldrar' is not a single year of age (such as 000, 105+ or \"0 år\")", refused("broken-age-code.json", Map.of()));
    }

    @Test
    void ageBandsAreRefused() {
        assertTrue(refused("broken-band.json", Map.of()).startsWith("The age group 'F000-019 0-19 år' is a band;"));
        String csv = "\"region\";\"alder\";\"år\";\"Folkemengde\"\n\"4631 Alver\";\"0-19 år\";\"2024\";2000\n";
        InvalidInputException e = assertThrows(InvalidInputException.class,
                () -> SsbPopulation.read(csv.getBytes(StandardCharsets.UTF_8), Map.of()));
        assertEquals("forecasting.ssb.age.band", e.message().key());
    }

    @Test
    void aMissingValueIsAnErrorWithItsYearAndAge() {
        assertEquals("1 value(s) are missing (null, .. or :), the first in 2024 at age 1", refused("broken-missing.json", Map.of()));
        String csv = "\"alder\";\"år\";\"Folkemengde\"\n\"0 år\";\"2024\";100\n\"1 år\";\"2024\";\"..\"\n\"0 år\";\"2025\";\":\"\n\"1 år\";\"2025\";7\n";
        assertEquals("2 value(s) are missing (null, .. or :), the first in 2024 at age 1",
                assertThrows(InvalidInputException.class, () -> SsbPopulation.read(csv.getBytes(StandardCharsets.UTF_8), Map.of()))
                        .getMessage());
    }

    @Test
    void twoAlternativesNeedAChoice() {
        InvalidInputException e = assertThrows(InvalidInputException.class, () -> read("broken-two-alternatives.json", Map.of()));
        assertEquals("The file has 2 categories of 'statistikkvariabel': FolkemengdeMMMM Hovedalternativet (MMMM), "
                + "FolkemengdeLLML Lav nasjonal vekst (LLML). Choose one with the parameter series", e.getMessage());
        assertTrue(e.fieldErrors().containsKey("series"));
        PopulationFile low = read("broken-two-alternatives.json", Map.of("series", "FolkemengdeLLML"));
        assertEquals(290, low.population().population(2024, 0));
        assertEquals(295, low.population().population(2024, 1));
        assertEquals("Lav nasjonal vekst (LLML)", read("broken-two-alternatives.json",
                Map.of("series", "lav nasjonal vekst (llml)")).source().series(), "an alternative by its label too");
    }

    @Test
    void jsonStatTakesIndexAsAnArrayAndSparseValues() {
        String json = """
                {"version":"2.0","class":"dataset","id":["Tid","Alder"],"size":[1,3],"role":{"time":["Tid"]},
                 "dimension":{"Tid":{"category":{"index":["2030"]}},
                   "Alder":{"category":{"index":["000","001","002+"],"label":{"000":"0 år","001":"1 år","002+":"2 år eller eldre"}}}},
                 "value":{"0":5,"1":6,"2":7}}""";
        PopulationProjection p = SsbPopulation.read(json.getBytes(StandardCharsets.UTF_8), Map.of()).orElseThrow().population();
        assertEquals(7, p.population(2030, 2));
        assertTrue(p.openTop());
        String sparseGap = json.replace("\"value\":{\"0\":5,\"1\":6,\"2\":7}", "\"value\":{\"0\":5,\"2\":7}");
        assertEquals("1 value(s) are missing (null, .. or :), the first in 2030 at age 1",
                assertThrows(InvalidInputException.class, () -> SsbPopulation.read(sparseGap.getBytes(StandardCharsets.UTF_8), Map.of()))
                        .getMessage(), "a sparse cell that is not there is missing");
    }

    @Test
    void ageLabelsAndCodesAreSingleYears() {
        assertEquals(new SsbAges.Age(0, false), SsbAges.parse("000"));
        assertEquals(new SsbAges.Age(105, true), SsbAges.parse("105+"));
        assertEquals(new SsbAges.Age(7, false), SsbAges.parse("7 år"));
        assertEquals(new SsbAges.Age(105, true), SsbAges.parse("105 år eller eldre"));
        assertEquals(new SsbAges.Age(90, true), SsbAges.parse("90 years or older"));
        assertNull(SsbAges.parse("20-29"));
        assertTrue(SsbAges.band("20-29"));
        assertTrue(SsbAges.band("20-29 år"));
        assertNull(SsbAges.parse("Alle aldrar"));
    }
}
