package no.planverk.itests;

import static no.planverk.itests.Distribution.BROWSER_HTTP_PORT;
import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertTrue;

import no.planverk.itests.Distribution.Answer;
import org.junit.AfterClass;
import org.junit.Before;
import org.junit.BeforeClass;
import org.junit.Rule;
import org.junit.Test;
import org.junit.rules.TestWatcher;
import org.junit.runner.Description;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.ops4j.pax.exam.ExamSystem;
import org.ops4j.pax.exam.TestContainer;
import org.ops4j.pax.exam.spi.PaxExamRuntime;

/**
 * Drives the real UI in headless Chromium. The distribution runs in Pax Exam's server mode (no probe): this
 * class is a plain JUnit 4 test in the failsafe JVM, the browser talks HTTP to the container.
 */
public class BrowserIT {

    private static final String BASE = "http://localhost:" + BROWSER_HTTP_PORT;

    private static ExamSystem system;
    private static TestContainer container;
    private static WebDriver driver;

    @Rule
    public final TestWatcher screenshotOnFailure = new TestWatcher() {
        @Override
        protected void failed(Throwable e, Description description) {
            screenshot("failed-" + description.getMethodName());
        }
    };

    @BeforeClass
    public static void startDistributionAndBrowser() throws Exception {
        Chromium.assumeInstalled();

        system = PaxExamRuntime.createServerSystem(Distribution.options(BROWSER_HTTP_PORT, 100));
        container = PaxExamRuntime.createContainer(system);
        container.start();
        Answer health = Distribution.awaitHealthy(BROWSER_HTTP_PORT, 90);
        assertEquals("health before the browser starts: " + health.body(), 200, health.status());
        // the API answers before the UI bundle has registered Vaadin's servlet: wait for the login page too
        Distribution.awaitStatus(BROWSER_HTTP_PORT, null, 200, "/login", 90);

        driver = Chromium.start();
    }

    @AfterClass
    public static void stopBrowserAndDistribution() {
        try {
            if (driver != null) {
                driver.quit();
            }
        } finally {
            driver = null;
            if (container != null) {
                container.stop();
                container = null;
            }
            if (system != null) {
                system.clear();
                system = null;
            }
        }
    }

    @Before
    public void anonymous() {
        // a fresh, anonymous session for every test
        driver.get(BASE + "/login");
        driver.manage().deleteAllCookies();
    }

    @Test
    public void anonymousUsersAreSentToTheLogin() {
        driver.get(BASE + "/");
        waitFor().until(ExpectedConditions.urlContains("/login"));
        waitFor().until(ExpectedConditions.presenceOfElementLocated(By.tagName("vaadin-login-form")));
    }

    @Test
    public void wrongPasswordShowsTheErrorAndStaysOnTheLogin() {
        login("admin", "wrong-password");
        WebElement form = waitFor().until(ExpectedConditions.presenceOfElementLocated(By.tagName("vaadin-login-form")));
        waitFor().until(d -> form.getAttribute("error") != null);
        assertTrue(driver.getCurrentUrl(), driver.getCurrentUrl().contains("/login"));
        assertTrue("no app layout after a failed login", driver.findElements(By.tagName("vaadin-app-layout")).isEmpty());
    }

    @Test
    public void adminSeesTheShell() {
        login("admin", "admin");
        waitFor().until(ExpectedConditions.presenceOfElementLocated(By.tagName("vaadin-app-layout")));
        waitFor().until(ExpectedConditions.visibilityOfElementLocated(By.id("planverk-menu")));
        WebElement user = waitFor().until(ExpectedConditions.presenceOfElementLocated(By.id("planverk-user")));
        waitFor().until(d -> user.getText().contains("admin"));
        assertTrue(driver.getCurrentUrl(), !driver.getCurrentUrl().contains("/login"));
        screenshot("shell");
    }

    @Test
    public void redThreadShowsAlversKdpGoal41() throws Exception {
        String q = java.net.URLEncoder.encode("KDP mål 4.1", java.nio.charset.StandardCharsets.UTF_8);
        Answer found = Distribution.call(BROWSER_HTTP_PORT, "GET", "/api/v1/plans/goals?limit=5&q=" + q, "planlegg", (String) null);
        java.util.regex.Matcher id = java.util.regex.Pattern.compile("\"goalId\":(\\d+)[^}]*\"planCode\":\"ALV-KDP-HSO\"")
                .matcher(found.body());
        assertTrue("Alver's demo goal is there: " + found.body(), id.find());
        login("planlegg", "planlegg");
        waitFor().until(ExpectedConditions.visibilityOfElementLocated(By.id("planverk-menu")));
        driver.get(BASE + "/plans/thread?goal=" + id.group(1));
        waitFor().until(d -> d.findElement(By.tagName("body")).getText().contains("KDP mål 4.1"));
        String page = driver.findElement(By.tagName("body")).getText();
        assertTrue(page, page.contains("ALV-KPS") || page.contains("samfunnsdel"));
        screenshot("red-thread");
    }

    @Test
    public void anUnknownAddressSaysSoInNorwegian() {
        login("lesar", "lesar");
        waitFor().until(ExpectedConditions.visibilityOfElementLocated(By.id("planverk-menu")));
        driver.get(BASE + "/plans/plan/abc");
        WebElement page = waitFor().until(ExpectedConditions.visibilityOfElementLocated(By.id("planverk-not-found")));
        assertTrue(page.getText(), page.getText().contains("Fann ikkje sida") && page.getText().contains("plans/plan/abc"));
    }

    /** A unit leader reports a red light on one of Helse og omsorg's measures; the dashboard counts it. */
    @Test
    public void unitLeaderReportsAMeasureAndTheDashboardShowsIt() throws Exception {
        Answer found = Distribution.call(BROWSER_HTTP_PORT, "GET", "/api/v1/measures?q=dag-+og+aktivitetstilbod", "planlegg", (String) null);
        java.util.regex.Matcher id = java.util.regex.Pattern.compile("\"id\":(\\d+)").matcher(found.body());
        assertTrue("Alver's demo measure 4.1.1.2-a is there: " + found.body(), id.find());
        String redBefore = java.util.regex.Pattern.compile("\"RED\":(\\d+)").matcher(Distribution.call(BROWSER_HTTP_PORT, "GET",
                "/api/v1/measures/counts", "lesar", (String) null).body()).results().map(m -> m.group(1)).findFirst().orElse("0");

        login("einingsleiar", "einingsleiar");
        waitFor().until(ExpectedConditions.visibilityOfElementLocated(By.id("planverk-menu")));
        driver.get(BASE + "/measures/measure/" + id.group(1));
        waitFor().until(ExpectedConditions.visibilityOfElementLocated(By.id("planverk-report-send")));
        WebElement status = driver.findElement(By.cssSelector("#planverk-report-status input"));
        status.sendKeys(Keys.chord(Keys.CONTROL, "a"), "Pågår");
        status.sendKeys(Keys.ENTER);
        // the combo box's overlay takes clicks until it has closed
        waitFor().until(d -> d.findElements(By.cssSelector("vaadin-combo-box-overlay[opened]")).isEmpty());
        for (WebElement radio : driver.findElements(By.cssSelector("#planverk-report-light vaadin-radio-button"))) {
            if (radio.getText().contains("Raud")) {
                waitFor().until(ExpectedConditions.elementToBeClickable(radio)).click();
            }
        }
        driver.findElement(By.cssSelector("#planverk-report-comment textarea")).sendKeys("Manglar lokale til dagtilbodet");
        driver.findElement(By.id("planverk-report-send")).click();
        waitFor().until(d -> d.findElement(By.tagName("body")).getText().contains("Manglar lokale til dagtilbodet")
                && !d.findElements(By.tagName("vaadin-notification-card")).isEmpty());
        screenshot("measure-reported");

        driver.get(BASE + "/");
        WebElement red = waitFor().until(ExpectedConditions.visibilityOfElementLocated(
                By.cssSelector("#planverk-measures-card-lights li[data-light='red']")));
        int expected = Integer.parseInt(redBefore) + 1;
        assertTrue(red.getText(), red.getText().replaceAll("\\s+", " ").endsWith(": " + expected));
        screenshot("measures-dashboard");
    }

    /** A planner runs a forecast on Alver's demo inputs and sees the line and bar charts drawn as SVG. */
    @Test
    public void plannerRunsAForecastAndSeesTheCharts() {
        login("planlegg", "planlegg");
        waitFor().until(ExpectedConditions.visibilityOfElementLocated(By.id("planverk-menu")));
        driver.get(BASE + "/forecasting");
        WebElement run = waitFor().until(ExpectedConditions.elementToBeClickable(By.id("planverk-forecasting-run")));
        waitFor().until(d -> !d.findElement(By.cssSelector("#planverk-forecasting-input-population input")).getAttribute("value").isEmpty());
        ((org.openqa.selenium.JavascriptExecutor) driver).executeScript("arguments[0].scrollIntoView({block: 'center'});", run);
        waitFor().until(ExpectedConditions.elementToBeClickable(run)).click();
        WebElement line = waitFor().until(ExpectedConditions.presenceOfElementLocated(By.id("planverk-forecasting-line")));
        waitFor().until(d -> line.findElements(By.cssSelector("svg path")).size() > 5);
        WebElement bar = driver.findElement(By.id("planverk-forecasting-bar"));
        waitFor().until(d -> bar.findElements(By.cssSelector("svg path")).size() > 3);
        String page = driver.findElement(By.tagName("body")).getText();
        assertTrue("the year 2050 and the services are in the result", page.contains("2050") && page.contains("heildøgns omsorg"));
        screenshot("forecast-charts");
    }

    /** A coordinator sees the demo volunteers and opens a profile; a reader has no volunteers in the menu and sees none. */
    @Test
    public void volunteersAreForCoordinatorsOnly() {
        login("koordinator", "koordinator");
        WebElement menu = waitFor().until(ExpectedConditions.visibilityOfElementLocated(By.id("planverk-menu")));
        waitFor().until(d -> menu.getText().contains("Frivillige"));
        driver.get(BASE + "/volunteers");
        WebElement grid = waitFor().until(ExpectedConditions.presenceOfElementLocated(By.id("planverk-volunteers-grid")));
        waitFor().until(d -> d.findElement(By.tagName("body")).getText().contains("Test Testesen")
                || grid.getAttribute("innerHTML").contains("Test Testesen"));
        screenshot("volunteers");

        driver.get(BASE + "/login");
        driver.manage().deleteAllCookies();
        login("lesar", "lesar");
        WebElement readerMenu = waitFor().until(ExpectedConditions.visibilityOfElementLocated(By.id("planverk-menu")));
        waitFor().until(d -> readerMenu.getText().contains("Planar"));
        assertTrue(readerMenu.getText(), !readerMenu.getText().contains("Frivillige\n") && !readerMenu.getText().endsWith("Frivillige"));
        driver.get(BASE + "/volunteers");
        waitFor().until(d -> !d.getCurrentUrl().endsWith("/volunteers") || d.findElements(By.id("planverk-volunteers-grid")).isEmpty());
        assertTrue("a reader sees no volunteer", !driver.findElement(By.tagName("body")).getText().contains("Test Testesen"));
    }

    /** A planner opens the competence dashboard and sees the gap heatmap and the full-time chart drawn. */
    @Test
    public void plannerSeesTheCompetenceDashboard() {
        login("planlegg", "planlegg");
        waitFor().until(ExpectedConditions.visibilityOfElementLocated(By.id("planverk-menu")));
        driver.get(BASE + "/competence");
        waitFor().until(ExpectedConditions.presenceOfElementLocated(By.id("planverk-competence-facts")));
        WebElement bars = waitFor().until(ExpectedConditions.presenceOfElementLocated(By.id("planverk-competence-fulltime-units")));
        waitFor().until(d -> bars.findElements(By.cssSelector("svg path")).size() > 3);
        waitFor().until(d -> d.findElements(By.cssSelector("[id$='-heatmap'] svg path")).size() > 3);
        assertTrue(driver.findElement(By.id("planverk-competence-facts")).getText(), driver.findElement(By.id("planverk-competence-facts")).getText().matches("(?s).*\\d.*"));
        screenshot("competence-dashboard");
    }

    private static void login(String username, String password) {
        Chromium.login(driver, BASE, username, password);
    }

    private static WebDriverWait waitFor() {
        return Chromium.waitFor(driver);
    }

    private static void screenshot(String name) {
        Chromium.screenshot(driver, name);
    }
}
