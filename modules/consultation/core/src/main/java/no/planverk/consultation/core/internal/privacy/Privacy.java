package no.planverk.consultation.core.internal.privacy;

import no.planverk.consultation.core.internal.persistence.AttachmentEntity;
import no.planverk.consultation.core.internal.persistence.ConsultationEntity;
import no.planverk.consultation.core.internal.persistence.SubmissionEntity;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import javax.persistence.EntityManager;
import no.planverk.consultation.api.SubmitterExport;
import no.planverk.consultation.core.internal.Access;
import no.planverk.consultation.core.internal.Audited;
import no.planverk.consultation.core.internal.ConsultationServiceImpl;
import no.planverk.consultation.core.internal.PlanLookup;
import no.planverk.consultation.core.internal.Register;
import no.planverk.platform.api.AuditLog;
import no.planverk.platform.api.Fields;
import no.planverk.platform.api.InvalidInputException;
import no.planverk.platform.api.Message;
import no.planverk.platform.api.UserContext;
import no.planverk.platform.persistence.api.JpaWork;
import org.apache.aries.jpa.template.JpaTemplate;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Submitters' personal data: GDPR export and erasure per submitter, and the erasure of names and e-mails after adoption. */
public final class Privacy {

    private static final Logger LOG = LoggerFactory.getLogger(Privacy.class);
    static final UserContext RETENTION = UserContext.system("consultation-retention");

    private final JpaTemplate jpa;
    private final AuditLog audit;
    private final Clock clock;

    public Privacy(JpaTemplate jpa, AuditLog audit, Clock clock) {
        this.jpa = jpa;
        this.audit = audit;
        this.clock = clock;
    }

    public SubmitterExport export(String submitter, UserContext by) {
        Access.requirePlanner(by);
        String who = key(submitter);
        return JpaWork.read(jpa, em -> {
            List<SubmissionEntity> found = of(em, who);
            found.forEach(s -> audit.record(by, "export", Register.TYPE, s.id(), null, null));
            return new SubmitterExport(Instant.now(clock), submitter.strip(), found.stream().map(SubmissionEntity::toRecord).toList());
        });
    }

    public int erase(String submitter, UserContext by) {
        Access.requirePlanner(by);
        String who = key(submitter);
        return JpaWork.write(jpa, Register.TYPE, "submitter", em -> {
            List<SubmissionEntity> found = of(em, who);
            for (SubmissionEntity s : found) {
                s.erase(true);
                AttachmentEntity f = em.find(AttachmentEntity.class, s.id());
                if (f != null) {
                    em.remove(f);
                }
                audit.record(by, "erase", Register.TYPE, s.id(), null, Audited.of(s.toRecord()));
            }
            LOG.info("Erased the submitter of {} submissions on request", found.size());
            return found.size();
        });
    }

    /**
     * Erases names and e-mail addresses in every consultation whose plan was adopted at least {@code months} months ago
     * (the consultation's own adoption date, else the plan's decision date once in force); organisation, text, attachment
     * and assessment stay.
     */
    public int eraseAfterAdoption(int months, PlanLookup plans) {
        LocalDate today = ConsultationServiceImpl.today(clock);
        List<ConsultationEntity> all = JpaWork.read(jpa, em -> em.createQuery("select c from ConsultationEntity c", ConsultationEntity.class)
                .getResultList());
        int erased = 0;
        for (ConsultationEntity c : all) {
            LocalDate adopted = c.adoptedOn() != null ? c.adoptedOn() : plans.adoptedOn(c.planId()).orElse(null);
            if (adopted != null && due(adopted, months, today)) {
                erased += JpaWork.write(jpa, Register.TYPE, c.id(), em -> {
                    List<SubmissionEntity> subs = em.createQuery("select s from SubmissionEntity s where s.consultationId = :c"
                            + " and (s.name is not null or s.email is not null)", SubmissionEntity.class).setParameter("c", c.id()).getResultList();
                    for (SubmissionEntity s : subs) {
                        s.erase(false);
                        audit.record(RETENTION, "erase", Register.TYPE, s.id(), null, Audited.of(s.toRecord()));
                    }
                    return subs.size();
                });
            }
        }
        if (erased > 0) {
            LOG.info("Erased names and e-mail addresses of {} submissions after adoption ({} months)", erased, months);
        }
        return erased;
    }

    /** True when {@code months} months after {@code adopted} is today or past. */
    public static boolean due(LocalDate adopted, int months, LocalDate today) {
        return !adopted.plusMonths(Math.max(0, months)).isAfter(today);
    }

    private static List<SubmissionEntity> of(EntityManager em, String who) {
        return em.createQuery("select s from SubmissionEntity s where s.emailLower = :w or s.nameLower = :w order by s.consultationId, s.number",
                SubmissionEntity.class).setParameter("w", who).getResultList();
    }

    private static String key(String submitter) {
        String t = Fields.trim(submitter);
        if (t == null) {
            throw InvalidInputException.field("submitter", Message.of("consultation.submitter.required",
                    "Name the submitter by e-mail address or full name"));
        }
        return SubmissionEntity.lower(t);
    }
}
