package no.planverk.volunteers.core.internal;

import java.time.LocalDate;
import java.time.LocalTime;
import java.util.Locale;
import java.util.Set;
import no.planverk.volunteers.api.Assignment;
import no.planverk.volunteers.api.Check;
import no.planverk.volunteers.api.Schedule;
import no.planverk.volunteers.api.Score;
import no.planverk.volunteers.api.TimeSlot;
import no.planverk.volunteers.api.Volunteer;
import no.planverk.volunteers.api.VolunteerStatus;

/**
 * The matching score, 0-100, each part rounded half up:
 * <ul>
 * <li>skills, 40: the share of the required skills the volunteer has (all 40 when none are required);</li>
 * <li>interests, 15: when one of the volunteer's interests occurs in the title, description or skills;</li>
 * <li>availability, 25: the share of the assignment's time of day covered by the volunteer's slots on its weekday;</li>
 * <li>unit, 10: the assignment's unit (or a unit above it) is preferred; 5 when the volunteer prefers none;</li>
 * <li>step, 10: the assignment's step is preferred; 5 when the volunteer prefers none.</li>
 * </ul>
 * Only active volunteers who meet every required check on the assignment's first day (today or later) take part.
 */
final class Matching {

    static final int SKILLS = 40;
    static final int INTERESTS = 15;
    static final int AVAILABILITY = 25;
    static final int UNIT = 10;
    static final int STEP = 10;

    private Matching() {
    }

    /** The first day the volunteer would serve: the assignment's start, or today when it has begun. */
    static LocalDate firstDay(Assignment a, LocalDate today) {
        return a.schedule().start().isAfter(today) ? a.schedule().start() : today;
    }

    static boolean eligible(Volunteer v, Assignment a, LocalDate today) {
        LocalDate first = firstDay(a, today);
        return v.status() == VolunteerStatus.ACTIVE && a.requiredChecks().stream().allMatch((Check c) -> v.meets(c, first));
    }

    /** {@code unitAndAbove}: the assignment's unit and every unit above it. */
    static Score score(Volunteer v, Assignment a, Set<Long> unitAndAbove) {
        long have = a.requiredSkills().stream().filter(v.skills()::contains).count();
        int skills = a.requiredSkills().isEmpty() ? SKILLS : round(SKILLS * (double) have / a.requiredSkills().size());
        String text = (a.title() + " " + (a.description() == null ? "" : a.description()) + " " + String.join(" ", a.requiredSkills()))
                .toLowerCase(Locale.ROOT);
        int interests = v.interests().stream().anyMatch(text::contains) ? INTERESTS : 0;
        int availability = round(AVAILABILITY * covered(v, a.schedule()));
        int unit = v.preferredUnitIds().isEmpty() ? UNIT / 2 : v.preferredUnitIds().stream().anyMatch(unitAndAbove::contains) ? UNIT : 0;
        int step = v.preferredSteps().isEmpty() ? STEP / 2 : v.preferredSteps().contains(a.step()) ? STEP : 0;
        return new Score(skills, interests, availability, unit, step);
    }

    /** The share (0-1) of the assignment's minutes on its weekday that some slot of the volunteer covers. */
    static double covered(Volunteer v, Schedule s) {
        long total = s.minutes();
        if (total == 0) {
            return 0;
        }
        int covered = 0;
        for (int m = 0; m < total; m++) {
            LocalTime t = s.from().plusMinutes(m);
            boolean in = false;
            for (TimeSlot slot : v.availability()) {
                in |= slot.overlapMinutes(s.day(), t, t.plusMinutes(1)) > 0;
            }
            covered += in ? 1 : 0;
        }
        return (double) covered / total;
    }

    private static int round(double x) {
        return (int) Math.floor(x + 0.5);
    }
}
