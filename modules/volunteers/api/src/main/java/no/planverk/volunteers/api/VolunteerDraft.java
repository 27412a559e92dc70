package no.planverk.volunteers.api;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import no.planverk.platform.api.Fields;
import no.planverk.platform.api.Message;

/**
 * A volunteer as entered. Only the name is required. Preferred steps are steps 1-4 of the activity and
 * mastery staircase; an empty list of preferred units or steps means "any".
 */
public record VolunteerDraft(String name, String email, String phone, Long organisationId, List<String> interests, List<String> skills,
        List<String> languages, List<TimeSlot> availability, List<Long> preferredUnitIds, List<Integer> preferredSteps, Consent consent,
        PoliceCertificate policeCertificate, java.time.LocalDate confidentialitySigned, String notes) {

    public VolunteerDraft {
        interests = Texts.list(interests);
        skills = Texts.list(skills);
        languages = Texts.list(languages);
        availability = Texts.list(availability);
        preferredUnitIds = Texts.list(preferredUnitIds);
        preferredSteps = Texts.list(preferredSteps);
    }

    public static VolunteerDraft of(String name) {
        return new VolunteerDraft(name, null, null, null, null, null, null, null, null, null, null, null, null, null);
    }

    /** Trimmed and checked; every bad field is named in the exception. */
    public VolunteerDraft validated() {
        Map<String, Message> errors = new LinkedHashMap<>();
        String n = Fields.trim(name);
        if (n == null) {
            errors.put("name", Message.of("volunteers.volunteer.name.required", "The volunteer needs a name"));
        }
        Texts.checkLength(errors, "name", n, Texts.MAX_NAME);
        String e = Fields.trim(email);
        if (e != null && (!Texts.isEmail(e) || e.length() > Texts.MAX_NAME)) {
            errors.put("email", Message.of("volunteers.email.invalid", "Not an e-mail address"));
        }
        String p = Fields.trim(phone);
        if (p != null && !Texts.isPhone(p)) {
            errors.put("phone", Message.of("volunteers.phone.invalid", "Not a phone number"));
        }
        List<String> in = Texts.checkedWords(errors, "interests", interests);
        List<String> sk = Texts.checkedWords(errors, "skills", skills);
        List<String> la = Texts.checkedWords(errors, "languages", languages);
        if (availability.size() > Texts.MAX_WORDS) {
            errors.put("availability", Message.of("volunteers.volunteer.slots.tooMany", "availability: at most {0} time slots",
                    String.valueOf(Texts.MAX_WORDS)));
        }
        List<Integer> steps = new ArrayList<>(new TreeSet<>(preferredSteps));
        if (steps.stream().anyMatch(s -> s < AssignmentDraft.MIN_STEP || s > AssignmentDraft.MAX_STEP)) {
            errors.put("preferredSteps", Message.of("volunteers.volunteer.steps", "Steps of the staircase are 1 to 4"));
        }
        if (consent != null && consent.given() == null) {
            errors.put("consent", Message.of("volunteers.volunteer.consent.date", "A consent needs the date it was given"));
        }
        List<String> purposes = consent == null ? List.of() : Texts.checkedWords(errors, "consent", consent.purposes());
        if (policeCertificate != null && policeCertificate.checked() == null) {
            errors.put("policeCertificate", Message.of("volunteers.volunteer.certificate.checked",
                    "A police certificate needs the date it was checked"));
        } else if (policeCertificate != null && policeCertificate.expires() != null
                && policeCertificate.expires().isBefore(policeCertificate.checked())) {
            errors.put("policeCertificate", Message.of("volunteers.volunteer.certificate.dates",
                    "The police certificate expires before it was checked"));
        }
        String no = Fields.trim(notes);
        Texts.checkLength(errors, "notes", no, Texts.MAX_TEXT);
        Texts.throwIfAny(errors, Message.of("volunteers.volunteer.invalid", "The volunteer has errors; see the fields."));
        Consent c = consent == null ? null : new Consent(consent.given(), purposes);
        return new VolunteerDraft(n, e, p, organisationId, in, sk, la, List.copyOf(new java.util.LinkedHashSet<>(availability)),
                List.copyOf(new java.util.LinkedHashSet<>(preferredUnitIds)), steps, c,
                policeCertificate, confidentialitySigned, no);
    }
}
