package no.planverk.measures.api;

import java.time.LocalDate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import no.planverk.platform.api.InvalidInputException;
import no.planverk.platform.api.Message;

/**
 * A reporting period: a whole year ({@code part} 0, written "2025") or one of its tertials (1-3, written
 * "2025-T2": January-April, May-August, September-December).
 */
public record ReportPeriod(int year, int part) implements Comparable<ReportPeriod> {

    private static final Pattern TEXT = Pattern.compile("(\\d{4})(?:\\s*-\\s*[Tt]([1-3]))?");

    public ReportPeriod {
        if (year < 1900 || year > 2200) {
            throw InvalidInputException.field("period", Message.of("measures.period.year", "A reporting year between 1900 and 2200, not {0}",
                    String.valueOf(year)));
        }
        if (part < 0 || part > 3) {
            throw InvalidInputException.field("period", Message.of("measures.period.part", "A tertial 1-3 (or 0 for the whole year), not {0}",
                    String.valueOf(part)));
        }
    }

    public static ReportPeriod year(int year) {
        return new ReportPeriod(year, 0);
    }

    /** The period of this kind that contains the date. */
    public static ReportPeriod containing(LocalDate date, PeriodKind kind) {
        return kind == PeriodKind.YEAR ? year(date.getYear()) : new ReportPeriod(date.getYear(), (date.getMonthValue() - 1) / 4 + 1);
    }

    /** "2025" or "2025-T2"; anything else is an {@link InvalidInputException}. */
    public static ReportPeriod parse(String text) {
        Matcher m = TEXT.matcher(text == null ? "" : text.strip());
        if (!m.matches()) {
            throw InvalidInputException.field("period", Message.of("measures.period.format", "A period such as 2025 or 2025-T2, not ''{0}''",
                    String.valueOf(text)));
        }
        return new ReportPeriod(Integer.parseInt(m.group(1)), m.group(2) == null ? 0 : Integer.parseInt(m.group(2)));
    }

    public boolean wholeYear() {
        return part == 0;
    }

    @Override
    public int compareTo(ReportPeriod o) {
        return year != o.year ? Integer.compare(year, o.year) : Integer.compare(part == 0 ? 4 : part, o.part == 0 ? 4 : o.part);
    }

    @Override
    public String toString() {
        return part == 0 ? Integer.toString(year) : year + "-T" + part;
    }
}
