package no.planverk.consultation.core.internal;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import javax.persistence.EntityManager;
import javax.persistence.LockModeType;
import no.planverk.consultation.api.Assessment;
import no.planverk.consultation.api.Attachment;
import no.planverk.consultation.api.Channel;
import no.planverk.consultation.api.Receipt;
import no.planverk.consultation.api.Submission;
import no.planverk.consultation.api.SubmissionDraft;
import no.planverk.consultation.core.internal.persistence.AttachmentEntity;
import no.planverk.consultation.core.internal.persistence.ConsultationEntity;
import no.planverk.consultation.core.internal.persistence.CounterEntity;
import no.planverk.consultation.core.internal.persistence.SubmissionEntity;
import no.planverk.platform.api.AuditLog;
import no.planverk.platform.api.InvalidInputException;
import no.planverk.platform.api.Message;
import no.planverk.platform.api.NotFoundException;
import no.planverk.platform.api.UserContext;
import no.planverk.platform.persistence.api.JpaWork;
import org.apache.aries.jpa.template.JpaTemplate;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** The register of submissions: numbering without gaps, the public channel's period, staff registration, assessment. */
public final class Register {

    private static final Logger LOG = LoggerFactory.getLogger(Register.class);
    public static final String TYPE = "Submission";
    /** The actor of the audit trail for submissions from the public portal (no login). */
    static final UserContext PORTAL = UserContext.of("public:portal");

    private final JpaTemplate jpa;
    private final AuditLog audit;
    private final Clock clock;

    Register(JpaTemplate jpa, AuditLog audit, Clock clock) {
        this.jpa = jpa;
        this.audit = audit;
        this.clock = clock;
    }

    Receipt submit(long consultationId, SubmissionDraft draft) {
        SubmissionDraft d = Rules.submission(draft);
        Submission s = JpaWork.write(jpa, TYPE, "new", em -> {
            ConsultationEntity c = ConsultationServiceImpl.find(em, consultationId);
            Rules.requireOpen(c.phase(ConsultationServiceImpl.today(clock)), c.opensOn(), c.closesOn());
            return store(em, c.id(), Channel.PORTAL, d, PORTAL);
        });
        LOG.debug("Submission {} received in consultation {}", s.number(), consultationId);
        return new Receipt(consultationId, s.number(), s.receivedAt());
    }

    Submission register(long consultationId, Channel channel, SubmissionDraft draft, UserContext by) {
        Access.requirePlanner(by);
        if (channel == null || channel == Channel.PORTAL) {
            throw InvalidInputException.field("channel", Message.of("consultation.channel.staff",
                    "Staff register submissions that came by letter or e-mail"));
        }
        SubmissionDraft d = Rules.submission(draft);
        return JpaWork.write(jpa, TYPE, "new", (javax.persistence.EntityManager em) -> {
            return store(em, ConsultationServiceImpl.find(em, consultationId).id(), channel, d, by);
        });
    }

    /** Takes the next number under the counter's row lock and stores the submission and its file in the same transaction. */
    private Submission store(EntityManager em, long consultationId, Channel channel, SubmissionDraft d, UserContext by) {
        CounterEntity counter = em.find(CounterEntity.class, consultationId, LockModeType.PESSIMISTIC_WRITE);
        if (counter == null) {
            throw new IllegalStateException("consultation " + consultationId + " has no counter");
        }
        SubmissionEntity e = new SubmissionEntity(consultationId, counter.next(), channel, Instant.now(clock), d);
        em.persist(e);
        em.flush();
        Attachment file = d.attachment();
        if (file != null) {
            em.persist(new AttachmentEntity(e.id(), file.bytes()));
        }
        Submission s = e.toRecord();
        audit.record(by, "create", TYPE, s.id(), null, Audited.of(s));
        return s;
    }

    List<Submission> list(long consultationId, UserContext by) {
        Access.requireReader(by);
        boolean contact = Access.planner(by);
        return JpaWork.read(jpa, em -> {
            ConsultationServiceImpl.find(em, consultationId);
            return em.createQuery("select s from SubmissionEntity s where s.consultationId = :c order by s.number", SubmissionEntity.class)
                    .setParameter("c", consultationId).getResultList().stream().map(SubmissionEntity::toRecord)
                    .map(s -> contact ? s : s.withoutContact()).toList();
        });
    }

    Submission get(long id, UserContext by) {
        Access.requireReader(by);
        Submission s = JpaWork.read(jpa, em -> find(em, id).toRecord());
        return Access.planner(by) ? s : s.withoutContact();
    }

    Attachment attachment(long id, UserContext by) {
        Access.requirePlanner(by);
        return JpaWork.read(jpa, em -> {
            SubmissionEntity s = find(em, id);
            AttachmentEntity f = s.hasAttachment() ? em.find(AttachmentEntity.class, id) : null;
            if (f == null) {
                throw new NotFoundException(Message.of("consultation.attachment.none", "Submission {0} has no attachment",
                        String.valueOf(s.number())));
            }
            audit.record(by, "read", TYPE, id, null, null);
            return new Attachment(s.toRecord().attachmentName(), f.bytes());
        });
    }

    Submission assess(long id, long version, Assessment assessment, UserContext by) {
        Access.requirePlanner(by);
        Assessment a = Rules.assessment(assessment);
        return JpaWork.write(jpa, TYPE, id, em -> {
            SubmissionEntity e = JpaWork.load(em, SubmissionEntity.class, id, version, TYPE, SubmissionEntity::version);
            Submission before = e.toRecord();
            e.assess(a);
            em.flush();
            Submission after = e.toRecord();
            audit.record(by, "assess", TYPE, id, Audited.of(before), Audited.of(after));
            return after;
        });
    }

    static SubmissionEntity find(EntityManager em, long id) {
        SubmissionEntity e = em.find(SubmissionEntity.class, id);
        if (e == null) {
            throw new NotFoundException(Message.of("consultation.submission.unknown", "There is no submission {0}", String.valueOf(id)));
        }
        return e;
    }
}
