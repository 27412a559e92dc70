package no.planverk.itests;

import static org.junit.Assert.assertEquals;

import java.util.List;
import java.util.TreeSet;
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
 * Each municipality's profile in a real browser: the distribution booted with the profile (and demo data) shows an
 * admin exactly the menu of the profile's modules, in the profile's language. Prints the time from boot to the menu.
 */
public class ProfileMenusIT {

    static final int PORT = 19981;
    static final String BASE = "http://localhost:" + PORT;
    /** The first part of each menu entry's route, by module; the platform's own entries are the home page, units, about and the admin pages. */
    static final List<String> PLATFORM = List.of("", "about", "admin", "units");

    private static WebDriver driver;

    @BeforeClass
    public static void browser() {
        Chromium.assumeInstalled();
        driver = Chromium.start();
    }

    @AfterClass
    public static void quit() {
        if (driver != null) {
            driver.quit();
            driver = null;
        }
    }

    @Test
    public void bergenShowsPlansMeasuresForecastingAndCompetenceInBokmal() throws Exception {
        check("bergen", List.of("competence", "forecasting", "measures", "plans", "portal"), List.of("competence", "forecasting", "measures", "plans"), "Planer");
    }

    @Test
    public void alverShowsEveryModuleInNynorsk() throws Exception {
        check("alver", List.of("competence", "consultation", "forecasting", "measures", "plans", "portal", "volunteers"),
                List.of("competence", "consultation", "forecasting", "measures", "plans", "volunteers"), "Planar");
    }

    /** {@code modules}: the installed module ids; {@code menus}: the first route segments of their menu entries (the portal has none). */
    private static void check(String profile, List<String> modules, List<String> menus, String plansLabel) throws Exception {
        long start = System.nanoTime();
        ExamSystem system = PaxExamRuntime.createServerSystem(Distribution.options(PORT, 1200, "planverk-" + profile + ", planverk-demo"));
        TestContainer container = PaxExamRuntime.createContainer(system);
        container.start();
        try {
            Distribution.awaitHealthy(PORT, 90);
            Distribution.awaitStatus(PORT, null, 200, "/login", 90);
            List<String> withPlatform = new java.util.ArrayList<>(modules);
            withPlatform.add("platform");
            java.util.Collections.sort(withPlatform);
            assertEquals(withPlatform.toString(), Distribution.awaitModules(PORT, withPlatform, 60));

            driver.manage().deleteAllCookies();
            Chromium.login(driver, BASE, "admin", "admin");
            WebElement menu = Chromium.waitFor(driver).until(ExpectedConditions.visibilityOfElementLocated(By.id("planverk-menu")));
            Chromium.waitFor(driver).until(d -> menu.getText().contains(plansLabel));
            System.out.printf("| profile %s | menu shown %.1f s after the boot began |%n", profile, (System.nanoTime() - start) / 1e9);
            Chromium.screenshot(driver, "profile-" + profile);
            TreeSet<String> firstSegments = new TreeSet<>();
            for (WebElement item : menu.findElements(By.cssSelector("vaadin-side-nav-item"))) {
                String path = item.getAttribute("path");
                firstSegments.add(path.replaceFirst("^/", "").replaceFirst("/.*", ""));
            }
            TreeSet<String> expected = new TreeSet<>(menus);
            expected.addAll(PLATFORM);
            assertEquals("menu of " + profile + " (first segment of each route)", expected.toString(), firstSegments.toString());
            driver.get(BASE + "/login");
        } finally {
            container.stop();
            system.clear();
        }
    }
}
