package no.planverk.volunteers.api;

import java.time.DayOfWeek;
import java.time.LocalTime;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;

/**
 * A weekday and a time of day when a volunteer can help, written "mon 10:00-14:00"; the day may also be
 * written in bokmål or nynorsk ("man", "tysdag", "laurdag"): its first three letters count.
 */
public record TimeSlot(DayOfWeek day, LocalTime from, LocalTime to) {

    private static final Map<String, DayOfWeek> DAYS = Map.ofEntries(Map.entry("mon", DayOfWeek.MONDAY),
            Map.entry("man", DayOfWeek.MONDAY), Map.entry("tue", DayOfWeek.TUESDAY), Map.entry("tir", DayOfWeek.TUESDAY),
            Map.entry("wed", DayOfWeek.WEDNESDAY), Map.entry("ons", DayOfWeek.WEDNESDAY), Map.entry("thu", DayOfWeek.THURSDAY),
            Map.entry("tor", DayOfWeek.THURSDAY), Map.entry("fri", DayOfWeek.FRIDAY), Map.entry("fre", DayOfWeek.FRIDAY),
            Map.entry("sat", DayOfWeek.SATURDAY), Map.entry("lør", DayOfWeek.SATURDAY), Map.entry("sun", DayOfWeek.SUNDAY),
            Map.entry("søn", DayOfWeek.SUNDAY), Map.entry("mån", DayOfWeek.MONDAY), Map.entry("tys", DayOfWeek.TUESDAY),
            Map.entry("lau", DayOfWeek.SATURDAY));

    public TimeSlot {
        Objects.requireNonNull(day, "day");
        Objects.requireNonNull(from, "from");
        Objects.requireNonNull(to, "to");
        from = from.truncatedTo(java.time.temporal.ChronoUnit.MINUTES);
        to = to.truncatedTo(java.time.temporal.ChronoUnit.MINUTES);
        if (!to.isAfter(from)) {
            throw new IllegalArgumentException("The slot must end after it starts: " + from + "-" + to);
        }
    }

    /** Minutes this slot shares with the time from-to on the same day. */
    public long overlapMinutes(DayOfWeek d, LocalTime start, LocalTime end) {
        if (d != day) {
            return 0;
        }
        LocalTime s = start.isAfter(from) ? start : from;
        LocalTime e = end.isBefore(to) ? end : to;
        return e.isAfter(s) ? java.time.Duration.between(s, e).toMinutes() : 0;
    }

    /** "mon 10:00-14:00"; Norwegian day names (man/mån, tir/tys, ons, tor, fre, lør/lau, søn/sun) are read too. */
    public static TimeSlot parse(String text) {
        String[] parts = text.strip().toLowerCase(Locale.ROOT).split("\\s+");
        if (parts.length != 2 || !parts[1].matches("\\d{1,2}:\\d{2}-\\d{1,2}:\\d{2}")) {
            throw new IllegalArgumentException("Write a time slot as 'mon 10:00-14:00', not '" + text.strip() + "'");
        }
        DayOfWeek d = DAYS.get(parts[0].length() > 3 ? parts[0].substring(0, 3) : parts[0]);
        if (d == null) {
            throw new IllegalArgumentException("Unknown weekday '" + parts[0] + "' (mon, tue, wed, thu, fri, sat, sun)");
        }
        String[] times = parts[1].split("-");
        try {
            return new TimeSlot(d, LocalTime.parse(pad(times[0])), LocalTime.parse(pad(times[1])));
        } catch (java.time.format.DateTimeParseException e) {
            throw new IllegalArgumentException("Bad time in '" + text.strip() + "'");
        }
    }

    private static String pad(String t) {
        return t.length() == 4 ? "0" + t : t;
    }

    @Override
    public String toString() {
        return day.name().substring(0, 3).toLowerCase(Locale.ROOT) + " " + from + "-" + to;
    }
}
