package no.planverk.forecasting.core.internal.io;

import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import no.planverk.forecasting.api.PopulationProjection;

/**
 * SSB's age categories: codes {@code 000} … {@code 104} and an open top {@code 105+}, or labels "0 år" … "105 år eller
 * eldre" (and the English "0 years" … "105 years or older"). An age band ("20-29", "20-29 år") is recognised so it can
 * be refused by name.
 */
final class SsbAges {
    /** A single year of age; {@code open} for the top group "A and older". */
    record Age(int value, boolean open) {
        String label() {
            return value + (open ? "+" : "");
        }
    }

    private static final Pattern CODE = Pattern.compile("(\\d{1,3})(\\+?)");
    private static final Pattern LABEL = Pattern.compile("(\\d{1,3}) ?(?:år|years?|yrs)(?: (eller eldre|og eldre|og over|or older|and older|and over|or more))?");
    private static final Pattern BAND = Pattern.compile("(?:f\\.?\\s*)?\\d{1,3}\\s*[-–]\\s*\\d{1,3}(?:\\s*(?:år|years?))?");

    private SsbAges() {
    }

    /** The age a code or label stands for; null when it is neither. */
    static Age parse(String text) {
        if (text == null) {
            return null;
        }
        String t = text.strip().toLowerCase(Locale.ROOT);
        Matcher m = CODE.matcher(t);
        if (!m.matches()) {
            m = LABEL.matcher(t);
            if (!m.matches()) {
                return null;
            }
        }
        int age = Integer.parseInt(m.group(1));
        if (age > PopulationProjection.MAX_AGE) {
            return null;
        }
        return new Age(age, m.group(2) != null && !m.group(2).isEmpty());
    }

    /** The age of a category by its code, else its label; null when neither is a single age. */
    static Age parse(String code, String label) {
        Age age = parse(code);
        return age != null ? age : parse(label);
    }

    /**
     * The ages of an age dimension's categories, in its order; a band, a category that is no single age, or two
     * categories of the same age are refused with the category.
     */
    static Age[] of(SsbDimension ages) {
        Age[] result = new Age[ages.size()];
        java.util.Map<Integer, String> seen = new java.util.HashMap<>();
        for (int i = 0; i < ages.size(); i++) {
            String code = ages.codes().get(i);
            String label = ages.labels().get(i);
            Age age = parse(code, label);
            if (age == null) {
                throw PopulationSums.invalid(band(code) || band(label)
                        ? no.planverk.platform.api.Message.of("forecasting.ssb.age.band",
                                "The age group ''{0}'' is a band; the forecast needs single years of age (0, 1, 2 … and an open top such as 105+)",
                                ages.shown(i))
                        : no.planverk.platform.api.Message.of("forecasting.ssb.age.unknown",
                                "''{0}'' is not a single year of age (such as 000, 105+ or \"0 år\")", ages.shown(i)));
            }
            String before = seen.put(age.value(), ages.shown(i));
            if (before != null) {
                throw PopulationSums.invalid(no.planverk.platform.api.Message.of("forecasting.ssb.age.twice",
                        "Age {0} is there twice: ''{1}'' and ''{2}''", String.valueOf(age.value()), before, ages.shown(i)));
            }
            result[i] = age;
        }
        return result;
    }

    /** True for an age band such as "20-29" or "20-29 år". */
    static boolean band(String text) {
        return text != null && BAND.matcher(text.strip().toLowerCase(Locale.ROOT)).matches();
    }
}
