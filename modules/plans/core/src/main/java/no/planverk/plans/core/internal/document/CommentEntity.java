package no.planverk.plans.core.internal.document;

import java.time.Instant;
import javax.persistence.Column;
import javax.persistence.Entity;
import javax.persistence.GeneratedValue;
import javax.persistence.GenerationType;
import javax.persistence.Id;
import javax.persistence.Table;
import javax.persistence.Version;
import no.planverk.plans.api.document.SectionComment;

/** An internal comment on a section; replies name the thread's first comment. */
@Entity
@Table(name = "PV_DOC_COMMENT")
public class CommentEntity {

    static final int MAX_TEXT = 4000;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    @Column(name = "ID")
    private Long id;

    @Column(name = "DOCUMENT_ID", nullable = false)
    private long documentId;

    @Column(name = "SECTION_ID", nullable = false)
    private long sectionId;

    @Column(name = "REPLY_TO")
    private Long replyTo;

    @Column(name = "AUTHOR", nullable = false, length = 200)
    private String author;

    @Column(name = "CREATED_AT", nullable = false)
    private Instant createdAt;

    @Column(name = "BODY", nullable = false, length = MAX_TEXT)
    private String text;

    @Column(name = "RESOLVED", nullable = false)
    private boolean resolved;

    @Column(name = "RESOLVED_BY", length = 200)
    private String resolvedBy;

    @Column(name = "RESOLVED_AT")
    private Instant resolvedAt;

    @Version
    @Column(name = "ROW_VERSION")
    private long version;

    protected CommentEntity() {
    }

    CommentEntity(long documentId, long sectionId, Long replyTo, String author, Instant at, String text) {
        this.documentId = documentId;
        this.sectionId = sectionId;
        this.replyTo = replyTo;
        this.author = author;
        this.createdAt = at;
        this.text = text;
    }

    long sectionId() {
        return sectionId;
    }

    long documentId() {
        return documentId;
    }

    Long replyTo() {
        return replyTo;
    }

    long version() {
        return version;
    }

    void resolve(boolean resolved, String by, Instant at) {
        this.resolved = resolved;
        this.resolvedBy = resolved ? by : null;
        this.resolvedAt = resolved ? at : null;
    }

    SectionComment toRecord() {
        return new SectionComment(id, sectionId, replyTo, author, createdAt, text, resolved, resolvedBy, resolvedAt, version);
    }
}
