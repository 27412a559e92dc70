package no.planverk.itests;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;

/**
 * axe-core (npm package {@code axe-core}, installed into target/axe with npm on first use) run in the page: the WCAG 2.1
 * A and AA rules, violations of impact serious or critical.
 */
final class Axe {

    static final String VERSION = "4.10.2";
    static final Path HOME = Path.of("target", "axe");
    private static String source;

    private Axe() {
    }

    /** The serious and critical violations on the page now, one line each: rule, impact, help and up to three targets. */
    static List<String> violations(WebDriver driver) {
        JavascriptExecutor js = (JavascriptExecutor) driver;
        js.executeScript(script());
        driver.manage().timeouts().scriptTimeout(java.time.Duration.ofSeconds(60));
        Object result = js.executeAsyncScript("""
                const done = arguments[arguments.length - 1];
                axe.run(document, {runOnly: {type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']}})
                  .then(r => done(r.violations.filter(v => v.impact === 'serious' || v.impact === 'critical')
                    .map(v => v.id + ' (' + v.impact + '): ' + v.help + ' at '
                      + v.nodes.slice(0, 3).map(n => JSON.stringify(n.target)).join(', '))))
                  .catch(e => done(['axe failed: ' + e]));
                """);
        List<String> lines = new ArrayList<>();
        if (result instanceof List<?> list) {
            list.forEach(o -> lines.add(String.valueOf(o)));
        } else if (result instanceof Map<?, ?> map) {
            lines.add("unexpected axe answer: " + map);
        }
        return lines;
    }

    private static synchronized String script() {
        if (source == null) {
            Path file = HOME.resolve("node_modules/axe-core/axe.min.js");
            try {
                if (!Files.isRegularFile(file)) {
                    install();
                }
                source = Files.readString(file, StandardCharsets.UTF_8);
            } catch (IOException e) {
                throw new IllegalStateException("axe-core could not be read from " + file + ": " + e.getMessage(), e);
            }
        }
        return source;
    }

    private static void install() throws IOException {
        Files.createDirectories(HOME);
        ProcessBuilder npm = new ProcessBuilder("npm", "install", "--no-save", "--no-package-lock", "--no-audit", "--no-fund",
                "--prefix", HOME.toAbsolutePath().toString(), "axe-core@" + VERSION).redirectErrorStream(true)
                .redirectOutput(HOME.resolve("npm.log").toFile());
        try {
            Process p = npm.start();
            if (!p.waitFor(5, TimeUnit.MINUTES) || p.exitValue() != 0) {
                throw new IOException("npm install axe-core@" + VERSION + " failed; see " + HOME.resolve("npm.log").toAbsolutePath());
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException("interrupted while installing axe-core", e);
        }
    }
}
