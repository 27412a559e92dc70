package no.planverk.volunteers.core.internal.persistence;

import java.time.LocalDate;
import java.util.Locale;
import javax.persistence.Column;
import javax.persistence.Entity;
import javax.persistence.GeneratedValue;
import javax.persistence.GenerationType;
import javax.persistence.Id;
import javax.persistence.Index;
import javax.persistence.Table;
import javax.persistence.TableGenerator;
import javax.persistence.Version;
import no.planverk.volunteers.api.Consent;
import no.planverk.volunteers.api.PoliceCertificate;
import no.planverk.volunteers.api.TimeSlot;
import no.planverk.volunteers.api.Texts;
import no.planverk.volunteers.api.Volunteer;
import no.planverk.volunteers.api.VolunteerDraft;
import no.planverk.volunteers.api.VolunteerStatus;
import no.planverk.volunteers.api.VolunteerSummary;

/** A volunteer: all personal data of the module is in this row, so erasure deletes it. */
@Entity
@Table(name = "PV_VOLUNTEER", indexes = {@Index(name = "PV_VOLUNTEER_STATUS", columnList = "STATUS"),
        @Index(name = "PV_VOLUNTEER_NAME", columnList = "NAME_LC")})
public class VolunteerEntity {

    @Id
    @GeneratedValue(strategy = GenerationType.TABLE, generator = "PV_VOLUNTEER_IDS")
    @TableGenerator(name = "PV_VOLUNTEER_IDS", table = "PV_VOL_IDS", pkColumnName = "ID_NAME", valueColumnName = "NEXT_ID",
            pkColumnValue = "PV_VOLUNTEER", allocationSize = 50)
    @Column(name = "ID")
    private Long id;

    @Column(name = "STATUS", nullable = false, length = 20)
    private String status;

    @Column(name = "NAME", nullable = false, length = Texts.MAX_NAME)
    private String name;

    @Column(name = "NAME_LC", nullable = false, length = Texts.MAX_NAME)
    private String nameLower;

    @Column(name = "EMAIL", length = Texts.MAX_NAME)
    private String email;

    @Column(name = "PHONE", length = 20)
    private String phone;

    @Column(name = "ORG_ID")
    private Long organisationId;

    @Column(name = "INTERESTS", length = Texts.MAX_TEXT)
    private String interests;

    @Column(name = "SKILLS", length = Texts.MAX_TEXT)
    private String skills;

    @Column(name = "LANGUAGES", length = Texts.MAX_TEXT)
    private String languages;

    @Column(name = "AVAILABILITY", length = Texts.MAX_TEXT)
    private String availability;

    @Column(name = "UNIT_IDS", length = Texts.MAX_TEXT)
    private String unitIds;

    @Column(name = "STEPS", length = 20)
    private String steps;

    @Column(name = "CONSENT_DATE")
    private LocalDate consentDate;

    @Column(name = "CONSENT_PURPOSES", length = Texts.MAX_TEXT)
    private String consentPurposes;

    @Column(name = "CERT_CHECKED")
    private LocalDate certificateChecked;

    @Column(name = "CERT_EXPIRES")
    private LocalDate certificateExpires;

    @Column(name = "CONFIDENTIALITY_DATE")
    private LocalDate confidentialitySigned;

    @Column(name = "NOTES", length = Texts.MAX_TEXT)
    private String notes;

    @Column(name = "REGISTERED", nullable = false)
    private LocalDate registered;

    @Version
    @Column(name = "VERSION")
    private long version;

    protected VolunteerEntity() {
    }

    public VolunteerEntity(VolunteerDraft d, VolunteerStatus status, LocalDate registered) {
        this.status = status.id();
        this.registered = registered;
        apply(d);
    }

    public final void apply(VolunteerDraft d) {
        name = d.name();
        nameLower = d.name().toLowerCase(Locale.ROOT);
        email = d.email();
        phone = d.phone();
        organisationId = d.organisationId();
        interests = Lists.join(d.interests());
        skills = Lists.join(d.skills());
        languages = Lists.join(d.languages());
        availability = Lists.join(d.availability());
        unitIds = Lists.join(d.preferredUnitIds());
        steps = Lists.join(d.preferredSteps());
        consentDate = d.consent() == null ? null : d.consent().given();
        consentPurposes = d.consent() == null ? null : Lists.join(d.consent().purposes());
        certificateChecked = d.policeCertificate() == null ? null : d.policeCertificate().checked();
        certificateExpires = d.policeCertificate() == null ? null : d.policeCertificate().expires();
        confidentialitySigned = d.confidentialitySigned();
        notes = d.notes();
    }

    public void status(VolunteerStatus s) {
        status = s.id();
    }

    public Volunteer toRecord() {
        return new Volunteer(id, status(), name, email, phone, organisationId, Lists.split(interests), Lists.split(skills),
                Lists.split(languages), Lists.split(availability, TimeSlot::parse), Lists.split(unitIds, Long::valueOf),
                Lists.split(steps, Integer::valueOf), consentDate == null ? null : new Consent(consentDate, Lists.split(consentPurposes)),
                certificateChecked == null ? null : new PoliceCertificate(certificateChecked, certificateExpires), confidentialitySigned,
                notes, registered, version);
    }

    public VolunteerSummary toSummary() {
        return new VolunteerSummary(id, name, status(), organisationId, Lists.split(skills), certificateExpires, version);
    }

    public long id() {
        return id;
    }

    public long version() {
        return version;
    }

    public VolunteerStatus status() {
        return VolunteerStatus.parse(status).orElseThrow();
    }
}
