package no.planverk.volunteers.core.internal.persistence;

import javax.persistence.Column;
import javax.persistence.Entity;
import javax.persistence.Id;
import javax.persistence.Table;
import javax.persistence.Version;
import no.planverk.volunteers.api.Texts;
import no.planverk.volunteers.api.UnitContact;

/** A unit's volunteer contact; one per unit, keyed by the unit's id. */
@Entity
@Table(name = "PV_VOL_CONTACT")
public class UnitContactEntity {

    @Id
    @Column(name = "UNIT_ID")
    private Long unitId;

    @Column(name = "USERNAME", length = 200)
    private String username;

    @Column(name = "NAME", nullable = false, length = Texts.MAX_NAME)
    private String name;

    @Column(name = "EMAIL", length = Texts.MAX_NAME)
    private String email;

    @Column(name = "PHONE", length = 20)
    private String phone;

    @Version
    @Column(name = "VERSION")
    private long version;

    protected UnitContactEntity() {
    }

    public UnitContactEntity(long unitId) {
        this.unitId = unitId;
    }

    public void apply(UnitContact c) {
        username = c.username();
        name = c.name();
        email = c.email();
        phone = c.phone();
    }

    public UnitContact toRecord() {
        return new UnitContact(unitId, username, name, email, phone);
    }
}
