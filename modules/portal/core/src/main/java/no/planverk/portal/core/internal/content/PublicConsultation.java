package no.planverk.portal.core.internal.content;

import java.time.LocalDate;
import java.util.List;

/**
 * A consultation as the portal shows it. {@code phase} is upcoming, open or closed; {@code parties} are the names of the
 * organisations notified (never persons); {@code assessmentPublished} when the merknadsbehandling may be shown.
 */
public record PublicConsultation(long id, long planId, String subject, String title, LocalDate opensOn, LocalDate closesOn,
        Long revisionId, String introduction, List<String> parties, String phase, int submissions, boolean assessmentPublished) {

    public PublicConsultation {
        parties = parties == null ? List.of() : List.copyOf(parties);
        introduction = introduction == null ? "" : introduction;
    }

    public boolean open() {
        return "open".equals(phase);
    }
}
