package no.planverk.volunteers.ui.internal.volunteer;

import java.time.LocalDate;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import no.planverk.platform.api.OrgUnit;
import no.planverk.volunteers.api.Consent;
import no.planverk.volunteers.api.Organisation;
import no.planverk.volunteers.api.PoliceCertificate;
import no.planverk.volunteers.api.TimeSlot;
import no.planverk.volunteers.api.Volunteer;
import no.planverk.volunteers.api.VolunteerDraft;
import no.planverk.volunteers.ui.internal.Labels;
import no.planverk.volunteers.ui.internal.VolTexts;

/** A volunteer's profile as the form edits it: lists as comma-separated lines, time slots as "tys 10:00-12:00, tor 18:00-20:00". */
public class VolunteerBean {

    private String name;
    private String email;
    private String phone;
    private Organisation organisation;
    private String interests;
    private String skills;
    private String languages;
    private String availability;
    private Set<OrgUnit> units = new LinkedHashSet<>();
    private Set<Integer> steps = new LinkedHashSet<>();
    private LocalDate consentGiven;
    private String consentPurposes;
    private LocalDate certificateChecked;
    private LocalDate certificateExpires;
    private LocalDate confidentialitySigned;
    private String notes;

    static VolunteerBean of(Volunteer v, List<Organisation> organisations, List<OrgUnit> allUnits) {
        VolunteerBean b = new VolunteerBean();
        b.name = v.name();
        b.email = v.email();
        b.phone = v.phone();
        b.organisation = organisations.stream().filter(o -> v.organisationId() != null && o.id() == v.organisationId()).findFirst()
                .orElse(null);
        b.interests = Labels.words(v.interests());
        b.skills = Labels.words(v.skills());
        b.languages = Labels.words(v.languages());
        b.availability = v.availability().stream().map(VolunteerBean::slot).collect(Collectors.joining(", "));
        b.units = allUnits.stream().filter(u -> v.preferredUnitIds().contains(u.id())).collect(Collectors.toCollection(LinkedHashSet::new));
        b.steps = new LinkedHashSet<>(v.preferredSteps());
        if (v.consent() != null) {
            b.consentGiven = v.consent().given();
            b.consentPurposes = Labels.words(v.consent().purposes());
        }
        if (v.policeCertificate() != null) {
            b.certificateChecked = v.policeCertificate().checked();
            b.certificateExpires = v.policeCertificate().expires();
        }
        b.confidentialitySigned = v.confidentialitySigned();
        b.notes = v.notes();
        return b;
    }

    /** "tys 10:00-14:00" in the user's language; {@link TimeSlot#parse} reads the short day names of all three. */
    static String slot(TimeSlot slot) {
        return VolTexts.t("dayShort." + slot.day().name()) + " " + slot.from() + "-" + slot.to();
    }

    /** Time slots from the line; a bad slot throws {@link IllegalArgumentException} with the service's words. */
    static List<TimeSlot> slots(String line) {
        return Labels.words(line).stream().map(TimeSlot::parse).toList();
    }

    VolunteerDraft toDraft() {
        boolean consent = consentGiven != null || !Labels.words(consentPurposes).isEmpty();
        boolean certificate = certificateChecked != null || certificateExpires != null;
        return new VolunteerDraft(name, email, phone, organisation == null ? null : organisation.id(), Labels.words(interests),
                Labels.words(skills), Labels.words(languages), slots(availability), units.stream().map(OrgUnit::id).toList(),
                List.copyOf(steps), consent ? new Consent(consentGiven, Labels.words(consentPurposes)) : null,
                certificate ? new PoliceCertificate(certificateChecked, certificateExpires) : null, confidentialitySigned, notes);
    }

    public String getName() { return name; }
    public void setName(String v) { name = v; }
    public String getEmail() { return email; }
    public void setEmail(String v) { email = v; }
    public String getPhone() { return phone; }
    public void setPhone(String v) { phone = v; }
    public Organisation getOrganisation() { return organisation; }
    public void setOrganisation(Organisation v) { organisation = v; }
    public String getInterests() { return interests; }
    public void setInterests(String v) { interests = v; }
    public String getSkills() { return skills; }
    public void setSkills(String v) { skills = v; }
    public String getLanguages() { return languages; }
    public void setLanguages(String v) { languages = v; }
    public String getAvailability() { return availability; }
    public void setAvailability(String v) { availability = v; }
    public Set<OrgUnit> getUnits() { return units; }
    public void setUnits(Set<OrgUnit> v) { units = v == null ? new LinkedHashSet<>() : new LinkedHashSet<>(v); }
    public Set<Integer> getSteps() { return steps; }
    public void setSteps(Set<Integer> v) { steps = v == null ? new LinkedHashSet<>() : new LinkedHashSet<>(v); }
    public LocalDate getConsentGiven() { return consentGiven; }
    public void setConsentGiven(LocalDate v) { consentGiven = v; }
    public String getConsentPurposes() { return consentPurposes; }
    public void setConsentPurposes(String v) { consentPurposes = v; }
    public LocalDate getCertificateChecked() { return certificateChecked; }
    public void setCertificateChecked(LocalDate v) { certificateChecked = v; }
    public LocalDate getCertificateExpires() { return certificateExpires; }
    public void setCertificateExpires(LocalDate v) { certificateExpires = v; }
    public LocalDate getConfidentialitySigned() { return confidentialitySigned; }
    public void setConfidentialitySigned(LocalDate v) { confidentialitySigned = v; }
    public String getNotes() { return notes; }
    public void setNotes(String v) { notes = v; }
}
