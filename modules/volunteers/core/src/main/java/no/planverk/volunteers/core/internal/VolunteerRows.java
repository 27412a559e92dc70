package no.planverk.volunteers.core.internal;

import no.planverk.platform.api.Message;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import no.planverk.platform.api.InvalidInputException;
import no.planverk.platform.api.OrgUnitService;
import no.planverk.volunteers.api.Consent;
import no.planverk.volunteers.api.OrgNumber;
import no.planverk.volunteers.api.PoliceCertificate;
import no.planverk.volunteers.api.TimeSlot;
import no.planverk.volunteers.api.VolunteerDraft;
import no.planverk.volunteers.api.VolunteerStatus;

/** Volunteer rows of an import file into drafts; every bad cell becomes a row error. */
final class VolunteerRows {

    static final Set<String> COLUMNS = Set.of("name", "email", "phone", "organisation", "interests", "skills", "languages",
            "availability", "units", "steps", "consent_date", "consent_purposes", "certificate_checked", "certificate_expires",
            "confidentiality_date", "status", "notes");
    static final Set<String> REQUIRED = Set.of("name");
    private static final Map<String, String> FIELDS = Map.ofEntries(Map.entry("preferredSteps", "steps"),
            Map.entry("preferredUnitIds", "units"), Map.entry("consent", "consent_date"), Map.entry("policeCertificate",
            "certificate_checked"), Map.entry("organisationId", "organisation"));

    /** A checked row: its line, the draft and the status to start in. */
    record Drafted(int line, VolunteerDraft draft, VolunteerStatus status) {
    }

    private VolunteerRows() {
    }

    /** {@code organisations}: ids by organisation number. The units are read once, not per row. */
    static List<Drafted> drafts(CsvFile file, OrgUnitService units, Map<String, Long> organisations) {
        Map<String, Long> unitCodes = new HashMap<>();
        units.list().forEach(u -> unitCodes.put(u.code(), u.id()));
        List<Drafted> out = new ArrayList<>();
        Map<String, Integer> emails = new HashMap<>();
        for (CsvFile.Row r : file.rows) {
            int before = file.errors.size();
            VolunteerStatus status = VolunteerStatus.APPLICANT;
            if (r.get("status") != null) {
                status = VolunteerStatus.parse(r.get("status")).orElse(null);
                if (status == null) {
                    file.error(r.line(), "status", Message.of("volunteers.import.status",
                            "Status is applicant, active, paused or archived, not ''{0}''", r.get("status")));
                }
            }
            Long org = null;
            if (r.get("organisation") != null) {
                org = organisations.get(OrgNumber.normalize(r.get("organisation")));
                if (org == null) {
                    file.error(r.line(), "organisation", Message.of("volunteers.import.organisation", "No organisation has the number {0}",
                            r.get("organisation")));
                }
            }
            List<Long> unitIds = new ArrayList<>();
            for (String code : r.list("units")) {
                Long id = unitCodes.get(code.toUpperCase(Locale.ROOT));
                if (id == null) {
                    file.error(r.line(), "units", Message.of("volunteers.import.unit", "Unknown unit code ''{0}''", code));
                } else {
                    unitIds.add(id);
                }
            }
            List<Integer> steps = new ArrayList<>();
            for (String s : r.list("steps")) {
                try {
                    steps.add(Integer.parseInt(s));
                } catch (NumberFormatException e) {
                    file.error(r.line(), "steps", Message.of("volunteers.import.step", "Steps are numbers 1 to 4, not ''{0}''", s));
                }
            }
            List<TimeSlot> slots = new ArrayList<>();
            for (String s : r.list("availability")) {
                var problem = TimeSlot.problem(s);
                if (problem.isPresent()) {
                    file.error(r.line(), "availability", problem.get());
                } else {
                    slots.add(TimeSlot.parse(s));
                }
            }
            var consentDate = file.date(r, "consent_date");
            var checked = file.date(r, "certificate_checked");
            var expires = file.date(r, "certificate_expires");
            var confidentiality = file.date(r, "confidentiality_date");
            if (consentDate == null && r.get("consent_purposes") != null && r.get("consent_date") == null) {
                file.error(r.line(), "consent_date", Message.of("volunteers.import.consent", "Consent purposes need the date the consent was given"));
            }
            VolunteerDraft d = null;
            try {
                d = new VolunteerDraft(r.get("name"), r.get("email"), r.get("phone"), org, r.list("interests"), r.list("skills"),
                        r.list("languages"), slots, unitIds, steps, consentDate == null ? null : new Consent(consentDate,
                        r.list("consent_purposes")), checked == null && expires == null ? null : new PoliceCertificate(checked, expires),
                        confidentiality, r.get("notes")).validated();
            } catch (InvalidInputException e) {
                e.fieldMessages().forEach((field, reason) -> file.error(r.line(), FIELDS.getOrDefault(field, field), reason));
            }
            if (d != null && d.email() != null) {
                Integer other = emails.putIfAbsent(d.email().toLowerCase(Locale.ROOT), r.line());
                if (other != null) {
                    file.error(r.line(), "email", Message.of("volunteers.import.email.twice", "The same e-mail address is on line {0}",
                            String.valueOf(other)));
                }
            }
            if (d != null && file.errors.size() == before) {
                out.add(new Drafted(r.line(), d, status));
            }
        }
        return out;
    }
}
