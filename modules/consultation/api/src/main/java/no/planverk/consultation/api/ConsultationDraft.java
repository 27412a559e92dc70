package no.planverk.consultation.api;

import java.time.LocalDate;
import java.util.List;

/** What a planner fills in to open (or change) a consultation; the service checks it (dates, lengths, the plan). */
public record ConsultationDraft(long planId, Subject subject, String title, LocalDate opensOn, LocalDate closesOn,
        Long revisionId, String introduction, List<Party> parties) {

    /** Longest title, introduction and party name. */
    public static final int TITLE_MAX = 200;
    public static final int INTRODUCTION_MAX = 20_000;
    public static final int PARTY_MAX = 200;

    public ConsultationDraft {
        parties = parties == null ? List.of() : List.copyOf(parties);
    }
}
