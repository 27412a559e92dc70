package no.planverk.itests;

import static no.planverk.itests.Distribution.call;
import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import no.planverk.itests.Distribution.Answer;
import org.junit.Before;
import org.junit.Test;
import org.junit.runner.RunWith;
import org.ops4j.pax.exam.Configuration;
import org.ops4j.pax.exam.Option;
import org.ops4j.pax.exam.junit.PaxExam;
import org.ops4j.pax.exam.spi.reactors.ExamReactorStrategy;
import org.ops4j.pax.exam.spi.reactors.PerClass;

/**
 * Bad input (issue 10, item 4). The corpus in {@code src/test/resources/bad-input} (written by its {@code generate.py}; the
 * huge files and the deeply nested JSON are made here) goes to every import endpoint of every module: each file must get
 * 400 (a body over the platform's 16 MiB limit: 400 or 413) with a JSON body whose message names the problem, and the line
 * (and column) where that applies, and nothing may be saved: the module's rows, read through its list and export calls,
 * and the audit trail's length are the same before and after. Each endpoint's {@code valid} file is the control: it must
 * pass a dry run, so a refusal means the file and not a broken endpoint. Script and HTML in text fields are kept as text
 * and come back unchanged; formula-like cells are defused in every CSV export and are never formulas in XLSX exports;
 * malformed JSON bodies are 400s. Every test collects all its mismatches and fails once with the whole list.
 */
@RunWith(PaxExam.class)
@ExamReactorStrategy(PerClass.class)
public class BadInputIT {

    static final int PORT = 19581;
    static final String BOOT = "planverk-all, planverk-demo";
    static final String CORPUS = "/bad-input/";
    static final String SCRIPT = "<script>alert(1)</script>";
    static final String IMG = "<img src=x onerror=alert(1)>";
    /** Cells that spreadsheets run as formulas. */
    static final List<String> FORMULAS = List.of("=1+2", "+SUM(1;2)", "-2+3", "@SUM(A1:A2)");

    private static boolean booted;

    @Configuration
    public Option[] config() {
        return Distribution.options(PORT, 1000, BOOT);
    }

    @Before
    public void awaitDemo() throws Exception {
        if (booted) {
            return;
        }
        Distribution.awaitHealthy(PORT, 120);
        List<String> all = List.of("competence", "consultation", "forecasting", "measures", "plans", "platform", "portal", "volunteers");
        assertEquals(all.toString(), Distribution.awaitModules(PORT, all, 90));
        Distribution.awaitBody(PORT, "planlegg", "/api/v1/plans?q=ALV-KDP-HSO", "\"code\":\"ALV-KDP-HSO\"", 90);
        Distribution.awaitBody(PORT, "planlegg", "/api/v1/measures?q=3.3.1.1-b", "\"number\":\"3.3.1.1-b\"", 90);
        Distribution.awaitBody(PORT, "planlegg", "/api/v1/forecasts/inputs", "SERVICE_USERS", 90);
        Distribution.awaitBody(PORT, "planlegg", "/api/v1/competence/units", "ALV-HO-TILD", 90);
        Distribution.awaitBody(PORT, "koordinator", "/api/v1/volunteers/volunteers", "Test Testesen", 90);
        Distribution.awaitBody(PORT, "koordinator", "/api/v1/volunteers/assignments", "Knarvik", 90);
        // the volunteer demo links assignments to a measure in the background (audited): let the audit trail settle,
        // since "nothing saved" compares its length
        Distribution.awaitBody(PORT, "lesar", "/api/v1/volunteers/assignments", "\"measureId\":", 150);
        String total = "";
        long end = System.currentTimeMillis() + 60_000;
        for (int stable = 0; stable < 6 && System.currentTimeMillis() < end; ) {
            Thread.sleep(500);
            String now = Distribution.first(call(PORT, "GET", "/api/v1/audit?limit=1", "admin", (String) null).body(), "\"total\":(\\d+)");
            stable = now.equals(total) ? stable + 1 : 0;
            total = now;
        }
        booted = true;
    }

    // ---------------------------------------------------------------------------------------------------------------------
    // The table: endpoints, files and what each must answer

    /** An import endpoint: the corpus folder of its files, who imports, the call, and the module whose rows must not change. */
    record Endpoint(String folder, String user, String path, String module) {

        String dryRun() {
            return path + (path.contains("?") ? "&" : "?") + "dryRun=true";
        }
    }

    /** What a bad file must get: the status, a part of the message, and the line and column when they apply (else null). */
    record Expect(String file, int status, String says, Integer line, String column) {
    }

    static final List<Endpoint> CSV_ENDPOINTS = List.of(
            new Endpoint("plans-plans", "planlegg", "/api/v1/plans/import?kind=plans&format=csv", "plans"),
            new Endpoint("plans-goals", "planlegg", "/api/v1/plans/import?kind=goals&format=csv", "plans"),
            new Endpoint("measures-csv", "planlegg", "/api/v1/measures/import?format=csv", "measures"),
            new Endpoint("forecast-population", "planlegg", "/api/v1/forecasts/inputs?kind=population&name=BI-population", "forecasting"),
            new Endpoint("forecast-service-users", "planlegg", "/api/v1/forecasts/inputs?kind=service-users&name=BI-users", "forecasting"),
            new Endpoint("forecast-costs", "planlegg", "/api/v1/forecasts/inputs?kind=costs&name=BI-costs", "forecasting"),
            new Endpoint("forecast-dementia", "planlegg", "/api/v1/forecasts/inputs?kind=dementia&name=BI-dementia", "forecasting"),
            new Endpoint("forecast-housing", "planlegg", "/api/v1/forecasts/inputs?kind=housing&name=BI-housing", "forecasting"),
            new Endpoint("competence-csv", "planlegg", "/api/v1/competence/import?format=csv", "competence"),
            new Endpoint("volunteers-organisations", "koordinator", "/api/v1/volunteers/import?kind=organisations", "volunteers"),
            new Endpoint("volunteers-volunteers", "koordinator", "/api/v1/volunteers/import?kind=volunteers", "volunteers"));
    static final List<Endpoint> XLSX_ENDPOINTS = List.of(
            new Endpoint("measures-xlsx", "planlegg", "/api/v1/measures/import?format=xlsx", "measures"),
            new Endpoint("competence-xlsx", "planlegg", "/api/v1/competence/import?format=xlsx", "competence"));
    static final List<Endpoint> JSON_ENDPOINTS = List.of(
            new Endpoint("plans-json", "planlegg", "/api/v1/plans/import?format=json", "plans"),
            new Endpoint("measures-json", "planlegg", "/api/v1/measures/import?format=json", "measures"));

    /** The required column each missing-column file leaves out, and the good rows of its valid file. */
    static String missingColumn(String folder) {
        return switch (folder) {
            case "plans-plans" -> "code";
            case "plans-goals", "measures-csv", "measures-xlsx" -> "plan";
            case "forecast-population" -> "year";
            case "forecast-service-users", "forecast-costs" -> "service";
            case "forecast-dementia" -> "age_from";
            case "forecast-housing" -> "centre";
            case "competence-csv", "competence-xlsx" -> "unit";
            default -> "name";
        };
    }

    static int goodRows(String folder) {
        return switch (folder) {
            case "forecast-population" -> 6;
            case "forecast-service-users", "forecast-dementia" -> 2;
            default -> 1;
        };
    }

    /** Every bad file of a CSV endpoint and its answer. */
    static List<Expect> csvFiles(String folder) {
        List<Expect> files = new ArrayList<>();
        if (!folder.equals("forecast-population") && !folder.equals("forecast-dementia")) { // numbers only: Latin-1 = ASCII there
            files.add(new Expect("latin1.csv", 400, "UTF-8", null, null));
        }
        files.add(new Expect("utf16-bom.csv", 400, "UTF-8", null, null));
        files.add(new Expect("archive.zip.csv", 400, "UTF-8", null, null));
        files.add(new Expect("../common/image.png.csv", 400, "UTF-8", null, null));
        files.add(new Expect("../common/empty.csv", 400, "empty", null, null));
        files.add(new Expect("wrong-delimiter.csv", 400, "is missing", 1, missingColumn(folder)));
        files.add(new Expect("missing-column.csv", 400, "'" + missingColumn(folder) + "' is missing", 1, missingColumn(folder)));
        files.add(new Expect("header-only.csv", 400, "no rows", null, null));
        files.add(new Expect("wide-row.csv", 400, "10000 cells", 2, null));
        // the last record opens a quote that is never closed: it starts after the header and the good rows
        files.add(new Expect("unterminated-quote.csv", 400, "not valid CSV", goodRows(folder) + 2, null));
        return files;
    }

    static List<Expect> xlsxFiles(String folder) {
        String unreadable = "not a readable XLSX";
        return List.of(
                new Expect("truncated.xlsx", 400, unreadable, null, null),
                new Expect("csv-renamed.xlsx", 400, unreadable, null, null),
                new Expect("image.png.xlsx", 400, unreadable, null, null),
                new Expect("../common/empty.csv", 400, folder.startsWith("competence") ? "empty" : unreadable, null, null),
                new Expect("missing-column.xlsx", 400, "'" + missingColumn(folder) + "' is missing", 1, missingColumn(folder)),
                new Expect("header-only.xlsx", 400, "no rows", null, null),
                new Expect("wide-row.xlsx", 400, "beyond the header", 2, null));
    }

    static List<Expect> jsonFiles(String folder) {
        boolean plans = folder.startsWith("plans");
        String list = plans ? "plans" : "measures";
        return List.of(
                new Expect("latin1.json", 400, "UTF-8", null, null),
                new Expect("utf16-bom.json", 400, "UTF-8", null, null),
                new Expect("../common/image.png.csv", 400, "UTF-8", null, null),
                new Expect("../common/empty.csv", 400, plans ? "A JSON file of plans is an object" : "A JSON file of measures starts", null,
                        null),
                new Expect("truncated.json", 400, "not valid JSON", null, null),
                new Expect("wrong-shape.json", 400, plans ? "must be a list" : "A JSON file of measures starts", null, null),
                new Expect("missing-field.json", 400, "Title is required", null, list + "[0].title"),
                new Expect("non-object-entry.json", 400, plans ? "Each plan is an object" : "Each measure is an object", null,
                        list + "[1]"));
    }

    // ---------------------------------------------------------------------------------------------------------------------
    // Tests

    @Test
    public void everyImportRefusesEveryBadFileAndSavesNothing() throws Exception {
        StringBuilder wrong = new StringBuilder();
        int checked = 0;
        for (Endpoint e : CSV_ENDPOINTS) {
            control(e, "valid.csv", wrong);
            checked += run(e, csvFiles(e.folder()), wrong);
        }
        for (Endpoint e : XLSX_ENDPOINTS) {
            control(e, "valid.xlsx", wrong);
            checked += run(e, xlsxFiles(e.folder()), wrong);
        }
        for (Endpoint e : JSON_ENDPOINTS) {
            control(e, "valid.json", wrong);
            checked += run(e, jsonFiles(e.folder()), wrong);
            // 100 000 nested arrays where the list of plans or measures goes
            String list = e.folder().startsWith("plans") ? "plans" : "measures";
            byte[] deep = ("{\"format\": \"planverk-" + list + "\", \"version\": 1, \"" + list + "\": " + "[".repeat(100_000)
                    + "]".repeat(100_000) + "}").getBytes(StandardCharsets.UTF_8);
            checked += check(e, "deeply nested (100 000 levels, generated)", deep, new Expect("", 400, "nesting depth", null, null), wrong);
        }
        System.out.printf("| bad input | %d (endpoint, file) pairs checked |%n", checked);
        assertEquals("bad files that were not refused cleanly, or saved something:\n" + wrong, "", wrong.toString());
    }

    /** PUT /forecasts/inputs/{id} replaces a stored input's file: a bad file must leave the input as it was. */
    @Test
    public void replacingAForecastInputWithABadFileKeepsTheInput() throws Exception {
        Answer list = call(PORT, "GET", "/api/v1/forecasts/inputs?kind=service-users", "planlegg", (String) null);
        Matcher m = Pattern.compile("\\{\"id\":(\\d+),\"kind\":\"SERVICE_USERS\"[^{}]*?\"version\":(\\d+)[,}]").matcher(list.body());
        assertTrue(list.body(), m.find());
        String path = "/api/v1/forecasts/inputs/" + m.group(1) + "?version=" + m.group(2);
        Endpoint replace = new Endpoint("forecast-service-users", "planlegg", path, "forecast-input-" + m.group(1));
        StringBuilder wrong = new StringBuilder();
        for (Expect x : csvFiles("forecast-service-users")) {
            if (!x.file().equals("../common/empty.csv")) { // an empty body keeps the content by design (README)
                check(replace, x.file(), read(replace.folder(), x.file()), x, "PUT", wrong);
            }
        }
        assertEquals("bad files that replaced a stored input, or were not refused cleanly:\n" + wrong, "", wrong.toString());
    }

    /** POST /forecasts/run takes the inputs inline as CSV text in JSON: the same answers, and nothing is stored. */
    @Test
    public void inlineForecastRunsRefuseBadCsvText() throws Exception {
        String population = text("forecast-population", "valid.csv");
        StringBuilder wrong = new StringBuilder();
        Endpoint run = new Endpoint("forecast-service-users", "planlegg", "/api/v1/forecasts/run", "forecasting");
        Answer ok = call(PORT, "POST", run.path(), "planlegg", "{\"population\": " + json(population) + ", \"serviceUsers\": "
                + json(text(run.folder(), "valid.csv")) + "}");
        if (ok.status() != 200) {
            wrong.append("control: the valid inline run answered ").append(ok.status()).append(' ').append(cut(ok.body())).append('\n');
        }
        for (Expect x : csvFiles(run.folder())) {
            if (x.file().startsWith("wrong") || x.file().startsWith("missing") || x.file().startsWith("header") || x.file().startsWith("wide")
                    || x.file().startsWith("unterminated")) {
                byte[] body = ("{\"population\": " + json(population) + ", \"serviceUsers\": " + json(text(run.folder(), x.file())) + "}")
                        .getBytes(StandardCharsets.UTF_8);
                check(run, x.file() + " as serviceUsers", body, x, "POST", wrong);
            }
        }
        assertEquals("inline runs with bad CSV text:\n" + wrong, "", wrong.toString());
    }

    /**
     * A 30 MB body (over the platform's 16 MiB limit) to every import endpoint: a clear 400 or 413 in JSON, quickly, not a
     * 500, a hang or an out-of-memory; and 15 MB files under the limit get their row errors.
     */
    @Test
    public void hugeFilesGetAClearAnswer() throws Exception {
        StringBuilder wrong = new StringBuilder();
        List<Endpoint> all = new ArrayList<>(CSV_ENDPOINTS);
        all.addAll(XLSX_ENDPOINTS);
        all.addAll(JSON_ENDPOINTS);
        for (Endpoint e : all) {
            // rows of the endpoint's own CSV (spreadsheet and JSON endpoints get measure rows: the size alone decides)
            String base = e.folder().endsWith("xlsx") || e.folder().endsWith("json") ? "measures-csv" : e.folder();
            byte[] huge = repeat(text(base, "valid.csv"), 30 * 1024 * 1024);
            String before = state(e.module());
            long start = System.nanoTime();
            Answer a = rawPost(e.path(), e.user(), huge);
            double seconds = (System.nanoTime() - start) / 1e9;
            boolean statusOk = a.status() == 400 || a.status() == 413;
            if (!statusOk || !a.body().trim().startsWith("{") || !a.body().contains("larger than") || seconds > 20) {
                wrong.append(e.folder()).append(" 30 MB: ").append(a.status()).append(String.format(Locale.ROOT, " after %.1f s ", seconds))
                        .append(cut(a.body())).append('\n');
            }
            String after = state(e.module());
            if (!before.equals(after)) {
                wrong.append(e.folder()).append(" 30 MB: saved something (").append(count(e.module(), before)).append(" → ")
                        .append(count(e.module(), after)).append(")\n");
            }
        }
        // under the limit: the whole file is read and checked
        for (Endpoint e : List.of(CSV_ENDPOINTS.get(4), CSV_ENDPOINTS.get(9))) {
            byte[] big = repeat(text(e.folder(), "valid.csv"), 15 * 1024 * 1024);
            long start = System.nanoTime();
            check(e, "15 MB of rows (generated)", big, new Expect("", 400, "More than", null, null), "POST", wrong);
            double seconds = (System.nanoTime() - start) / 1e9;
            if (seconds > 30) {
                wrong.append(e.folder()).append(String.format(Locale.ROOT, " 15 MB: took %.1f s%n", seconds));
            }
        }
        assertEquals("huge files:\n" + wrong, "", wrong.toString());
    }

    /** Malformed JSON bodies on the create endpoints are 400s that say what is wrong, never 500s. */
    @Test
    public void malformedJsonBodiesAreClientErrors() throws Exception {
        String deep = "[".repeat(5_000) + "]".repeat(5_000);
        String longText = "å".repeat(70_000);
        Object[][] endpoints = {
            // path, user, numeric field, text field, fields that must come before the text is checked
            {"/api/v1/plans", "planlegg", "periodFrom", "title", ""},
            {"/api/v1/measures", "planlegg", "fromYear", "title", ""},
            {"/api/v1/volunteers/organisations", "koordinator", null, "name", ""},
            {"/api/v1/volunteers/assignments", "koordinator", "needed", "title", "\"unitId\": {unit}, "},
            {"/api/v1/competence/measures", "planlegg", "year", "title", ""},
            {"/api/v1/forecasts/runs", "planlegg", null, "name", ""},
            {"/api/v1/units", "admin", "parentId", "name", ""},
        };
        StringBuilder wrong = new StringBuilder();
        long unit = id(get("/api/v1/units", "lesar").body(), "ALV-HO");
        for (Object[] row : endpoints) {
            row[4] = ((String) row[4]).replace("{unit}", String.valueOf(unit));
            String path = (String) row[0];
            String user = (String) row[1];
            List<Object[]> bodies = new ArrayList<>();
            bodies.add(new Object[] {"empty body", new byte[0], "JSON body"});
            bodies.add(new Object[] {"truncated", "{\"title\": \"Halv".getBytes(StandardCharsets.UTF_8), "not valid JSON"});
            bodies.add(new Object[] {"a list, not an object", "[1, 2]".getBytes(StandardCharsets.UTF_8), "not valid JSON"});
            bodies.add(new Object[] {"Latin-1", ("{\"" + row[3] + "\": \"Særleg øving\"}").getBytes(StandardCharsets.ISO_8859_1), "UTF-8"});
            // a value nested 5 000 deep under a field the endpoint does not know (a known text field fails at the first '[')
            bodies.add(new Object[] {"5 000 nested arrays", ("{\"x\": " + deep + "}").getBytes(StandardCharsets.UTF_8),
                "nesting depth|Unknown field"});
            bodies.add(new Object[] {"a 60 000-character field name", ("{\"" + "a".repeat(60_000) + "\": 1}").getBytes(StandardCharsets.UTF_8),
                "length|Unknown field"});
            bodies.add(new Object[] {"70 000 characters of text", ("{" + row[4] + "\"" + row[3] + "\": \"" + longText + "\"}")
                .getBytes(StandardCharsets.UTF_8), "at most"});
            if (row[2] != null) {
                bodies.add(new Object[] {"a 2 000-digit number", ("{\"" + row[2] + "\": " + "1".repeat(2_000) + "}").getBytes(StandardCharsets.UTF_8),
                    "length"});
            }
            for (Object[] b : bodies) {
                Answer a = call(PORT, "POST", path, user, (byte[]) b[1]);
                if (a.status() != 400 || !a.body().trim().startsWith("{") || !saysAny(a.body(), (String) b[2])) {
                    wrong.append("POST ").append(path).append(" with ").append(b[0]).append(": ").append(a.status()).append(' ')
                            .append(cut(a.body())).append(" (expected 400 saying '").append(b[2]).append("')\n");
                }
            }
        }
        assertEquals("malformed JSON bodies:\n" + wrong, "", wrong.toString());
    }

    /** Script and HTML in text fields are saved as text and come back unchanged in JSON; the UI's components show text. */
    @Test
    public void scriptAndHtmlAreKeptAsText() throws Exception {
        StringBuilder wrong = new StringBuilder();
        long alver = id(call(PORT, "GET", "/api/v1/units", "lesar", (String) null).body(), "ALV-HO");
        long plan = id(call(PORT, "GET", "/api/v1/plans?q=ALV-KDP-HSO", "planlegg", (String) null).body(), "ALV-KDP-HSO");
        String s = json(SCRIPT);
        String i = json(IMG);
        Object[][] creates = {
            // path, user, body, the path to read it back ("{id}" is the new id), then the fields and the values they must keep
            {"/api/v1/plans", "planlegg", "{\"code\": \"BI-XSS-1\", \"type\": \"temaplan\", \"title\": " + s + ", \"responsible\": " + i
                    + ", \"description\": " + i + "}", "/api/v1/plans/{id}", "title", SCRIPT, "responsible", IMG, "description", IMG},
            {"/api/v1/plans/" + plan + "/goals", "planlegg", "{\"level\": \"main\", \"code\": \"BI-XSS\", \"text\": " + s + "}",
                "/api/v1/plans/goals/{id}", "text", SCRIPT},
            {"/api/v1/measures", "planlegg", "{\"planId\": " + plan + ", \"number\": \"BI-XSS-1\", \"title\": " + s + ", \"description\": "
                    + i + ", \"contact\": " + i + ", \"goalText\": " + s + "}", "/api/v1/measures/{id}", "title", SCRIPT, "description", IMG,
                "contact", IMG, "goalText", SCRIPT},
            {"/api/v1/volunteers/organisations", "koordinator", "{\"name\": " + s + ", \"orgNumber\": \"999000088\", \"contactName\": " + i
                    + ", \"activities\": [" + i + "]}", "/api/v1/volunteers/organisations/{id}", "name", SCRIPT, "contactName", IMG,
                "activities", "[" + i + "]"},
            {"/api/v1/volunteers/volunteers", "koordinator", "{\"name\": " + i + ", \"notes\": " + s + ", \"skills\": [" + s + "]}",
                "/api/v1/volunteers/volunteers/{id}", "name", IMG, "notes", SCRIPT, "skills", "[" + s + "]"},
            {"/api/v1/volunteers/assignments", "koordinator", "{\"unitId\": " + alver + ", \"step\": 2, \"title\": " + s
                    + ", \"description\": " + i + ", \"place\": " + i + ", \"schedule\": {\"start\": \"2027-01-05\", \"weekday\": \"TUESDAY\","
                    + " \"from\": \"10:00\", \"to\": \"12:00\"}, \"needed\": 1}", "/api/v1/volunteers/assignments/{id}", "title", SCRIPT,
                "description", IMG, "place", IMG},
            {"/api/v1/competence/measures", "planlegg", "{\"unitId\": " + alver + ", \"kind\": \"course\", \"title\": " + s
                    + ", \"year\": 2025, \"plannedParticipants\": 3, \"note\": " + i + "}", "/api/v1/competence/measures/{id}", "title",
                SCRIPT, "note", IMG},
            {"/api/v1/competence/requirements", "planlegg", "{\"unitId\": " + alver + ", \"category\": \"lege\", \"minFte\": 1,"
                    + " \"reference\": " + s + ", \"note\": " + i + "}", "/api/v1/competence/requirements?unit=" + alver, "reference", SCRIPT,
                "note", IMG},
            {"/api/v1/forecasts/runs", "planlegg", "{\"name\": " + s + ", \"description\": " + i + ", \"spec\": {\"populationId\": "
                    + inputId("POPULATION") + ", \"serviceUsersId\": " + inputId("SERVICE_USERS") + "}}", "/api/v1/forecasts/runs/{id}",
                "name", SCRIPT, "description", IMG},
            {"/api/v1/units", "admin", "{\"code\": \"BI-XSS\", \"name\": " + i + ", \"parentId\": " + alver + "}", "/api/v1/units",
                "name", IMG},
        };
        for (Object[] c : creates) {
            Answer created = call(PORT, "POST", (String) c[0], (String) c[1], (String) c[2]);
            if (created.status() != 201) {
                wrong.append("POST ").append(c[0]).append(": ").append(created.status()).append(' ').append(cut(created.body())).append('\n');
                continue;
            }
            String id = Distribution.first(created.body(), "^\\{\"id\":(\\d+)");
            Answer read = call(PORT, "GET", ((String) c[3]).replace("{id}", id), (String) c[1], (String) null);
            for (int f = 4; f < c.length; f += 2) {
                String value = ((String) c[f + 1]).startsWith("[") ? (String) c[f + 1] : json((String) c[f + 1]);
                String expected = "\"" + c[f] + "\":" + value;
                if (!created.body().contains(expected) || read.status() != 200 || !read.body().contains(expected)) {
                    wrong.append(c[0]).append(' ').append(c[f]).append(": not returned unchanged; created ").append(cut(created.body()))
                            .append(" read ").append(read.status()).append(' ').append(cut(read.body())).append('\n');
                }
            }
        }
        // an update, and a file import, keep them too
        Answer p = call(PORT, "GET", "/api/v1/plans?q=BI-XSS-1", "planlegg", (String) null);
        long planId = id(p.body(), "BI-XSS-1");
        Answer detail = call(PORT, "GET", "/api/v1/plans/" + planId, "planlegg", (String) null);
        String version = Distribution.first(detail.body(), "\"code\":\"BI-XSS-1\".*?\"version\":(\\d+)");
        Answer put = call(PORT, "PUT", "/api/v1/plans/" + planId, "planlegg", "{\"code\": \"BI-XSS-1\", \"type\": \"temaplan\", \"title\": "
                + i + ", \"description\": " + s + ", \"version\": " + version + "}");
        if (put.status() != 200 || !call(PORT, "GET", "/api/v1/plans/" + planId, "planlegg", (String) null).body().contains("\"title\":" + i)) {
            wrong.append("PUT /plans/").append(planId).append(": ").append(put.status()).append(' ').append(cut(put.body())).append('\n');
        }
        Answer imported = call(PORT, "POST", "/api/v1/volunteers/import?kind=organisations", "koordinator",
                "name,org_number,contact_name\n\"" + SCRIPT + "\",999000096,\"" + IMG + "\"\n");
        Answer orgs = call(PORT, "GET", "/api/v1/volunteers/organisations?q=999000096", "koordinator", (String) null);
        if (imported.status() != 200 || !orgs.body().contains("\"name\":" + s) || !orgs.body().contains("\"contactName\":" + i)) {
            wrong.append("volunteers CSV import: ").append(imported.status()).append(' ').append(cut(imported.body())).append(" then ")
                    .append(cut(orgs.body())).append('\n');
        }
        assertEquals("script and HTML not kept as text:\n" + wrong, "", wrong.toString());
    }

    /**
     * Cells starting with = + - @ are written to every CSV export with a leading apostrophe (so a spreadsheet shows them
     * as text), and XLSX exports hold them as strings, never as formulas.
     */
    @Test
    public void exportsDefuseFormulas() throws Exception {
        StringBuilder wrong = new StringBuilder();
        String f0 = json(FORMULAS.get(0));
        String f1 = json(FORMULAS.get(1));
        String f2 = json(FORMULAS.get(2));
        String f3 = json(FORMULAS.get(3));
        long alverHo = id(call(PORT, "GET", "/api/v1/units", "lesar", (String) null).body(), "ALV-HO");
        // plans and goals
        Answer plan = call(PORT, "POST", "/api/v1/plans", "planlegg", "{\"code\": \"BI-FORMEL\", \"type\": \"temaplan\", \"title\": " + f0
                + ", \"responsible\": " + f3 + ", \"description\": " + f1 + ", \"decisionRef\": " + f2 + "}");
        require(plan, 201, wrong);
        long planId = Long.parseLong(Distribution.first(plan.body(), "^\\{\"id\":(\\d+)"));
        require(call(PORT, "POST", "/api/v1/plans/" + planId + "/goals", "planlegg", "{\"level\": \"main\", \"code\": \"G1\", \"text\": "
                + f0 + "}"), 201, wrong);
        csv(wrong, "plans CSV", get("/api/v1/plans/export?kind=plans&format=csv&q=BI-FORMEL", "planlegg"), FORMULAS);
        csv(wrong, "goals CSV", get("/api/v1/plans/export?kind=goals&format=csv&q=BI-FORMEL", "planlegg"), List.of(FORMULAS.get(0)));
        // measures
        require(call(PORT, "POST", "/api/v1/measures", "planlegg", "{\"planId\": " + planId + ", \"number\": \"1\", \"title\": " + f0
                + ", \"description\": " + f1 + ", \"goalText\": " + f2 + ", \"contact\": " + f3 + ", \"responsibility\": \"units\","
                + " \"unitIds\": [" + alverHo + "], \"fromYear\": 2025, \"toYear\": 2026}"), 201, wrong);
        csv(wrong, "measures CSV", get("/api/v1/measures/export?format=csv&plan=" + planId, "planlegg"), FORMULAS);
        xlsx(wrong, "measures XLSX", get("/api/v1/measures/export?format=xlsx&plan=" + planId, "planlegg"), FORMULAS);
        // competence: a unit named like a formula, a person-level row (admins see the personal columns) and a requirement
        Answer unit = call(PORT, "POST", "/api/v1/units", "admin", "{\"code\": \"BI-FORMEL\", \"name\": " + f0 + ", \"parentId\": "
                + alverHo + "}");
        require(unit, 201, wrong);
        long unitId = Long.parseLong(Distribution.first(unit.body(), "^\\{\"id\":(\\d+)"));
        require(call(PORT, "POST", "/api/v1/competence/workforce", "admin", "{\"unitId\": " + unitId + ", \"year\": 2025, \"category\":"
                + " \"sjukepleiar\", \"percent\": 100, \"count\": 1, \"birthYear\": 1980, \"furtherEducation\": " + f1 + ", \"name\": " + f3
                + ", \"employeeNo\": " + f2 + "}"), 201, wrong);
        require(call(PORT, "POST", "/api/v1/competence/requirements", "planlegg", "{\"unitId\": " + unitId + ", \"category\":"
                + " \"sjukepleiar\", \"minShare\": 0.5, \"reference\": " + f2 + "}"), 201, wrong);
        csv(wrong, "competence register CSV", get("/api/v1/competence/workforce/export?unit=BI-FORMEL&year=2025&format=csv", "admin"),
                List.of(FORMULAS.get(1), FORMULAS.get(2), FORMULAS.get(3)));
        xlsx(wrong, "competence register XLSX", get("/api/v1/competence/workforce/export?unit=BI-FORMEL&year=2025&format=xlsx", "admin"),
                List.of(FORMULAS.get(1), FORMULAS.get(2), FORMULAS.get(3)));
        csv(wrong, "competence gaps CSV", get("/api/v1/competence/gaps?unit=BI-FORMEL&year=2025&format=csv", "planlegg"),
                List.of(FORMULAS.get(0), FORMULAS.get(2)));
        csv(wrong, "competence full-time CSV", get("/api/v1/competence/fulltime?unit=BI-FORMEL&format=csv", "planlegg"), List.of());
        csv(wrong, "competence retirements CSV", get("/api/v1/competence/retirements?unit=BI-FORMEL&format=csv", "planlegg"), List.of());
        // forecasting: stored inputs with service, centre and type names like formulas, a saved run and an inline run
        Answer users = call(PORT, "POST", "/api/v1/forecasts/inputs?kind=service-users&name=BI-formel", "planlegg",
                "service,age_from,age_to,users\n" + FORMULAS.get(0) + ",0,120,3\n\"" + FORMULAS.get(1) + "\",0,120,4\n");
        require(users, 201, wrong);
        String usersId = Distribution.first(users.body(), "^\\{\"id\":(\\d+)");
        csv(wrong, "forecast service-users input CSV", get("/api/v1/forecasts/inputs/" + usersId + "?format=csv", "planlegg"),
                List.of(FORMULAS.get(0), FORMULAS.get(1)));
        Answer costs = call(PORT, "POST", "/api/v1/forecasts/inputs?kind=costs&name=BI-formel", "planlegg",
                "service,fte_per_user,cost_per_user\n" + FORMULAS.get(0) + ",0.5,100000\n");
        require(costs, 201, wrong);
        csv(wrong, "forecast costs input CSV", get("/api/v1/forecasts/inputs/" + Distribution.first(costs.body(), "^\\{\"id\":(\\d+)")
                + "?format=csv", "planlegg"), List.of(FORMULAS.get(0)));
        Answer housing = call(PORT, "POST", "/api/v1/forecasts/inputs?kind=housing&name=BI-formel", "planlegg",
                "centre,step,type,places\n" + FORMULAS.get(3) + ",4," + FORMULAS.get(2) + ",5\n");
        require(housing, 201, wrong);
        csv(wrong, "forecast housing input CSV", get("/api/v1/forecasts/inputs/" + Distribution.first(housing.body(), "^\\{\"id\":(\\d+)")
                + "?format=csv", "planlegg"), List.of(FORMULAS.get(3), FORMULAS.get(2)));
        Answer run = call(PORT, "POST", "/api/v1/forecasts/runs", "planlegg", "{\"name\": \"BI-formel\", \"spec\": {\"populationId\": "
                + inputId("POPULATION") + ", \"serviceUsersId\": " + usersId + "}}");
        require(run, 201, wrong);
        String runId = Distribution.first(run.body(), "^\\{\"id\":(\\d+)");
        csv(wrong, "saved forecast run CSV", get("/api/v1/forecasts/runs/" + runId + "?format=csv", "planlegg"),
                List.of(FORMULAS.get(0), FORMULAS.get(1)));
        csv(wrong, "saved forecast run years CSV", get("/api/v1/forecasts/runs/" + runId + "?format=years", "planlegg"), List.of());
        String population = text("forecast-population", "valid.csv");
        Answer inline = call(PORT, "POST", "/api/v1/forecasts/run?format=csv", "planlegg", "{\"population\": " + json(population)
                + ", \"serviceUsers\": " + json("service,age_from,age_to,users\n" + FORMULAS.get(3) + ",0,2,3\n") + "}");
        csv(wrong, "inline forecast run CSV", inline, List.of(FORMULAS.get(3)));
        assertEquals("exports that do not defuse formulas:\n" + wrong, "", wrong.toString());
    }

    // ---------------------------------------------------------------------------------------------------------------------
    // Checks

    /** The valid file of an endpoint passes (a dry run where there is one; a forecast input is created and deleted again). */
    private void control(Endpoint e, String file, StringBuilder wrong) throws Exception {
        byte[] body = read(e.folder(), file);
        if (e.module().equals("forecasting")) {
            Answer a = call(PORT, "POST", e.path(), e.user(), body);
            if (a.status() != 201) {
                wrong.append(e.folder()).append('/').append(file).append(" (control): ").append(a.status()).append(' ').append(cut(a.body()))
                        .append('\n');
                return;
            }
            String id = Distribution.first(a.body(), "^\\{\"id\":(\\d+)");
            call(PORT, "DELETE", "/api/v1/forecasts/inputs/" + id + "?version=1", e.user(), (String) null);
            return;
        }
        Answer a = call(PORT, "POST", e.dryRun(), e.user(), body);
        if (a.status() != 200 || !a.body().contains("\"errors\":[]")) {
            wrong.append(e.folder()).append('/').append(file).append(" (control, dry run): ").append(a.status()).append(' ')
                    .append(cut(a.body())).append('\n');
        }
    }

    private int run(Endpoint e, List<Expect> files, StringBuilder wrong) throws Exception {
        for (Expect x : files) {
            check(e, x.file(), read(e.folder(), x.file()), x, "POST", wrong);
        }
        return files.size();
    }

    private int check(Endpoint e, String name, byte[] body, Expect x, StringBuilder wrong) throws Exception {
        check(e, name, body, x, "POST", wrong);
        return 1;
    }

    /** Sends the file for real (no dry run) and checks the status, the JSON body, its message and line, and that nothing changed. */
    private void check(Endpoint e, String name, byte[] body, Expect x, String method, StringBuilder wrong) throws Exception {
        String before = state(e.module());
        Answer a = call(PORT, method, e.path(), e.user(), body);
        String after = state(e.module());
        List<String> problems = new ArrayList<>();
        if (a.status() != x.status()) {
            problems.add("status " + a.status() + " (expected " + x.status() + ")");
        }
        if (!a.body().trim().startsWith("{") || !a.body().trim().endsWith("}")) {
            problems.add("not a JSON object");
        }
        if (!a.body().contains(x.says())) {
            problems.add("the message does not say '" + x.says() + "'");
        }
        if (x.line() != null && !a.body().contains("\"line\":" + x.line() + ",")) {
            problems.add("no error at line " + x.line());
        }
        if (x.column() != null && !a.body().contains("\"column\":" + json(x.column()))) {
            problems.add("no error in column " + x.column());
        }
        if (!before.equals(after)) {
            problems.add("SAVED SOMETHING: " + count(e.module(), before) + " → " + count(e.module(), after));
        }
        if (!problems.isEmpty()) {
            wrong.append(method).append(' ').append(e.path()).append(" with ").append(e.folder()).append('/').append(name).append(": ")
                    .append(String.join("; ", problems)).append(". Body: ").append(cut(a.body())).append('\n');
        }
    }

    /** What a module holds, read through its list and export calls, plus the audit trail's length (every save is audited). */
    private String state(String module) throws IOException {
        StringBuilder s = new StringBuilder();
        switch (module) {
            case "plans" -> s.append(get("/api/v1/plans/export?kind=plans&format=csv", "planlegg").body()).append("\n#goals\n")
                    .append(get("/api/v1/plans/export?kind=goals&format=csv", "planlegg").body());
            case "measures" -> s.append(get("/api/v1/measures/export?format=csv", "planlegg").body());
            case "forecasting" -> s.append(get("/api/v1/forecasts/inputs", "planlegg").body());
            case "competence" -> {
                String years = get("/api/v1/competence/years", "planlegg").body();
                s.append(years);
                for (String y : Distribution.all(years, "(\\d{4})")) {
                    s.append("\n#").append(y).append('\n').append(get("/api/v1/competence/units?year=" + y, "planlegg").body());
                }
            }
            case "volunteers" -> s.append(get("/api/v1/volunteers/organisations", "koordinator").body()).append("\n#volunteers\n")
                    .append(get("/api/v1/volunteers/volunteers", "koordinator").body());
            default -> { // forecast-input-<id>: one stored input's file and version
                String id = module.substring("forecast-input-".length());
                s.append(get("/api/v1/forecasts/inputs/" + id + "?format=csv", "planlegg").body()).append('\n')
                        .append(get("/api/v1/forecasts/inputs?kind=service-users", "planlegg").body());
            }
        }
        s.append("\n#audit ").append(Distribution.first(get("/api/v1/audit?limit=1", "admin").body(), "\"total\":(\\d+)"));
        return s.toString();
    }

    /** The module's rows in a state, for the message: lines of the exports, list entries, or positions. */
    private static String count(String module, String state) {
        String audit = state.substring(state.lastIndexOf("#audit ") + 7);
        String rows = switch (module) {
            case "plans" -> {
                String[] parts = state.substring(0, state.lastIndexOf("\n#audit")).split("\n#goals\n");
                yield (parts[0].split("\n").length - 1) + " plans, " + (parts[1].split("\n").length - 1) + " goals";
            }
            case "measures" -> (state.split("\r\n|\n").length - 2) + " measures";
            case "forecasting" -> Distribution.all(state, "\\{\"id\":(\\d+),\"kind\"").size() + " inputs";
            case "competence" -> {
                int positions = 0;
                Matcher m = Pattern.compile("\"unitCode\":\"[^\"]*\",\"unitName\":\"[^\"]*\",\"year\":\\d+,\"positions\":(\\d+)").matcher(state);
                while (m.find()) {
                    positions += Integer.parseInt(m.group(1));
                }
                yield positions + " positions";
            }
            case "volunteers" -> Distribution.all(state, "\\{\"id\":(\\d+),\"name\"").size() + " organisations, "
                    + Distribution.all(state, "\\{\"id\":(\\d+),\"status\"").size() + " volunteers";
            default -> "the stored input";
        };
        return rows + ", " + audit + " audit entries";
    }

    /** Parses a CSV export and checks that no cell would run as a formula and that each expected value is there, defused. */
    private static void csv(StringBuilder wrong, String what, Answer a, List<String> expected) {
        if (a.status() != 200) {
            wrong.append(what).append(": ").append(a.status()).append(' ').append(cut(a.body())).append('\n');
            return;
        }
        List<String> cells = cells(a.body());
        java.util.Map<String, Integer> formulas = new java.util.TreeMap<>();
        for (String c : cells) {
            if (!c.isEmpty() && "=+-@\t\r".indexOf(c.charAt(0)) >= 0 && !c.matches("-?[\\d.]+")) {
                formulas.merge(c, 1, Integer::sum);
            }
        }
        if (!formulas.isEmpty()) {
            wrong.append(what).append(": cells that start like a formula (and how often): ").append(formulas).append('\n');
        }
        for (String v : expected) {
            if (!cells.contains("'" + v)) {
                wrong.append(what).append(": no cell '").append(v).append(" (the value with a leading apostrophe)\n");
            }
        }
    }

    /** An XLSX export: no cell of any sheet is a formula, and the values are there as text. */
    private static void xlsx(StringBuilder wrong, String what, Answer a, List<String> expected) throws IOException {
        if (a.status() != 200) {
            wrong.append(what).append(": ").append(a.status()).append(' ').append(cut(a.body())).append('\n');
            return;
        }
        StringBuilder text = new StringBuilder();
        // ZipFile reads the central directory: fastexcel streams its entries with data descriptors, which ZipInputStream refuses
        java.io.File file = java.io.File.createTempFile("bad-input", ".xlsx");
        try {
            java.nio.file.Files.write(file.toPath(), a.bytes());
            try (ZipFile zip = new ZipFile(file)) {
                for (ZipEntry entry : java.util.Collections.list(zip.entries())) {
                    String xml;
                    try (InputStream in = zip.getInputStream(entry)) {
                        xml = new String(in.readAllBytes(), StandardCharsets.UTF_8);
                    }
                    if (entry.getName().startsWith("xl/worksheets/") && (xml.contains("<f>") || xml.contains("<f "))) {
                        wrong.append(what).append(": ").append(entry.getName()).append(" holds a formula\n");
                    }
                    if (entry.getName().startsWith("xl/")) {
                        text.append(xml);
                    }
                }
            }
        } finally {
            java.nio.file.Files.deleteIfExists(file.toPath());
        }
        for (String v : expected) {
            if (!text.toString().contains(">" + v + "<")) {
                wrong.append(what).append(": the text ").append(v).append(" is not in the workbook\n");
            }
        }
    }

    // ---------------------------------------------------------------------------------------------------------------------
    // Helpers

    private static Answer get(String path, String user) throws IOException {
        return call(PORT, "GET", path, user, (String) null);
    }

    private static void require(Answer a, int status, StringBuilder wrong) {
        if (a.status() != status) {
            wrong.append("setup failed: ").append(a.status()).append(' ').append(cut(a.body())).append('\n');
            throw new AssertionError(wrong.toString());
        }
    }

    private static long inputId(String kind) throws IOException {
        return Long.parseLong(Distribution.first(get("/api/v1/forecasts/inputs", "planlegg").body(),
                "\\{\"id\":(\\d+),\"kind\":\"" + kind + "\",\"name\":\"Alver"));
    }

    /** The id of the object in a JSON list whose code is {@code code}. */
    private static long id(String json, String code) {
        return Long.parseLong(Distribution.first(json, "\\{\"id\":(\\d+),\"code\":\"" + Pattern.quote(code) + "\""));
    }

    private static byte[] read(String folder, String file) throws IOException {
        String path = CORPUS + (file.startsWith("../") ? file.substring(3) : folder + "/" + file);
        try (InputStream in = BadInputIT.class.getResourceAsStream(path)) {
            if (in == null) {
                throw new IllegalStateException("The corpus has no " + path + " (run generate.py in src/test/resources/bad-input)");
            }
            return in.readAllBytes();
        }
    }

    private static String text(String folder, String file) throws IOException {
        return new String(read(folder, file), StandardCharsets.UTF_8);
    }

    /** The header of a CSV text, then its rows again and again up to {@code size} bytes. */
    private static byte[] repeat(String csv, int size) {
        int cut = csv.indexOf('\n') + 1;
        String rows = csv.substring(cut);
        ByteArrayOutputStream out = new ByteArrayOutputStream(size + 1024);
        out.writeBytes(csv.substring(0, cut).getBytes(StandardCharsets.UTF_8));
        byte[] chunk = rows.getBytes(StandardCharsets.UTF_8);
        while (out.size() < size) {
            out.writeBytes(chunk);
        }
        return out.toByteArray();
    }

    /**
     * POST with a Content-Length over a plain socket, the body written from another thread: a server that answers before
     * reading a huge body (as it should) may close the connection while the client still writes, which HttpURLConnection
     * reports as an error instead of the answer.
     */
    private static Answer rawPost(String path, String user, byte[] body) throws Exception {
        try (Socket socket = new Socket("localhost", PORT)) {
            socket.setSoTimeout(60_000);
            OutputStream out = socket.getOutputStream();
            String head = "POST " + path + " HTTP/1.1\r\nHost: localhost:" + PORT + "\r\nAuthorization: Basic "
                    + Base64.getEncoder().encodeToString((user + ":" + user).getBytes(StandardCharsets.UTF_8))
                    + "\r\nContent-Type: text/csv\r\nContent-Length: " + body.length + "\r\nConnection: close\r\n\r\n";
            out.write(head.getBytes(StandardCharsets.US_ASCII));
            out.flush();
            Thread writer = new Thread(() -> {
                try {
                    out.write(body);
                    out.flush();
                } catch (IOException e) {
                    // the server answered and closed: expected for a refused body
                }
            });
            writer.setDaemon(true);
            writer.start();
            InputStream in = socket.getInputStream();
            String status = line(in);
            int contentLength = -1;
            for (String h = line(in); !h.isEmpty(); h = line(in)) {
                if (h.toLowerCase(Locale.ROOT).startsWith("content-length:")) {
                    contentLength = Integer.parseInt(h.substring(15).trim());
                }
            }
            byte[] bytes = contentLength >= 0 ? in.readNBytes(contentLength) : in.readAllBytes();
            socket.close();
            writer.join(10_000);
            int code = Integer.parseInt(status.split(" ")[1]);
            return new Answer(code, new String(bytes, StandardCharsets.UTF_8), null, bytes);
        }
    }

    private static String line(InputStream in) throws IOException {
        StringBuilder s = new StringBuilder();
        for (int c = in.read(); c != -1 && c != '\n'; c = in.read()) {
            if (c != '\r') {
                s.append((char) c);
            }
        }
        return s.toString();
    }

    /** The cells of a CSV text (comma separated, RFC 4180 quotes, a BOM skipped). */
    static List<String> cells(String csv) {
        String text = csv.startsWith("\uFEFF") ? csv.substring(1) : csv;
        List<String> cells = new ArrayList<>();
        StringBuilder cell = new StringBuilder();
        boolean quoted = false;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (quoted) {
                if (c == '"' && i + 1 < text.length() && text.charAt(i + 1) == '"') {
                    cell.append('"');
                    i++;
                } else if (c == '"') {
                    quoted = false;
                } else {
                    cell.append(c);
                }
            } else if (c == '"') {
                quoted = true;
            } else if (c == ',' || c == '\n') {
                cells.add(cell.toString());
                cell.setLength(0);
            } else if (c != '\r') {
                cell.append(c);
            }
        }
        if (cell.length() > 0) {
            cells.add(cell.toString());
        }
        return cells;
    }

    /** A JSON string literal. */
    static String json(String s) {
        StringBuilder out = new StringBuilder("\"");
        for (char c : s.toCharArray()) {
            switch (c) {
                case '"' -> out.append("\\\"");
                case '\\' -> out.append("\\\\");
                case '\n' -> out.append("\\n");
                case '\r' -> out.append("\\r");
                case '\t' -> out.append("\\t");
                default -> out.append(c < 0x20 ? String.format("\\u%04x", (int) c) : String.valueOf(c));
            }
        }
        return out.append('"').toString();
    }

    /** Whether the body contains one of the |-separated parts. */
    private static boolean saysAny(String body, String parts) {
        for (String part : parts.split("\\|")) {
            if (body.contains(part)) {
                return true;
            }
        }
        return false;
    }

    private static String cut(String body) {
        String oneLine = body.replace('\n', ' ').replace('\r', ' ');
        return oneLine.length() > 400 ? oneLine.substring(0, 400) + "…" : oneLine;
    }
}
