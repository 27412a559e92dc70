package no.planverk.competence.core.internal.persistence;

import javax.persistence.Column;
import javax.persistence.Entity;
import javax.persistence.GeneratedValue;
import javax.persistence.GenerationType;
import javax.persistence.Id;
import javax.persistence.Table;
import javax.persistence.TableGenerator;
import javax.persistence.UniqueConstraint;
import javax.persistence.Version;
import no.planverk.competence.api.Category;
import no.planverk.competence.api.Requirement;
import no.planverk.competence.api.RequirementDraft;

/** Required competence of a unit in a category. */
@Entity
@Table(name = "PV_COMP_REQUIREMENT", uniqueConstraints = @UniqueConstraint(name = "PV_COMP_REQUIREMENT_UNIQUE",
        columnNames = {"UNIT_ID", "CATEGORY"}))
public class RequirementEntity {

    @Id
    @GeneratedValue(strategy = GenerationType.TABLE, generator = "PV_COMP_REQUIREMENT_IDS")
    @TableGenerator(name = "PV_COMP_REQUIREMENT_IDS", table = "PV_COMPETENCE_IDS", pkColumnName = "ID_NAME", valueColumnName = "NEXT_ID",
            pkColumnValue = "PV_COMP_REQUIREMENT", allocationSize = 20)
    @Column(name = "ID")
    private Long id;

    @Column(name = "UNIT_ID", nullable = false)
    private long unitId;

    @Column(name = "CATEGORY", nullable = false, length = 30)
    private String category;

    @Column(name = "MIN_FTE")
    private Double minFte;

    @Column(name = "MIN_SHARE")
    private Double minShare;

    @Column(name = "STATUTORY", nullable = false)
    private boolean statutory;

    @Column(name = "LEGAL_REFERENCE", length = RequirementDraft.MAX_TEXT)
    private String reference;

    @Column(name = "NOTE", length = RequirementDraft.MAX_TEXT)
    private String note;

    @Version
    @Column(name = "VERSION")
    private long version;

    protected RequirementEntity() {
    }

    public RequirementEntity(RequirementDraft d) {
        apply(d);
    }

    public final void apply(RequirementDraft d) {
        unitId = d.unitId();
        category = d.category().id();
        minFte = d.minFte();
        minShare = d.minShare();
        statutory = d.statutory();
        reference = d.reference();
        note = d.note();
    }

    public Requirement toRecord() {
        return new Requirement(id, unitId, Category.parse(category).orElse(Category.ANNA), minFte, minShare, statutory, reference, note,
                version);
    }

    public long version() {
        return version;
    }
}
