package no.planverk.forecasting.ui.internal.staircase;

import static no.planverk.forecasting.ui.internal.ForecastTexts.t;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Properties;
import no.planverk.forecasting.api.staircase.StaircaseStep;
import no.planverk.forecasting.ui.internal.ForecastTexts;

/**
 * Names of categories and steps in the user's language. A step keeps the municipality's own name; while it still has
 * its seeded (nynorsk) name, the bokmål or English text of that step is shown.
 */
public final class StepLabels {

    private static final Properties NYNORSK = new Properties();

    static {
        try (InputStream in = ForecastTexts.class.getResourceAsStream("messages.properties")) {
            NYNORSK.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private StepLabels() {
    }

    /** Category 1..4, or 0 for services with no step. */
    public static String category(int category) {
        return t("staircase.category." + category);
    }

    public static String step(StaircaseStep step) {
        String key = "staircase.step." + step.number();
        return step.name().equals(NYNORSK.getProperty(key)) ? t(key) : step.name();
    }
}
