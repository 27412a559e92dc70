package no.planverk.plans.core.internal.document;

import javax.persistence.Column;
import javax.persistence.Entity;
import javax.persistence.GeneratedValue;
import javax.persistence.GenerationType;
import javax.persistence.Id;
import javax.persistence.Table;
import javax.persistence.UniqueConstraint;
import javax.persistence.Version;

/** The document of a plan or its programme: its newest revision number, its draft and how it is frozen now. */
@Entity
@Table(name = "PV_PLAN_DOCUMENT", uniqueConstraints = @UniqueConstraint(name = "UQ_PLAN_DOCUMENT", columnNames = {"PLAN_ID", "KIND"}))
public class DocumentEntity {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    @Column(name = "ID")
    private Long id;

    @Column(name = "PLAN_ID", nullable = false)
    private long planId;

    @Column(name = "KIND", nullable = false, length = 16)
    private String kind;

    @Column(name = "REVISION", nullable = false)
    private int revision;

    @Column(name = "DRAFT", nullable = false)
    private int draft = 1;

    /** The reason of the freeze the document stands on, or null once it is edited again. */
    @Column(name = "FROZEN_AS", length = 16)
    private String frozenAs;

    @Version
    @Column(name = "ROW_VERSION")
    private long version;

    protected DocumentEntity() {
    }

    DocumentEntity(long planId, String kind) {
        this.planId = planId;
        this.kind = kind;
    }

    long id() {
        return id;
    }

    long planId() {
        return planId;
    }

    String kind() {
        return kind;
    }

    int revision() {
        return revision;
    }

    int draft() {
        return draft;
    }

    String frozenAs() {
        return frozenAs;
    }

    /** The next revision number; a change after a freeze starts a new draft. */
    int nextRevision(boolean freeze, String reason) {
        if (!freeze && frozenAs != null) {
            draft++;
        }
        frozenAs = freeze ? reason : null;
        return ++revision;
    }
}
