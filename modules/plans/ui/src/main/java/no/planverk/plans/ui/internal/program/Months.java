package no.planverk.plans.ui.internal.program;

import java.time.YearMonth;
import java.time.format.DateTimeFormatter;
import java.time.format.TextStyle;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Months as people write them in Norway: "03.2025" (also read: "3.2025", "2025-03"). */
final class Months {

    private static final Pattern NORWEGIAN = Pattern.compile("(\\d{1,2})[./ ](\\d{4})");
    private static final Pattern ISO = Pattern.compile("(\\d{4})-(\\d{1,2})");
    private static final DateTimeFormatter FORMAT = DateTimeFormatter.ofPattern("MM.yyyy");

    private Months() {
    }

    static Optional<YearMonth> parse(String text) {
        if (text == null) {
            return Optional.empty();
        }
        String s = text.strip();
        Matcher m = NORWEGIAN.matcher(s);
        if (m.matches()) {
            return of(Integer.parseInt(m.group(2)), Integer.parseInt(m.group(1)));
        }
        m = ISO.matcher(s);
        return m.matches() ? of(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2))) : Optional.empty();
    }

    private static Optional<YearMonth> of(int year, int month) {
        return month >= 1 && month <= 12 && year >= 1900 && year <= 2200 ? Optional.of(YearMonth.of(year, month))
                : Optional.empty();
    }

    static String format(YearMonth month) {
        return month == null ? "" : FORMAT.format(month);
    }

    /** "jan.", "Jan": the short name of the month in the UI language. */
    static String shortName(YearMonth month, Locale locale) {
        return month.getMonth().getDisplayName(TextStyle.SHORT_STANDALONE, locale);
    }
}
