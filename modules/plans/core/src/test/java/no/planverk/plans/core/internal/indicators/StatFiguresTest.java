package no.planverk.plans.core.internal.indicators;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.TreeMap;
import no.planverk.platform.api.InvalidInputException;
import org.junit.jupiter.api.Test;

/** Files written by hand in SSB's shapes: a KOSTRA-like table with two regions, two statistics and three years. */
class StatFiguresTest {

    /** JSON-stat 2.0 as SSB's PxWebApi answers: index as an object, role.time and role.geo, value row-major. */
    static final String JSON = """
            {"version":"2.0","class":"dataset","label":"12209: Plassar i pleie- og omsorgstenesta, etter region, statistikkvariabel og år",
             "id":["KOKkommuneregion0000","ContentsCode","Tid"],"size":[2,2,3],
             "role":{"time":["Tid"],"geo":["KOKkommuneregion0000"],"metric":["ContentsCode"]},
             "dimension":{
              "KOKkommuneregion0000":{"label":"region","category":{"index":{"4601":0,"4631":1},"label":{"4601":"Bergen","4631":"Alver"}}},
              "ContentsCode":{"label":"statistikkvariabel","category":{"index":{"KOSandel1":0,"KOSplassar":1},
                 "label":{"KOSandel1":"Del 80 år og eldre på institusjon","KOSplassar":"Plassar i institusjon"}}},
              "Tid":{"label":"år","category":{"index":["2021","2022","2023"]}}},
             "value":[11.2,10.9,10.4, 1850,1846,null, 9.8,9.5,9.1, 160,158,155]}
            """;

    /** The same table as SSB's CSV download, long (one row per year, the value last). */
    static final String CSV_LONG = """
            "12209: Plassar i pleie- og omsorgstenesta, etter region, statistikkvariabel og år"

            "region";"statistikkvariabel";"år";"Plassar i pleie- og omsorgstenesta"
            "4601 Bergen";"Plassar i institusjon";"2021";1850
            "4601 Bergen";"Plassar i institusjon";"2022";1846
            "4601 Bergen";"Plassar i institusjon";"2023";..
            "4631 Alver";"Plassar i institusjon";"2021";160
            "4631 Alver";"Plassar i institusjon";"2022";158
            "4631 Alver";"Plassar i institusjon";"2023";155
            """;

    /** And wide by year, the statistic before the year in each column's name. */
    static final String CSV_WIDE = """
            "12209: Plassar i pleie- og omsorgstenesta, etter region, statistikkvariabel og år"
            "region";"Del 80 år og eldre på institusjon 2021";"Del 80 år og eldre på institusjon 2022";"Del 80 år og eldre på institusjon 2023";"Plassar i institusjon 2021";"Plassar i institusjon 2022";"Plassar i institusjon 2023"
            "4601 Bergen";"11,2";"10,9";"10,4";1850;1846;..
            "4631 Alver";"9,8";"9,5";"9,1";160;158;155
            """;

    private static StatFigures read(String text, Map<String, String> choices) {
        return StatFigures.read(text.getBytes(StandardCharsets.UTF_8), choices);
    }

    private static Map<Integer, Double> years(double a, double b, double c) {
        return new TreeMap<>(Map.of(2021, a, 2022, b, 2023, c));
    }

    @Test
    void jsonStatGivesTheChosenRegionAndStatisticByYear() {
        StatFigures f = read(JSON, Map.of("region", "4631", "contents", "KOSplassar"));
        assertEquals(years(160, 158, 155), f.values());
        assertEquals("12209", f.table());
        assertEquals(years(11.2, 10.9, 10.4), read(JSON, Map.of("region", "Bergen", "contents", "KOSandel1")).values());
    }

    @Test
    void aMissingValueLeavesItsYearOut() {
        assertEquals(new TreeMap<>(Map.of(2021, 1850.0, 2022, 1846.0)), read(JSON, Map.of("region", "4601", "contents", "KOSplassar")).values());
        assertEquals(new TreeMap<>(Map.of(2021, 1850.0, 2022, 1846.0)), read(CSV_LONG, Map.of("region", "4601")).values());
    }

    @Test
    void csvLongAndWideGiveWhatJsonStatGives() {
        Map<String, String> alver = Map.of("region", "4631", "contents", "KOSplassar");
        assertEquals(read(JSON, alver).values(), read(CSV_LONG, alver).values());
        assertEquals(read(JSON, alver).values(), read(CSV_WIDE, Map.of("region", "4631", "contents", "Plassar i institusjon")).values());
        assertEquals(years(9.8, 9.5, 9.1), read(CSV_WIDE, Map.of("region", "4631", "contents", "Del 80 år og eldre på institusjon")).values());
        assertEquals("12209", read(CSV_LONG, alver).table());
    }

    @Test
    void twoRegionsWithoutAChoiceNameTheDimensionAndItsCategories() {
        InvalidInputException e = assertThrows(InvalidInputException.class, () -> read(JSON, Map.of("contents", "KOSplassar")));
        String text = e.fieldMessages().get("file").english();
        assertTrue(text.contains("region=") && text.contains("4601 Bergen") && text.contains("4631 Alver"), text);
        InvalidInputException unknown = assertThrows(InvalidInputException.class, () -> read(JSON, Map.of("region", "1103", "contents", "KOSplassar")));
        assertEquals("plans.ssb.unknownCategory", unknown.fieldMessages().get("file").key());
    }

    @Test
    void brokenFilesAreRefusedWithTheirReason() {
        String shortValues = JSON.replace(",155]", "]");
        assertEquals("plans.ssb.jsonstat.valueCount", key(shortValues));
        assertEquals("plans.ssb.number", key(CSV_LONG.replace(";158", ";mange")));
        assertEquals("plans.ssb.year", key(JSON.replace("\"2023\"", "\"2023K1\"")));
        assertEquals("plans.ssb.json", key("{\"class\":"));
        assertEquals("plans.ssb.jsonstat.notDataset", key("{\"class\":\"collection\"}"));
    }

    @Test
    void sparseValuesAndAnIndexArrayAreRead() {
        String sparse = """
                {"class":"dataset","id":["Region","Tid"],"size":[1,2],"role":{"time":["Tid"]},
                 "dimension":{"Region":{"category":{"index":["4631"]}},"Tid":{"category":{"index":["2019","2020"]}}},
                 "value":{"1":81.9}}
                """;
        assertEquals(new TreeMap<>(Map.of(2020, 81.9)), read(sparse, Map.of()).values());
    }

    @Test
    void theParametersAreTheDimensionIds() {
        assertTrue(StatFigures.parameters(JSON.getBytes(StandardCharsets.UTF_8)).contains("KOKkommuneregion0000"));
        assertTrue(StatFigures.parameters(CSV_LONG.getBytes(StandardCharsets.UTF_8)).contains("region"));
        assertEquals(java.util.List.of("region", "contents"), StatFigures.parameters("{broken".getBytes(StandardCharsets.UTF_8)));
    }

    private static String key(String text) {
        InvalidInputException e = assertThrows(InvalidInputException.class, () -> read(text, Map.of("region", "4631", "contents", "KOSplassar")));
        return e.fieldMessages().get("file").key();
    }
}
