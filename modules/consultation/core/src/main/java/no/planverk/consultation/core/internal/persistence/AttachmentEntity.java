package no.planverk.consultation.core.internal.persistence;

import javax.persistence.Column;
import javax.persistence.Entity;
import javax.persistence.Id;
import javax.persistence.Lob;
import javax.persistence.Table;

/** A submission's PDF, in a table of its own so that reading the register never loads the files. */
@Entity
@Table(name = "PV_CONSULT_FILE")
public class AttachmentEntity {

    @Id
    @Column(name = "SUBMISSION_ID")
    private Long submissionId;

    @Lob
    @Column(name = "BYTES", nullable = false, length = 10 * 1024 * 1024)
    private byte[] bytes;

    protected AttachmentEntity() {
    }

    public AttachmentEntity(long submissionId, byte[] bytes) {
        this.submissionId = submissionId;
        this.bytes = bytes;
    }

    public byte[] bytes() {
        return bytes;
    }
}
