package no.planverk.plans.core.internal.document;

import java.time.Instant;
import javax.persistence.Column;
import javax.persistence.Entity;
import javax.persistence.GeneratedValue;
import javax.persistence.GenerationType;
import javax.persistence.Id;
import javax.persistence.Table;
import javax.persistence.UniqueConstraint;
import no.planverk.plans.api.document.DocumentRevision;
import no.planverk.plans.api.document.FreezeReason;
import no.planverk.plans.api.document.RevisionAction;

/** One revision of a document; written once, never changed. */
@Entity
@Table(name = "PV_DOC_REVISION", uniqueConstraints = @UniqueConstraint(name = "UQ_DOC_REVISION", columnNames = {"DOCUMENT_ID", "REVISION_NO"}))
public class RevisionEntity {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    @Column(name = "ID")
    private Long id;

    @Column(name = "DOCUMENT_ID", nullable = false)
    private long documentId;

    @Column(name = "REVISION_NO", nullable = false)
    private int number;

    @Column(name = "DRAFT", nullable = false)
    private int draft;

    @Column(name = "CHANGE_KIND", nullable = false, length = 16)
    private String action;

    @Column(name = "SECTION_ID")
    private Long sectionId;

    @Column(name = "HEADING", length = SectionEntity.MAX_HEADING)
    private String heading;

    @Column(name = "CREATED_BY", nullable = false, length = 200)
    private String createdBy;

    @Column(name = "CREATED_AT", nullable = false)
    private Instant createdAt;

    @Column(name = "FROZEN_AS", length = 16)
    private String frozenAs;

    protected RevisionEntity() {
    }

    RevisionEntity(DocumentEntity d, RevisionAction action, SectionEntity section, String by, Instant at) {
        this.documentId = d.id();
        this.number = d.revision();
        this.draft = d.draft();
        this.action = action.name();
        this.sectionId = section == null ? null : section.id();
        this.heading = section == null ? null : section.heading();
        this.createdBy = by;
        this.createdAt = at;
        this.frozenAs = d.frozenAs();
    }

    int number() {
        return number;
    }

    DocumentRevision toRecord() {
        return new DocumentRevision(number, draft, RevisionAction.valueOf(action), sectionId, heading, createdBy, createdAt,
                frozenAs == null ? null : FreezeReason.valueOf(frozenAs));
    }
}
