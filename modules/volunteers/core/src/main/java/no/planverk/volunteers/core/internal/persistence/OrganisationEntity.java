package no.planverk.volunteers.core.internal.persistence;

import java.util.List;
import java.util.Locale;
import javax.persistence.Column;
import javax.persistence.Entity;
import javax.persistence.GeneratedValue;
import javax.persistence.GenerationType;
import javax.persistence.Id;
import javax.persistence.Table;
import javax.persistence.TableGenerator;
import javax.persistence.UniqueConstraint;
import javax.persistence.Version;
import no.planverk.volunteers.api.Agreement;
import no.planverk.volunteers.api.Organisation;
import no.planverk.volunteers.api.OrganisationDraft;
import no.planverk.volunteers.api.Texts;

/** An organisation; its agreements are rows of {@link AgreementEntity}. */
@Entity
@Table(name = "PV_VOL_ORG", uniqueConstraints = @UniqueConstraint(name = "PV_VOL_ORG_NUMBER", columnNames = "ORG_NUMBER"))
public class OrganisationEntity {

    @Id
    @GeneratedValue(strategy = GenerationType.TABLE, generator = "PV_VOL_ORG_IDS")
    @TableGenerator(name = "PV_VOL_ORG_IDS", table = "PV_VOL_IDS", pkColumnName = "ID_NAME", valueColumnName = "NEXT_ID",
            pkColumnValue = "PV_VOL_ORG", allocationSize = 50)
    @Column(name = "ID")
    private Long id;

    @Column(name = "NAME", nullable = false, length = Texts.MAX_NAME)
    private String name;

    @Column(name = "NAME_LC", nullable = false, length = Texts.MAX_NAME)
    private String nameLower;

    @Column(name = "ORG_NUMBER", nullable = false, length = 9)
    private String orgNumber;

    @Column(name = "CONTACT_NAME", length = Texts.MAX_NAME)
    private String contactName;

    @Column(name = "CONTACT_EMAIL", length = Texts.MAX_NAME)
    private String contactEmail;

    @Column(name = "CONTACT_PHONE", length = 20)
    private String contactPhone;

    @Column(name = "ACTIVITIES", length = Texts.MAX_TEXT)
    private String activities;

    @Version
    @Column(name = "VERSION")
    private long version;

    protected OrganisationEntity() {
    }

    public OrganisationEntity(OrganisationDraft d) {
        apply(d);
    }

    public final void apply(OrganisationDraft d) {
        name = d.name();
        nameLower = d.name().toLowerCase(Locale.ROOT);
        orgNumber = d.orgNumber();
        contactName = d.contactName();
        contactEmail = d.contactEmail();
        contactPhone = d.contactPhone();
        activities = Lists.join(d.activities());
    }

    public Organisation toRecord(List<Agreement> agreements) {
        return new Organisation(id, name, orgNumber, contactName, contactEmail, contactPhone, Lists.split(activities), agreements, version);
    }

    public long id() {
        return id;
    }

    public long version() {
        return version;
    }

    public String name() {
        return name;
    }
}
