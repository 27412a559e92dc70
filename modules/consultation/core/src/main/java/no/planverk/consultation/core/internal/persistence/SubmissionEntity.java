package no.planverk.consultation.core.internal.persistence;

import java.time.Instant;
import java.util.Locale;
import javax.persistence.Column;
import javax.persistence.Entity;
import javax.persistence.GeneratedValue;
import javax.persistence.GenerationType;
import javax.persistence.Id;
import javax.persistence.Index;
import javax.persistence.Lob;
import javax.persistence.Table;
import javax.persistence.TableGenerator;
import javax.persistence.UniqueConstraint;
import javax.persistence.Version;
import no.planverk.consultation.api.Assessment;
import no.planverk.consultation.api.Channel;
import no.planverk.consultation.api.Outcome;
import no.planverk.consultation.api.Submission;
import no.planverk.consultation.api.SubmissionDraft;

/**
 * A submission in a consultation's register. The personal fields (name, organisation, e-mail and their lower-case
 * copies for search) are set to null by erasure; the number, text and assessment stay.
 */
@Entity
@Table(name = "PV_CONSULT_SUBMISSION", uniqueConstraints = @UniqueConstraint(name = "PV_CONSULT_SUB_NUMBER",
        columnNames = {"CONSULTATION_ID", "NUMBER"}), indexes = {@Index(name = "PV_CONSULT_SUB_EMAIL", columnList = "EMAIL_LC"),
        @Index(name = "PV_CONSULT_SUB_NAME", columnList = "NAME_LC")})
public class SubmissionEntity {

    @Id
    @GeneratedValue(strategy = GenerationType.TABLE, generator = "PV_CONSULT_SUB_IDS")
    @TableGenerator(name = "PV_CONSULT_SUB_IDS", table = "PV_CONSULT_IDS", pkColumnName = "ID_NAME", valueColumnName = "NEXT_ID",
            pkColumnValue = "PV_CONSULT_SUBMISSION", allocationSize = 50)
    @Column(name = "ID")
    private Long id;

    @Column(name = "CONSULTATION_ID", nullable = false)
    private long consultationId;

    @Column(name = "NUMBER", nullable = false)
    private int number;

    @Column(name = "CHANNEL", nullable = false, length = 10)
    private String channel;

    @Column(name = "RECEIVED_AT", nullable = false)
    private Instant receivedAt;

    @Column(name = "NAME", length = SubmissionDraft.NAME_MAX)
    private String name;

    @Column(name = "NAME_LC", length = SubmissionDraft.NAME_MAX)
    private String nameLower;

    @Column(name = "ORGANISATION", length = SubmissionDraft.NAME_MAX)
    private String organisation;

    @Column(name = "EMAIL", length = SubmissionDraft.EMAIL_MAX)
    private String email;

    @Column(name = "EMAIL_LC", length = SubmissionDraft.EMAIL_MAX)
    private String emailLower;

    @Lob
    @Column(name = "TEXT", nullable = false)
    private String text;

    @Column(name = "SECTION_REF", length = SubmissionDraft.SECTION_MAX)
    private String section;

    @Column(name = "PUBLISH_NAME", nullable = false)
    private boolean publishName;

    @Column(name = "FILE_NAME", length = SubmissionDraft.NAME_MAX)
    private String attachmentName;

    @Column(name = "FILE_SIZE")
    private Integer attachmentSize;

    @Lob
    @Column(name = "SUMMARY")
    private String summary;

    @Lob
    @Column(name = "ASSESSMENT")
    private String assessment;

    @Column(name = "OUTCOME", length = 20)
    private String outcome;

    @Column(name = "CHANGED_SECTION", length = SubmissionDraft.SECTION_MAX)
    private String changedSection;

    @Column(name = "ERASED", nullable = false)
    private boolean erased;

    @Version
    @Column(name = "VERSION")
    private long version;

    protected SubmissionEntity() {
    }

    public SubmissionEntity(long consultationId, int number, Channel channel, Instant receivedAt, SubmissionDraft d) {
        this.consultationId = consultationId;
        this.number = number;
        this.channel = channel.id();
        this.receivedAt = receivedAt;
        this.name = d.name();
        this.nameLower = lower(d.name());
        this.organisation = d.organisation();
        this.email = d.email();
        this.emailLower = lower(d.email());
        this.text = d.text();
        this.section = d.section();
        this.publishName = d.publishName();
        if (d.attachment() != null) {
            this.attachmentName = d.attachment().fileName();
            this.attachmentSize = d.attachment().bytes().length;
        }
    }

    public static String lower(String s) {
        return s == null ? null : s.strip().toLowerCase(Locale.ROOT);
    }

    public long id() {
        return id;
    }

    long consultationId() {
        return consultationId;
    }

    public long version() {
        return version;
    }

    public int number() {
        return number;
    }

    public boolean hasAttachment() {
        return attachmentSize != null;
    }

    public void assess(Assessment a) {
        summary = a.summary();
        assessment = a.assessment();
        outcome = a.outcome().id();
        changedSection = a.changedSection();
    }

    /** Erases the submitter's name and e-mail address (after adoption); with {@code all}, the organisation and attachment too. */
    public void erase(boolean all) {
        name = null;
        nameLower = null;
        email = null;
        emailLower = null;
        if (all) {
            organisation = null;
            attachmentName = null;
            attachmentSize = null;
        }
        erased = true;
    }

    boolean hasPersonalData() {
        return name != null || email != null;
    }

    public Submission toRecord() {
        Assessment a = outcome == null && summary == null && assessment == null ? null
                : new Assessment(summary, assessment, outcome == null ? null : Outcome.parse(outcome).orElse(null), changedSection);
        return new Submission(id, consultationId, number, Channel.parse(channel).orElseThrow(), receivedAt, name, organisation, email,
                text, section, publishName, attachmentName, attachmentSize, a, erased, version);
    }
}
