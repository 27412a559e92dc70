package no.planverk.volunteers.api;

import java.time.DayOfWeek;
import java.time.LocalTime;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import no.planverk.platform.api.Message;

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
        Message problem = problem(text).orElse(null);
        if (problem != null) {
            throw new IllegalArgumentException(problem.english());
        }
        String[] parts = text.strip().toLowerCase(Locale.ROOT).split("\\s+");
        String[] times = parts[1].split("-");
        return new TimeSlot(DAYS.get(day(parts[0])), LocalTime.parse(pad(times[0])), LocalTime.parse(pad(times[1])));
    }

    /** Why {@link #parse} refuses {@code text} (with its message key), or empty when it reads it. */
    public static Optional<Message> problem(String text) {
        String t = text == null ? "" : text.strip();
        String[] parts = t.toLowerCase(Locale.ROOT).split("\\s+");
        if (parts.length != 2 || !parts[1].matches("\\d{1,2}:\\d{2}-\\d{1,2}:\\d{2}")) {
            return Optional.of(Message.of("volunteers.slot.format", "Write a time slot as ''mon 10:00-14:00'', not ''{0}''", t));
        }
        if (DAYS.get(day(parts[0])) == null) {
            return Optional.of(Message.of("volunteers.slot.day", "Unknown weekday ''{0}'' (mon, tue, wed, thu, fri, sat, sun)", parts[0]));
        }
        String[] times = parts[1].split("-");
        LocalTime from;
        LocalTime to;
        try {
            from = LocalTime.parse(pad(times[0]));
            to = LocalTime.parse(pad(times[1]));
        } catch (java.time.format.DateTimeParseException e) {
            return Optional.of(Message.of("volunteers.slot.time", "Bad time in ''{0}''", t));
        }
        if (!to.isAfter(from)) {
            return Optional.of(Message.of("volunteers.slot.order", "The slot must end after it starts: {0}-{1}", from.toString(),
                    to.toString()));
        }
        return Optional.empty();
    }

    private static String day(String word) {
        return word.length() > 3 ? word.substring(0, 3) : word;
    }

    private static String pad(String t) {
        return t.length() == 4 ? "0" + t : t;
    }

    @Override
    public String toString() {
        return day.name().substring(0, 3).toLowerCase(Locale.ROOT) + " " + from + "-" + to;
    }
}
