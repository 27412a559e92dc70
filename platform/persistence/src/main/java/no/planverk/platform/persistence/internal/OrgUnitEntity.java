package no.planverk.platform.persistence.internal;

import javax.persistence.Column;
import javax.persistence.Entity;
import javax.persistence.GeneratedValue;
import javax.persistence.GenerationType;
import javax.persistence.Id;
import javax.persistence.Table;
import javax.persistence.UniqueConstraint;
import javax.persistence.Version;
import no.planverk.platform.api.OrgUnit;
import no.planverk.platform.api.OrgUnitDraft;

@Entity
@Table(name = "PV_ORG_UNIT", uniqueConstraints = @UniqueConstraint(name = "PV_ORG_UNIT_CODE", columnNames = "UNIT_CODE"))
public class OrgUnitEntity {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    @Column(name = "ID")
    private Long id;

    @Column(name = "UNIT_CODE", nullable = false, length = OrgUnitDraft.MAX_CODE)
    private String code;

    @Column(name = "UNIT_NAME", nullable = false, length = OrgUnitDraft.MAX_NAME)
    private String name;

    @Column(name = "PARENT_ID")
    private Long parentId;

    @Version
    @Column(name = "ROW_VERSION")
    private long version;

    protected OrgUnitEntity() {
    }

    OrgUnitEntity(OrgUnitDraft draft) {
        apply(draft);
    }

    void apply(OrgUnitDraft draft) {
        this.code = draft.code();
        this.name = draft.name();
        this.parentId = draft.parentId();
    }

    Long id() {
        return id;
    }

    long version() {
        return version;
    }

    OrgUnit toRecord() {
        return new OrgUnit(id, code, name, parentId, version);
    }
}
