package no.planverk.consultation.api;

import java.time.LocalDate;
import java.util.List;

/**
 * A consultation as the public portal shows it: no personal data and no staff names; {@code phase} on today's date,
 * {@code assessmentPublished} when the merknadsbehandling may be shown.
 */
public record PublicConsultation(long id, long planId, Subject subject, String title, LocalDate opensOn, LocalDate closesOn,
        Long revisionId, String introduction, List<Party> parties, Phase phase, int submissions, boolean assessmentPublished) {

    public PublicConsultation {
        parties = parties == null ? List.of() : List.copyOf(parties);
    }
}
