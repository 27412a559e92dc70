package no.planverk.ui.api;

import java.math.BigDecimal;
import java.text.NumberFormat;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/** Norwegian number, money and date formats, used whatever the UI language is. */
public final class Formats {

    public static final Locale NORWEGIAN = Locale.forLanguageTag("nb-NO");
    public static final ZoneId OSLO = ZoneId.of("Europe/Oslo");
    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("dd.MM.yyyy");
    private static final DateTimeFormatter DATE_TIME = DateTimeFormatter.ofPattern("dd.MM.yyyy HH:mm");

    private Formats() {
    }

    /** 1234567.891 with 1 decimal gives "1 234 567,9" (no-break spaces). */
    public static String number(double value, int decimals) {
        NumberFormat f = NumberFormat.getNumberInstance(NORWEGIAN);
        f.setMinimumFractionDigits(decimals);
        f.setMaximumFractionDigits(decimals);
        return f.format(value).replace('\u2212', '-');
    }

    public static String integer(long value) {
        return number(value, 0);
    }

    /** 650000 gives "650 000 kr"; øre are shown only when there are any. */
    public static String money(BigDecimal amount) {
        boolean whole = amount.stripTrailingZeros().scale() <= 0;
        return number(amount.doubleValue(), whole ? 0 : 2) + " kr";
    }

    public static String money(long kroner) {
        return money(BigDecimal.valueOf(kroner));
    }

    /** 0.125 with 1 decimal gives "12,5 %". */
    public static String percent(double fraction, int decimals) {
        return number(fraction * 100, decimals) + " %";
    }

    public static String date(LocalDate date) {
        return date == null ? "" : DATE.format(date);
    }

    /** In Norwegian time (Europe/Oslo). */
    public static String dateTime(Instant instant) {
        return instant == null ? "" : DATE_TIME.format(instant.atZone(OSLO));
    }
}
