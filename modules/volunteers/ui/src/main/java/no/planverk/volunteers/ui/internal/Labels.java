package no.planverk.volunteers.ui.internal;

import static no.planverk.volunteers.ui.internal.VolTexts.t;

import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import java.math.BigDecimal;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.function.LongFunction;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import no.planverk.volunteers.api.Check;
import no.planverk.volunteers.api.Conflict;
import no.planverk.volunteers.api.Reminder;
import no.planverk.volunteers.api.Schedule;
import no.planverk.volunteers.api.Score;
import no.planverk.volunteers.api.TimeSlot;
import no.planverk.volunteers.api.VolunteerStatus;
import no.planverk.ui.api.Formats;

/** Translated statuses, checks, steps, schedules and conflicts, status chips and warning chips. */
public final class Labels {

    /** Certificates that expire within this many days get a warning in lists. */
    public static final int CERTIFICATE_DAYS = 30;
    private static final Pattern ISO_DATE = Pattern.compile("\\d{4}-\\d{2}-\\d{2}");

    private Labels() {
    }

    public static String status(VolunteerStatus s) {
        return t("status." + s.id());
    }

    /** A Lumo badge for the status: green when active, grey when paused or archived. */
    public static Span statusChip(VolunteerStatus s) {
        Span chip = new Span(status(s));
        String theme = switch (s) {
            case ACTIVE -> "badge success";
            case APPLICANT -> "badge";
            case PAUSED -> "badge contrast";
            case ARCHIVED -> "badge contrast";
        };
        chip.getElement().getThemeList().addAll(List.of(theme.split(" ")));
        chip.getElement().setAttribute("data-status", s.id());
        return chip;
    }

    /** A red (or yellow) chip with a warning icon; the text says it, colour is only a hint. */
    public static Span warning(String text, boolean severe) {
        Span chip = new Span(VaadinIcon.WARNING.create(), new Span(text));
        chip.getElement().getThemeList().add("badge");
        chip.getElement().getThemeList().add(severe ? "error" : "contrast");
        chip.getElement().setAttribute("data-warning", severe ? "severe" : "notice");
        chip.getStyle().set("gap", "0.25em").set("white-space", "normal").set("height", "auto").set("text-align", "start")
                .set("max-width", "100%").set("box-sizing", "border-box");
        return chip;
    }

    /** The certificate warning for a list row, or empty: expired, or expiring within {@link #CERTIFICATE_DAYS}. */
    public static Optional<Span> certificateWarning(LocalDate expires, LocalDate today) {
        if (expires == null) {
            return Optional.empty();
        }
        if (expires.isBefore(today)) {
            return Optional.of(warning(t("certificate.expired", Formats.date(expires)), true));
        }
        if (!expires.isAfter(today.plusDays(CERTIFICATE_DAYS))) {
            return Optional.of(warning(t("certificate.expiring", Formats.date(expires)), false));
        }
        return Optional.empty();
    }

    public static String check(Check c) {
        return t("check." + c.id());
    }

    public static String checks(Collection<Check> checks) {
        return checks.isEmpty() ? t("check.none") : checks.stream().sorted().map(Labels::check).collect(Collectors.joining(", "));
    }

    public static String step(int step) {
        return t("step." + step);
    }

    public static String day(DayOfWeek d) {
        return t("day." + d.name());
    }

    /** The day inside a sentence: "tysdag" (English keeps its capital). */
    public static String dayInText(DayOfWeek d) {
        String name = day(d);
        return no.planverk.ui.api.Texts.currentLocale().getLanguage().equals("en") ? name
                : name.toLowerCase(no.planverk.ui.api.Texts.currentLocale());
    }

    public static String time(LocalTime from, LocalTime to) {
        return from + "–" + to;
    }

    /** "Kvar tysdag 10:00–12:00 frå 01.12.2026" or "Onsdag 02.12.2026 10:00–12:00". */
    public static String schedule(Schedule s) {
        if (!s.recurring()) {
            return t("schedule.once", day(s.start().getDayOfWeek()), Formats.date(s.start()), time(s.from(), s.to()));
        }
        return s.end() == null ? t("schedule.weekly", dayInText(s.weekday()), time(s.from(), s.to()), Formats.date(s.start()))
                : t("schedule.weeklyUntil", dayInText(s.weekday()), time(s.from(), s.to()), Formats.date(s.start()), Formats.date(s.end()));
    }

    public static String slot(TimeSlot slot) {
        return day(slot.day()) + " " + time(slot.from(), slot.to());
    }

    /** Hours with a decimal comma: 2.5 gives "2,5", 2 gives "2". */
    public static String hours(BigDecimal h) {
        if (h == null) {
            return "";
        }
        BigDecimal s = h.stripTrailingZeros();
        return Formats.number(h.doubleValue(), Math.max(0, Math.min(2, s.scale())));
    }

    /** The parts of a matching score in words: "ferdigheiter 40 · interesser 15 · …". */
    public static String score(Score s) {
        return t("score.parts", s.skills(), s.interests(), s.availability(), s.unit(), s.step());
    }

    /**
     * A conflict in the user's language. The kind picks the text, the dates (ISO in the message's arguments) are shown
     * Norwegian style, and the other assignment is named by {@code assignmentTitle}.
     */
    public static String conflict(Conflict c, LongFunction<String> assignmentTitle) {
        List<String> dates = dates(arguments(c));
        return switch (c.kind()) {
            case DOUBLE_BOOKING -> t("conflict.DOUBLE_BOOKING", c.otherAssignmentId() == null ? "?" : assignmentTitle.apply(c.otherAssignmentId()));
            case CERTIFICATE_EXPIRED -> dates.size() >= 2 ? t("conflict.CERTIFICATE_EXPIRED.expired", dates.get(0), dates.get(1))
                    : t("conflict.CERTIFICATE_EXPIRED", dates.isEmpty() ? "" : dates.get(0));
            case CERTIFICATE_EXPIRES -> t("conflict.CERTIFICATE_EXPIRES", dates.isEmpty() ? "" : dates.get(0));
            case SKILL_MISSING -> t("conflict.SKILL_MISSING", c.text().key() == null || c.text().args().isEmpty() ? after(c.message(), ":")
                    : String.valueOf(c.text().args().get(0)));
            default -> t("conflict." + c.kind().name());
        };
    }

    /** Severe: the placement breaks a rule for the assignment (checks, double booking); others are notices. */
    public static boolean severe(Conflict c) {
        return switch (c.kind()) {
            case DOUBLE_BOOKING, CERTIFICATE_MISSING, CERTIFICATE_EXPIRED, CONFIDENTIALITY_MISSING -> true;
            default -> false;
        };
    }

    public static Span conflictChip(Conflict c, LongFunction<String> assignmentTitle) {
        Span chip = warning(conflict(c, assignmentTitle), severe(c));
        chip.getElement().setAttribute("data-conflict", c.kind().name());
        return chip;
    }

    public static String reminder(Reminder r) {
        return switch (r.kind()) {
            case CERTIFICATE_EXPIRED -> t("reminder.CERTIFICATE_EXPIRED", Formats.date(r.date()));
            case CERTIFICATE_EXPIRING -> t("reminder.CERTIFICATE_EXPIRING", Formats.date(r.date()));
            case NO_ASSIGNMENT -> t("reminder.NO_ASSIGNMENT", Formats.date(r.date()));
        };
    }

    /** The arguments of the conflict's message, or its text when it has no key. */
    private static String arguments(Conflict c) {
        return c.text().key() == null ? c.message() : c.text().args().stream().map(String::valueOf).collect(Collectors.joining(" "));
    }

    static List<String> dates(String message) {
        List<String> out = new ArrayList<>();
        Matcher m = ISO_DATE.matcher(message == null ? "" : message);
        while (m.find()) {
            out.add(Formats.date(LocalDate.parse(m.group())));
        }
        return out;
    }

    private static String after(String message, String sep) {
        int i = message == null ? -1 : message.indexOf(sep);
        return i < 0 ? "" : message.substring(i + sep.length()).strip();
    }

    /** Words as one editable line: "førstehjelp, bil". */
    public static String words(List<String> words) {
        return words == null ? "" : String.join(", ", words);
    }

    /** The line back as words, split at commas or '|'. */
    public static List<String> words(String text) {
        if (text == null || text.isBlank()) {
            return List.of();
        }
        return java.util.Arrays.stream(text.split("[,|]")).map(String::strip).filter(w -> !w.isEmpty()).toList();
    }

    /** "974 760 673". */
    public static String orgNumber(String n) {
        return n != null && n.length() == 9 ? n.substring(0, 3) + " " + n.substring(3, 6) + " " + n.substring(6) : n == null ? "" : n;
    }
}
