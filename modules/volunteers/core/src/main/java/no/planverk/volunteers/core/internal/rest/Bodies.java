package no.planverk.volunteers.core.internal.rest;

import no.planverk.platform.api.Message;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import no.planverk.platform.api.InvalidInputException;
import no.planverk.volunteers.api.Agreement;
import no.planverk.volunteers.api.AssignmentDraft;
import no.planverk.volunteers.api.Check;
import no.planverk.volunteers.api.Consent;
import no.planverk.volunteers.api.OrganisationDraft;
import no.planverk.volunteers.api.PoliceCertificate;
import no.planverk.volunteers.api.Schedule;
import no.planverk.volunteers.api.TimeSlot;
import no.planverk.volunteers.api.VolunteerDraft;
import no.planverk.volunteers.api.VolunteerStatus;

/** JSON bodies of the volunteers API: a draft's fields plus the version that was read (PUT). */
final class Bodies {

    private Bodies() {
    }

    record OrganisationChange(String name, String orgNumber, String contactName, String contactEmail, String contactPhone,
            List<String> activities, List<Agreement> agreements, Long version) {

        OrganisationDraft draft() {
            return new OrganisationDraft(name, orgNumber, contactName, contactEmail, contactPhone, activities, agreements);
        }
    }

    record VolunteerChange(String name, String email, String phone, Long organisationId, List<String> interests, List<String> skills,
            List<String> languages, List<TimeSlot> availability, List<Long> preferredUnitIds, List<Integer> preferredSteps,
            Consent consent, PoliceCertificate policeCertificate, LocalDate confidentialitySigned, String notes, Long version) {

        VolunteerDraft draft() {
            return new VolunteerDraft(name, email, phone, organisationId, interests, skills, languages, availability, preferredUnitIds,
                    preferredSteps, consent, policeCertificate, confidentialitySigned, notes);
        }
    }

    /** {@code status}: "active" or "ACTIVE", and so on. */
    record StatusChange(String status, Long version) {

        VolunteerStatus parsed() {
            if (status == null) {
                throw InvalidInputException.field("status", Message.of("volunteers.status.required",
                        "Name the new status: applicant, active, paused or archived"));
            }
            return VolunteersEndpoint.status(status);
        }
    }

    record AssignmentChange(Long unitId, Integer step, String title, String description, String place, Long organisationId,
            Schedule schedule, Integer needed, Set<Check> requiredChecks, List<String> requiredSkills, Long measureId, Long version) {

        AssignmentDraft draft() {
            if (unitId == null) {
                throw InvalidInputException.field("unitId", Message.of("volunteers.assignment.unit.required", "The assignment needs a unit"));
            }
            return new AssignmentDraft(unitId, step == null ? 0 : step, title, description, place, organisationId, schedule,
                    needed == null ? 1 : needed, requiredChecks, requiredSkills, measureId);
        }
    }

    /** {@code from} (optional): the first day, to record a placement afterwards. */
    record PlacementRequest(Long volunteerId, LocalDate from) {
    }

    record HoursRequest(Long assignmentId, Long volunteerId, LocalDate date, BigDecimal hours) {
    }

    static long required(Long v, String name) {
        if (v == null) {
            throw InvalidInputException.field(name, Message.of("volunteers.value.required", "{0} is missing", name));
        }
        return v;
    }
}
