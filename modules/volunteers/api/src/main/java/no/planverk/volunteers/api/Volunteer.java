package no.planverk.volunteers.api;

import java.time.LocalDate;
import java.util.List;

/** A volunteer's full profile: personal data, shown only to coordinators (and unit contacts for their assignments) and audited on read. */
public record Volunteer(long id, VolunteerStatus status, String name, String email, String phone, Long organisationId,
        List<String> interests, List<String> skills, List<String> languages, List<TimeSlot> availability, List<Long> preferredUnitIds,
        List<Integer> preferredSteps, Consent consent, PoliceCertificate policeCertificate, LocalDate confidentialitySigned, String notes,
        LocalDate registered, long version) {

    public VolunteerDraft draft() {
        return new VolunteerDraft(name, email, phone, organisationId, interests, skills, languages, availability, preferredUnitIds,
                preferredSteps, consent, policeCertificate, confidentialitySigned, notes);
    }

    /** True when the volunteer meets the check on that day. */
    public boolean meets(Check check, LocalDate day) {
        return switch (check) {
            case POLICE_CERTIFICATE -> policeCertificate != null && policeCertificate.validOn(day);
            case CONFIDENTIALITY -> confidentialitySigned != null && !confidentialitySigned.isAfter(day);
        };
    }
}
