package no.planverk.itests;

import static no.planverk.itests.Distribution.call;
import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertTrue;
import static org.junit.Assert.fail;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import no.planverk.itests.Distribution.Answer;
import org.junit.AfterClass;
import org.junit.BeforeClass;
import org.junit.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.ops4j.pax.exam.ExamSystem;
import org.ops4j.pax.exam.TestContainer;
import org.ops4j.pax.exam.spi.PaxExamRuntime;

/**
 * Runtime on/off, one of Planverk's promises (issue 20): every module is uninstalled and installed again on a running
 * distribution, and then a new browser session opens its list page and its detail pages (those with a URL parameter)
 * and finds their data on them, not "Unable to create an instance". Every page visited is checked with axe-core: no
 * serious or critical WCAG 2.1 A/AA violation.
 */
public class ReinstallIT {

    static final int PORT = 19781;
    static final String BASE = "http://localhost:" + PORT;
    static final String BOOT = "planverk-all, planverk-demo";

    private static ExamSystem system;
    private static TestContainer container;
    private static WebDriver driver;
    private static final Map<String, List<String>> AXE = new LinkedHashMap<>();

    /** A page and what must be on it (any one of the texts). */
    record Page(String path, List<String> anyOf) {
    }

    @BeforeClass
    public static void boot() throws Exception {
        Chromium.assumeInstalled();
        system = PaxExamRuntime.createServerSystem(Distribution.options(PORT, 1300, BOOT));
        container = PaxExamRuntime.createContainer(system);
        container.start();
        Distribution.awaitHealthy(PORT, 120);
        Distribution.awaitModules(PORT, List.of("competence", "consultation", "forecasting", "measures", "plans", "platform", "portal", "volunteers"), 120);
        driver = Chromium.start();
    }

    @AfterClass
    public static void stop() {
        if (driver != null) {
            driver.quit();
        }
        if (container != null) {
            container.stop();
        }
        if (system != null) {
            system.clear();
        }
    }

    @Test
    public void everyModuleReinstalledShowsItsListAndDetailPages() throws Exception {
        check("plans", "/api/v1/plans?limit=1", () -> {
            Answer list = call(PORT, "GET", "/api/v1/plans?limit=50", "admin", (String) null);
            return List.of(new Page("plans", strings(list.body(), "title")),
                    new Page("plans/plan/" + first(list.body(), "id"), List.of(strings(list.body(), "title").get(0))));
        });
        check("measures", "/api/v1/measures?limit=1", () -> {
            Answer list = call(PORT, "GET", "/api/v1/measures?limit=50", "admin", (String) null);
            return List.of(new Page("measures", strings(list.body(), "title")),
                    new Page("measures/measure/" + first(list.body(), "id"), List.of(strings(list.body(), "title").get(0))),
                    new Page("measures/report", List.of("Årsrapport for tiltak")));
        });
        check("forecasting", "/api/v1/forecasts/runs", () -> {
            Answer runs = Distribution.awaitBody(PORT, "admin", "/api/v1/forecasts/runs", "\"name\"", 60);
            return List.of(new Page("forecasting/runs", strings(runs.body(), "name")),
                    new Page("forecasting/run/" + first(runs.body(), "id"), List.of(strings(runs.body(), "name").get(0))));
        });
        check("competence", "/api/v1/competence/units", () -> {
            Answer units = Distribution.awaitBody(PORT, "admin", "/api/v1/competence/units", "\"unitName\"", 60);
            return List.of(new Page("competence", strings(units.body(), "unitName")),
                    new Page("competence/unit/" + first(units.body(), "unitId"), List.of(strings(units.body(), "unitName").get(0))));
        });
        check("volunteers", "/api/v1/volunteers/assignments", () -> {
            Answer people = Distribution.awaitBody(PORT, "admin", "/api/v1/volunteers/volunteers", "\"name\"", 60);
            Answer tasks = Distribution.awaitBody(PORT, "admin", "/api/v1/volunteers/assignments", "\"title\"", 60);
            return List.of(new Page("volunteers", strings(people.body(), "name")),
                    new Page("volunteers/volunteer/" + first(people.body(), "id"), List.of(strings(people.body(), "name").get(0))),
                    new Page("volunteers/assignments", strings(tasks.body(), "title")),
                    new Page("volunteers/assignment/" + first(tasks.body(), "id"), List.of(strings(tasks.body(), "title").get(0))));
        });
        check("consultation", "/api/v1/consultations", () -> {
            // the demo's consultations are written in the background (the KDP's waits for its frozen document)
            Answer list = Distribution.awaitBody(PORT, "admin", "/api/v1/consultations", "\"title\"", 240);
            return List.of(new Page("consultation", strings(list.body(), "title")),
                    new Page("consultation/view/" + first(list.body(), "id"), List.of(strings(list.body(), "title").get(0))));
        });
        open(new Page("about", List.of("planverk-volunteers")));
        open(new Page("no-such-page", List.of("no-such-page")));
        // the other pages of the shell and every module: no error, and axe-core over each
        String goal = first(call(PORT, "GET", "/api/v1/plans/goals?limit=1", "admin", (String) null).body(), "goalId");
        for (String path : List.of("", "units", "admin/audit", "plans/tree", "plans/attention", "plans/import",
                "plans/thread?goal=" + goal, "measures/missing", "measures/unit", "measures/import", "forecasting",
                "forecasting/inputs", "forecasting/staircase", "competence/recruitment", "competence/measures", "competence/import",
                "volunteers/calendar", "volunteers/organisations", "volunteers/report", "volunteers/import",
                "plans/document/" + first(call(PORT, "GET", "/api/v1/plans?q=ALV-KDP-HSO", "admin", (String) null).body(), "id"))) {
            open(new Page(path, List.of("")));
        }
        driver.manage().deleteAllCookies();
        open(new Page("login", List.of("Planverk")));

        StringBuilder report = new StringBuilder();
        AXE.forEach((page, violations) -> violations.forEach(v -> report.append("\n  /").append(page).append(": ").append(v)));
        System.out.println("| axe-core | pages checked | " + AXE.size() + " | serious or critical violations | "
                + AXE.values().stream().mapToInt(List::size).sum() + " |" + report);
        assertEquals("axe-core found serious or critical violations:" + report, "", report.toString());
    }

    interface Pages {
        List<Page> get() throws Exception;
    }

    /**
     * Uninstalls and installs {@code planverk-<module>}, then opens its pages in a new browser session. Plans is needed
     * by the consultation module and the portal: its uninstall is refused naming them, so they go first and come back
     * after it.
     */
    private static void check(String module, String api, Pages pages) throws Exception {
        String feature = "planverk-" + module;
        List<String> dependents = module.equals("plans") ? List.of("planverk-consultation", "planverk-portal") : List.of();
        if (!dependents.isEmpty()) {
            Answer refused = call(PORT, "POST", "/api/v1/modules/features/" + feature + "/uninstall", "admin", (String) null);
            assertEquals(refused.body(), 400, refused.status());
            assertTrue(refused.body(), refused.body().contains("planverk-consultation, planverk-portal"));
            for (String d : dependents) {
                Answer off = call(PORT, "POST", "/api/v1/modules/features/" + d + "/uninstall", "admin", (String) null);
                assertEquals(off.body(), 200, off.status());
            }
        }
        Answer gone = call(PORT, "POST", "/api/v1/modules/features/" + feature + "/uninstall", "admin", (String) null);
        assertEquals(gone.body(), 200, gone.status());
        Distribution.awaitStatus(PORT, "admin", 404, api, 60);
        Answer back = call(PORT, "POST", "/api/v1/modules/features/" + feature + "/install", "admin", (String) null);
        assertEquals(back.body(), 200, back.status());
        Distribution.awaitStatus(PORT, "admin", 200, api, 90);
        for (String d : dependents) {
            Answer on = call(PORT, "POST", "/api/v1/modules/features/" + d + "/install", "admin", (String) null);
            assertEquals(on.body(), 200, on.status());
        }
        driver.manage().deleteAllCookies();
        Chromium.login(driver, BASE, "admin", "admin");
        Chromium.waitFor(driver).until(ExpectedConditions.visibilityOfElementLocated(By.id("planverk-menu")));
        for (Page page : pages.get()) {
            open(page);
        }
    }

    private static void open(Page page) {
        driver.get(BASE + "/" + page.path());
        String text = "";
        long until = System.currentTimeMillis() + 30_000;
        while (System.currentTimeMillis() < until) {
            text = driver.findElement(By.tagName("body")).getText();
            if (page.anyOf().stream().anyMatch(text::contains) || text.contains("exception")) {
                break;
            }
            sleep(300);
        }
        Chromium.screenshot(driver, "reinstall-" + page.path().replace('/', '-'));
        assertFalse("/" + page.path() + " shows an error: " + excerpt(text),
                text.contains("There was an exception") || text.contains("Unable to create an instance"));
        if (page.anyOf().stream().noneMatch(text::contains)) {
            fail("/" + page.path() + " does not show any of " + page.anyOf().subList(0, Math.min(3, page.anyOf().size()))
                    + " after the reinstall: " + excerpt(text));
        }
        AXE.put(page.path(), Axe.violations(driver));
    }

    private static String excerpt(String text) {
        return text.length() > 600 ? text.substring(0, 600) + " …" : text;
    }

    /** Every JSON string value of {@code field} in {@code json}, in order. */
    static List<String> strings(String json, String field) {
        List<String> values = new ArrayList<>();
        Matcher m = Pattern.compile("\"" + field + "\":\"((?:[^\"\\\\]|\\\\.)*)\"").matcher(json);
        while (m.find()) {
            values.add(m.group(1).replace("\\\"", "\"").replace("\\\\", "\\"));
        }
        assertTrue("no " + field + " in " + json, !values.isEmpty());
        return values;
    }

    static String first(String json, String field) {
        Matcher m = Pattern.compile("\"" + field + "\":(\\d+)").matcher(json);
        assertTrue("no " + field + " in " + json, m.find());
        return m.group(1);
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
