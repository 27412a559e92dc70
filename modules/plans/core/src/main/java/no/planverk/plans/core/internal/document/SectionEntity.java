package no.planverk.plans.core.internal.document;

import java.time.Instant;
import javax.persistence.Column;
import javax.persistence.Entity;
import javax.persistence.GeneratedValue;
import javax.persistence.GenerationType;
import javax.persistence.Id;
import javax.persistence.Lob;
import javax.persistence.Table;
import javax.persistence.Version;

/** A chapter or section as it is now (the working draft); its history is in {@link SectionStateEntity}. */
@Entity
@Table(name = "PV_DOC_SECTION")
public class SectionEntity {

    static final int MAX_HEADING = 200;
    static final int MAX_TEXT = 200_000;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    @Column(name = "ID")
    private Long id;

    @Column(name = "DOCUMENT_ID", nullable = false)
    private long documentId;

    @Column(name = "PARENT_ID")
    private Long parentId;

    @Column(name = "POSITION_NO", nullable = false)
    private int position;

    @Column(name = "HEADING", nullable = false, length = MAX_HEADING)
    private String heading;

    @Lob
    @Column(name = "BODY")
    private String text;

    @Column(name = "CHANGED_BY", nullable = false, length = 200)
    private String changedBy;

    @Column(name = "CHANGED_AT", nullable = false)
    private Instant changedAt;

    @Version
    @Column(name = "ROW_VERSION")
    private long version;

    protected SectionEntity() {
    }

    SectionEntity(long documentId, Long parentId, int position, String heading) {
        this.documentId = documentId;
        this.parentId = parentId;
        this.position = position;
        this.heading = heading;
        this.text = "";
    }

    long id() {
        return id;
    }

    long documentId() {
        return documentId;
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

    String changedBy() {
        return changedBy;
    }

    Instant changedAt() {
        return changedAt;
    }

    long version() {
        return version;
    }

    void place(Long parentId, int position) {
        this.parentId = parentId;
        this.position = position;
    }

    void write(String heading, String text) {
        this.heading = heading;
        this.text = text;
    }

    void changed(String by, Instant at) {
        this.changedBy = by;
        this.changedAt = at;
    }
}
