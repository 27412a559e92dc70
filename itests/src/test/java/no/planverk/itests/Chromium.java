package no.planverk.itests;

import static org.junit.Assume.assumeTrue;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/** Debian's headless Chromium for the browser tests: start it, log in, wait, take screenshots. */
final class Chromium {

    static final String BINARY = "/usr/bin/chromium";
    static final String DRIVER = "/usr/bin/chromedriver";
    static final Path SCREENSHOTS = Path.of("target", "screenshots");

    private Chromium() {
    }

    /** Skips the calling test class (JUnit assumption) when Chromium or its driver is not installed. */
    static void assumeInstalled() {
        assumeTrue("Browser tests skipped: " + BINARY + " is missing (apt-get install chromium; .ci/run does it)",
                new File(BINARY).canExecute());
        assumeTrue("Browser tests skipped: " + DRIVER + " is missing (apt-get install chromium-driver; .ci/run does it)",
                new File(DRIVER).canExecute());
    }

    static WebDriver start() {
        // Selenium Manager must never download a driver or browser: both come from Debian.
        System.setProperty(ChromeDriverService.CHROME_DRIVER_EXE_PROPERTY, DRIVER);
        ChromeOptions options = new ChromeOptions();
        options.setBinary(BINARY);
        options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run",
                "--window-size=1366,900");
        WebDriver driver = new ChromeDriver(options);
        driver.manage().timeouts().pageLoadTimeout(Duration.ofSeconds(60));
        return driver;
    }

    /** Fills the Vaadin login form (light-DOM inputs) at {@code base}/login and submits with Enter in the password field. */
    static void login(WebDriver driver, String base, String username, String password) {
        driver.get(base + "/login");
        WebElement name = waitFor(driver).until(ExpectedConditions.elementToBeClickable(
                By.cssSelector("vaadin-login-form input[name=username]")));
        WebElement secret = waitFor(driver).until(ExpectedConditions.elementToBeClickable(
                By.cssSelector("vaadin-login-form input[name=password]")));
        name.clear();
        name.sendKeys(username);
        secret.clear();
        secret.sendKeys(password);
        secret.sendKeys(Keys.ENTER);
    }

    static WebDriverWait waitFor(WebDriver driver) {
        return new WebDriverWait(driver, Duration.ofSeconds(30));
    }

    static void screenshot(WebDriver driver, String name) {
        if (!(driver instanceof TakesScreenshot shot)) {
            return;
        }
        try {
            Files.createDirectories(SCREENSHOTS);
            File png = shot.getScreenshotAs(OutputType.FILE);
            Files.copy(png.toPath(), SCREENSHOTS.resolve(name + ".png"), StandardCopyOption.REPLACE_EXISTING);
        } catch (IOException | RuntimeException e) {
            System.err.println("Screenshot " + name + " not saved: " + e);
        }
    }
}
