package no.planverk.plans.api;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;

/**
 * The planprogram of a plan under preparation: purpose, themes, required studies, the organisation of
 * the work, the timeline by month (framdriftsplan), participation (medverknad) and consultations.
 */
public record PlanProgram(long planId, String purpose, List<String> themes, List<String> studies, List<Role> roles,
        List<Milestone> milestones, List<Participation> participation, List<Consultation> consultations, long version) {

    public PlanProgram {
        themes = themes == null ? List.of() : List.copyOf(themes);
        studies = studies == null ? List.of() : List.copyOf(studies);
        roles = roles == null ? List.of() : List.copyOf(roles);
        milestones = milestones == null ? List.of() : List.copyOf(milestones);
        participation = participation == null ? List.of() : List.copyOf(participation);
        consultations = consultations == null ? List.of() : List.copyOf(consultations);
    }

    /** A group in the work: kind steering, working, reference or other; its name and members. */
    public record Role(String kind, String name, String members) {
    }

    /** What happens in a month, from {@code from} to {@code to} (the same month for one-month items). */
    public record Milestone(YearMonth from, YearMonth to, String activity) {
    }

    /** A participation activity: what, with whom, when. */
    public record Participation(String activity, String audience, String when) {
    }

    /** A consultation period (høyring / offentleg ettersyn) with its deadline for input. */
    public record Consultation(String title, LocalDate from, LocalDate deadline) {
    }
}
