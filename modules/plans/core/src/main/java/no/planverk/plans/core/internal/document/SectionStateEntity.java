package no.planverk.plans.core.internal.document;

import javax.persistence.Column;
import javax.persistence.Entity;
import javax.persistence.GeneratedValue;
import javax.persistence.GenerationType;
import javax.persistence.Id;
import javax.persistence.Index;
import javax.persistence.Lob;
import javax.persistence.Table;

/**
 * A section as a revision left it: written for every section a revision changes (text, place, removal). The
 * document at revision N is, per section, its newest state at or before N.
 */
@Entity
@Table(name = "PV_DOC_SECTION_STATE", indexes = @Index(name = "IX_DOC_SECTION_STATE", columnList = "DOCUMENT_ID,REVISION"))
public class SectionStateEntity {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    @Column(name = "ID")
    private Long id;

    @Column(name = "DOCUMENT_ID", nullable = false)
    private long documentId;

    @Column(name = "SECTION_ID", nullable = false)
    private long sectionId;

    @Column(name = "REVISION", nullable = false)
    private int revision;

    @Column(name = "PARENT_ID")
    private Long parentId;

    @Column(name = "POSITION_NO", nullable = false)
    private int position;

    @Column(name = "HEADING", nullable = false, length = SectionEntity.MAX_HEADING)
    private String heading;

    @Lob
    @Column(name = "BODY")
    private String text;

    @Column(name = "REMOVED", nullable = false)
    private boolean removed;

    protected SectionStateEntity() {
    }

    SectionStateEntity(SectionEntity s, int revision, boolean removed) {
        this.documentId = s.documentId();
        this.sectionId = s.id();
        this.revision = revision;
        this.parentId = s.parentId();
        this.position = s.position();
        this.heading = s.heading();
        this.text = s.text();
        this.removed = removed;
    }

    long sectionId() {
        return sectionId;
    }

    int revision() {
        return revision;
    }

    Long parentId() {
        return parentId;
    }

    int position() {
        return position;
    }

    String heading() {
        return heading;
    }

    String text() {
        return text == null ? "" : text;
    }

    boolean removed() {
        return removed;
    }
}
