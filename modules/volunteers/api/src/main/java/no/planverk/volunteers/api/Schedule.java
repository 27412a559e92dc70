package no.planverk.volunteers.api;

import java.time.DayOfWeek;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.Objects;

/**
 * When an assignment takes place: once on {@code start} ({@code weekday} null, {@code end} = start), or every
 * {@code weekday} from {@code start} to {@code end} (null: until further notice), from {@code from} to {@code to}.
 */
public record Schedule(LocalDate start, LocalDate end, DayOfWeek weekday, LocalTime from, LocalTime to) {

    public Schedule {
        Objects.requireNonNull(start, "start");
        Objects.requireNonNull(from, "from");
        Objects.requireNonNull(to, "to");
        if (weekday == null) {
            end = start;
        }
    }

    public static Schedule once(LocalDate date, LocalTime from, LocalTime to) {
        return new Schedule(date, date, null, from, to);
    }

    public static Schedule weekly(DayOfWeek day, LocalDate start, LocalDate end, LocalTime from, LocalTime to) {
        return new Schedule(start, end, day, from, to);
    }

    public boolean recurring() {
        return weekday != null;
    }

    /** True when the assignment takes place on this day. */
    public boolean occursOn(LocalDate day) {
        if (day.isBefore(start) || end != null && day.isAfter(end)) {
            return false;
        }
        return weekday == null ? day.equals(start) : day.getDayOfWeek() == weekday;
    }

    /** The weekday of each occurrence. */
    public DayOfWeek day() {
        return weekday == null ? start.getDayOfWeek() : weekday;
    }

    public long minutes() {
        return Math.max(0, Duration.between(from, to).toMinutes());
    }

    /** True when both take place on some same day at overlapping times (a double booking). */
    public boolean overlaps(Schedule other) {
        if (!to.isAfter(other.from) || !other.to.isAfter(from)) {
            return false;
        }
        LocalDate first = start.isAfter(other.start) ? start : other.start;
        LocalDate last = end == null ? other.end : other.end == null ? end : end.isBefore(other.end) ? end : other.end;
        for (LocalDate d = first; (last == null || !d.isAfter(last)) && d.isBefore(first.plusDays(7)); d = d.plusDays(1)) {
            if (occursOn(d) && other.occursOn(d)) {
                return true;
            }
        }
        return false;
    }

    /** The days it takes place from {@code from} to {@code to} (both included), for a calendar. */
    public java.util.List<LocalDate> occurrences(LocalDate from, LocalDate to) {
        java.util.List<LocalDate> out = new java.util.ArrayList<>();
        LocalDate first = from.isAfter(start) ? from : start;
        LocalDate last = end != null && end.isBefore(to) ? end : to;
        for (LocalDate d = first; !d.isAfter(last); d = d.plusDays(1)) {
            if (occursOn(d)) {
                out.add(d);
            }
        }
        return out;
    }

    /** False once the last occurrence is past. */
    public boolean runningOn(LocalDate day) {
        return end == null || !end.isBefore(day);
    }
}
