package no.planverk.itests;

import static no.planverk.itests.Distribution.call;
import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertTrue;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import no.planverk.itests.Distribution.Answer;
import org.junit.AfterClass;
import org.junit.BeforeClass;
import org.junit.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.ops4j.pax.exam.ExamSystem;
import org.ops4j.pax.exam.TestContainer;
import org.ops4j.pax.exam.spi.PaxExamRuntime;

/**
 * Write the plan, consult on it, publish it (issue 19), in the real distribution with every module and the demo data:
 * a planner writes a chapter with a live goal table in the document editor (Chromium), freezes it and opens a
 * consultation; an anonymous browser reads the plan on the public portal and sends an innspel; the planner assesses it
 * and publishes the merknadsbehandling, which then appears on the portal. A reader cannot edit; anonymous requests for
 * the draft, comments and submitters' e-mail addresses get nothing. axe-core runs on the editor and every portal page.
 */
public class PlanPortalIT {

    static final int PORT = 19981;
    static final String BASE = "http://localhost:" + PORT;
    static final String BOOT = "planverk-all, planverk-demo";
    static final String CHAPTER = "Mål for Alver (test)";
    static final String EMAIL = "innbyggjar.test@example.no";
    static final String COMMENT = "INTERN-KOMMENTAR-" + System.nanoTime();

    private static ExamSystem system;
    private static TestContainer container;
    private static WebDriver driver;
    private static final Map<String, List<String>> AXE = new LinkedHashMap<>();

    @BeforeClass
    public static void boot() throws Exception {
        Chromium.assumeInstalled();
        system = PaxExamRuntime.createServerSystem(Distribution.options(PORT, 1500, BOOT));
        container = PaxExamRuntime.createContainer(system);
        container.start();
        Distribution.awaitHealthy(PORT, 120);
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

    /**
     * Each role against each consultation write (issue 21 §2), on a consultation or submission that does not exist: who
     * may not write gets 403 with a valid body and with an empty one, who may gets past the role check.
     */
    @Test
    public void consultationRoleTable() throws Exception {
        Distribution.awaitStatus(PORT, "planlegg", 200, "/api/v1/consultations", 120);
        String[] users = {null, "admin", "planlegg", "einingsleiar", "koordinator", "lesar"};
        String consultation = "{\"planId\":999999,\"subject\":\"plan\",\"title\":\"Rolleprøve\",\"opensOn\":\"2026-01-05\","
                + "\"closesOn\":\"2026-02-05\",\"version\":0}";
        int p = Distribution.PASSES;
        Object[][] table = {
            // method, path, body, expected: anonymous, admin, planner, unit leader, coordinator, reader
            {"POST", "/api/v1/consultations", consultation, new int[] {401, p, p, 403, 403, 403}},
            {"PUT", "/api/v1/consultations/999999", consultation, new int[] {401, p, p, 403, 403, 403}},
            {"DELETE", "/api/v1/consultations/999999?version=0", null, new int[] {401, p, p, 403, 403, 403}},
            {"POST", "/api/v1/consultations/999999/adopted", "{\"adoptedOn\":\"2026-03-01\",\"version\":0}",
                new int[] {401, p, p, 403, 403, 403}},
            {"POST", "/api/v1/consultations/999999/publish", "{\"version\":0}", new int[] {401, p, p, 403, 403, 403}},
            {"POST", "/api/v1/consultations/999999/submissions", "{\"name\":\"Rolleprøve\",\"text\":\"Innspel\",\"channel\":\"letter\"}",
                new int[] {401, p, p, 403, 403, 403}},
            {"PUT", "/api/v1/consultations/submissions/999999/assessment", "{\"outcome\":\"noted\",\"version\":0}",
                new int[] {401, p, p, 403, 403, 403}},
            {"POST", "/api/v1/consultations/submitters/erase", "{\"submitter\":\"ingen.rolleprove@example.invalid\"}",
                new int[] {401, p, p, 403, 403, 403}},
        };
        assertEquals("role table", "", Distribution.roleTable(PORT, users, table));
    }

    @Test
    public void writeConsultAndPublish() throws Exception {
        Answer found = Distribution.awaitBody(PORT, "planlegg", "/api/v1/plans?q=ALV-KPS", "\"code\":\"ALV-KPS\"", 120);
        String plan = Distribution.first(found.body(), "\"id\":(\\d+)");
        Distribution.awaitStatus(PORT, "planlegg", 200, "/api/v1/consultations", 90);
        Distribution.awaitStatus(PORT, null, 200, "/api/v1/public/plans", 90);

        // 1. the planner writes a chapter with the plan's goal table in the editor (once the UI answers: it starts last)
        Distribution.awaitStatus(PORT, null, 200, "/login", 120);
        Chromium.login(driver, BASE, "planlegg", "planlegg");
        Chromium.waitFor(driver).until(ExpectedConditions.visibilityOfElementLocated(By.id("planverk-menu")));
        driver.get(BASE + "/plans/document/" + plan);
        WebElement heading = Chromium.waitFor(driver).until(ExpectedConditions.elementToBeClickable(
                By.cssSelector("#planverk-document-new-heading input")));
        heading.sendKeys(CHAPTER, org.openqa.selenium.Keys.TAB); // leaving the field sends its value to the server
        click(By.id("planverk-document-add-chapter"));
        Chromium.waitFor(driver).until(ExpectedConditions.textToBePresentInElementLocated(By.id("planverk-document-section-title"), CHAPTER));
        WebElement text = Chromium.waitFor(driver).until(ExpectedConditions.elementToBeClickable(By.cssSelector("#planverk-document-text textarea")));
        text.sendKeys("Samfunnsdelen har fem **hovudmål**.\n\n{{block plans.goal-table plan:" + plan + "}}\n");
        text.sendKeys(org.openqa.selenium.Keys.TAB);
        Chromium.waitFor(driver).until(ExpectedConditions.textToBePresentInElementLocated(By.id("planverk-document-preview"), "Samfunnsdelen har fem"));
        click(By.id("planverk-document-save"));
        Chromium.waitFor(driver).until(ExpectedConditions.textToBePresentInElementLocated(By.id("planverk-document-preview"), "Hovudmål 1"));
        Chromium.screenshot(driver, "portal-editor");
        AXE.put("plans/document/" + plan, Axe.violations(driver));

        Answer outline = call(PORT, "GET", "/api/v1/plans/" + plan + "/document/outline", "planlegg", (String) null);
        assertEquals(outline.body(), 200, outline.status());
        String section = idOf(outline.body(), CHAPTER);
        Answer comment = call(PORT, "POST", "/api/v1/plans/" + plan + "/document/sections/" + section + "/comments", "planlegg",
                "{\"text\":\"" + COMMENT + "\"}");
        assertEquals(comment.body(), 201, comment.status());

        // 2. frozen for consultation, a consultation opened on it, then adopted (published on the portal)
        String revision = Distribution.first(call(PORT, "GET", "/api/v1/plans/" + plan + "/document/outline", "planlegg", (String) null).body(),
                "\"revision\":(\\d+)");
        Answer frozen = call(PORT, "POST", "/api/v1/plans/" + plan + "/document/revisions/" + revision + "/freeze", "planlegg",
                "{\"reason\":\"consultation\"}");
        assertTrue(frozen.body(), frozen.status() == 200 || frozen.status() == 201);
        String sent = Distribution.first(frozen.body(), "\"number\":(\\d+)");
        LocalDate today = LocalDate.now();
        Answer opened = call(PORT, "POST", "/api/v1/consultations", "planlegg", "{\"planId\":" + plan + ",\"subject\":\"plan\","
                + "\"title\":\"Høyring av samfunnsdelen (test)\",\"opensOn\":\"" + today.minusDays(1) + "\",\"closesOn\":\""
                + today.plusDays(30) + "\",\"revisionId\":" + sent + ",\"introduction\":\"Seie di meining om måla.\",\"parties\":[]}");
        assertEquals(opened.body(), 201, opened.status());
        String consultation = Distribution.first(opened.body(), "\"id\":(\\d+)");
        Answer adopted = call(PORT, "POST", "/api/v1/plans/" + plan + "/document/revisions/" + sent + "/freeze", "planlegg",
                "{\"reason\":\"adopted\"}");
        assertTrue(adopted.body(), adopted.status() == 200 || adopted.status() == 201);

        // 3. an anonymous reader on the portal: the plan with its document and live goal table, then an innspel
        driver.manage().deleteAllCookies();
        open("public/plans/" + plan, CHAPTER);
        String page = driver.findElement(By.tagName("body")).getText();
        assertTrue(page, page.contains("Hovudmål 1"));
        assertFalse("comments never reach the portal", driver.getPageSource().contains(COMMENT));
        open("public/", "Kommuneplanens samfunnsdel");
        open("public/consultations/" + consultation, "Høyring av samfunnsdelen (test)");
        driver.findElement(By.id("f-name")).sendKeys("Ola Innbyggjar");
        driver.findElement(By.id("f-email")).sendKeys(EMAIL);
        driver.findElement(By.id("f-text")).sendKeys("Eg saknar eit mål om kollektivtransport i bygdene.");
        click(By.id("f-send"));
        Chromium.waitFor(driver).until(ExpectedConditions.visibilityOfElementLocated(By.id("receipt-number")));
        assertEquals("1", driver.findElement(By.id("receipt-number")).getText().replaceAll("\\D", ""));
        Chromium.screenshot(driver, "portal-receipt");
        AXE.put("public/consultations/" + consultation + "/receipt", Axe.violations(driver));
        assertTrue(driver.manage().getCookies().isEmpty());

        // 4. the planner assesses it and publishes the merknadsbehandling
        Answer register = call(PORT, "GET", "/api/v1/consultations/" + consultation + "/submissions", "planlegg", (String) null);
        assertTrue(register.body(), register.body().contains(EMAIL));
        String submission = Distribution.first(register.body(), "\"id\":(\\d+)");
        String version = Distribution.first(register.body(), "\"version\":(\\d+)");
        Answer assessed = call(PORT, "PUT", "/api/v1/consultations/submissions/" + submission + "/assessment", "planlegg",
                "{\"summary\":\"Ønskjer mål om kollektivtransport.\",\"assessment\":\"Teke inn under hovudmål 1.\","
                        + "\"outcome\":\"partly-taken-in\",\"changedSection\":\"1\",\"version\":" + version + "}");
        assertEquals(assessed.body(), 200, assessed.status());
        String consultationVersion = Distribution.first(call(PORT, "GET", "/api/v1/consultations/" + consultation, "planlegg", (String) null).body(),
                "\"version\":(\\d+)");
        Answer published = call(PORT, "POST", "/api/v1/consultations/" + consultation + "/publish", "planlegg",
                "{\"published\":true,\"version\":" + consultationVersion + "}");
        assertEquals(published.body(), 200, published.status());
        driver.manage().deleteAllCookies();
        // another address than the page read before: browsers may keep a portal page for max-age (60 s) without asking again
        open("public/consultations/" + consultation + "?lang=nn", "Teke inn under hovudmål 1.");
        assertFalse("no e-mail address on the portal", driver.getPageSource().contains(EMAIL));

        // 5. what anonymous callers and readers do not get
        assertFalse(call(PORT, "GET", "/api/v1/public/consultations/" + consultation, null, (String) null).body().contains(EMAIL));
        assertFalse(call(PORT, "GET", "/api/v1/public/plans/" + plan, null, (String) null).body().contains(COMMENT));
        assertEquals(401, call(PORT, "GET", "/api/v1/plans/" + plan + "/document", null, (String) null).status());
        assertEquals(401, call(PORT, "GET", "/api/v1/plans/" + plan + "/document/sections/" + section + "/comments", null, (String) null).status());
        assertEquals(401, call(PORT, "GET", "/api/v1/consultations/" + consultation + "/submissions", null, (String) null).status());
        String draft = Distribution.first(call(PORT, "GET", "/api/v1/plans?q=ALV-FRILUFT", "planlegg", (String) null).body(), "\"id\":(\\d+)");
        assertEquals(404, call(PORT, "GET", "/api/v1/public/plans/" + draft, null, (String) null).status());
        assertEquals(404, call(PORT, "GET", "/public/plans/" + draft, null, (String) null).status());
        Answer readerSave = call(PORT, "PUT", "/api/v1/plans/" + plan + "/document/sections/" + section, "lesar",
                "{\"heading\":\"x\",\"markdown\":\"x\",\"version\":0}");
        assertEquals(readerSave.body(), 403, readerSave.status());
        Chromium.login(driver, BASE, "lesar", "lesar");
        Chromium.waitFor(driver).until(ExpectedConditions.visibilityOfElementLocated(By.id("planverk-menu")));
        driver.get(BASE + "/plans/document/" + plan);
        Chromium.waitFor(driver).until(ExpectedConditions.textToBePresentInElementLocated(By.id("planverk-document-preview"), "Hovudmål 1"));
        assertTrue("a reader gets no editor", driver.findElements(By.id("planverk-document-text")).isEmpty());
        AXE.put("plans/document/" + plan + " (reader)", Axe.violations(driver));

        StringBuilder report = new StringBuilder();
        AXE.forEach((p, violations) -> violations.forEach(v -> report.append("\n  /").append(p).append(": ").append(v)));
        System.out.println("| axe-core | pages checked | " + AXE.size() + " | serious or critical violations | "
                + AXE.values().stream().mapToInt(List::size).sum() + " |" + report);
        assertEquals("axe-core found serious or critical violations:" + report, "", report.toString());
    }

    /** The id of the JSON object that holds {@code "heading":"<heading>"}. */
    static String idOf(String json, String heading) {
        int at = json.indexOf("\"heading\":\"" + heading + "\"");
        assertTrue("no section " + heading + " in " + json, at >= 0);
        int start = json.lastIndexOf('{', at);
        int end = json.indexOf('}', at);
        return Distribution.first(json.substring(start, end), "\"id\":(\\d+)");
    }

    /** Scrolls the element to the middle of the window and clicks it there (a notification may cover the bottom edge). */
    private static void click(By by) {
        WebElement element = Chromium.waitFor(driver).until(ExpectedConditions.presenceOfElementLocated(by));
        ((org.openqa.selenium.JavascriptExecutor) driver).executeScript("arguments[0].scrollIntoView({block: 'center'}); arguments[0].click();", element);
    }

    /** Opens a page, waits until it shows {@code expected}, takes a screenshot and runs axe-core on it. */
    private static void open(String path, String expected) {
        driver.get(BASE + "/" + path);
        Chromium.waitFor(driver).until(ExpectedConditions.textToBePresentInElementLocated(By.tagName("body"), expected));
        Chromium.screenshot(driver, "portal-" + path.replace('/', '-'));
        AXE.put(path, Axe.violations(driver));
    }
}
