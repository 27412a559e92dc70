package no.planverk.consultation.api;

import java.time.LocalDate;
import java.util.List;

/**
 * A consultation as staff see it: the plan (its id in the plans module) and whether the plan or its planning programme
 * is consulted on, the frozen document revision sent out (an id of the plans module's document revisions, null when
 * the document is not in Planverk), the period (both days included), the introduction, the parties notified, the
 * number of submissions, whether the merknadsbehandling is published, and the adoption date that starts the clock of
 * the automatic erasure of names and e-mail addresses.
 */
public record Consultation(long id, long planId, Subject subject, String title, LocalDate opensOn, LocalDate closesOn,
        Long revisionId, String introduction, List<Party> parties, int submissions, boolean assessmentPublished,
        LocalDate adoptedOn, long version) {

    public Consultation {
        parties = parties == null ? List.of() : List.copyOf(parties);
        introduction = introduction == null ? "" : introduction;
    }

    public Phase phase(LocalDate today) {
        return Phase.on(today, opensOn, closesOn);
    }

    /** The editable fields, for an update. */
    public ConsultationDraft toDraft() {
        return new ConsultationDraft(planId, subject, title, opensOn, closesOn, revisionId, introduction, parties);
    }
}
