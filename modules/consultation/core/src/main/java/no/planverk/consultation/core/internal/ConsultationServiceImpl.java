package no.planverk.consultation.core.internal;

import no.planverk.consultation.core.internal.privacy.AdoptionErasure;
import no.planverk.consultation.core.internal.privacy.Privacy;

import no.planverk.consultation.core.internal.persistence.ConsultationEntity;
import no.planverk.consultation.core.internal.persistence.ConsultationStore;
import no.planverk.consultation.core.internal.persistence.CounterEntity;
import no.planverk.consultation.core.internal.persistence.SubmissionEntity;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import javax.persistence.EntityManager;
import no.planverk.consultation.api.Assessment;
import no.planverk.consultation.api.AssessmentReport;
import no.planverk.consultation.api.Attachment;
import no.planverk.consultation.api.Channel;
import no.planverk.consultation.api.Consultation;
import no.planverk.consultation.api.ConsultationDraft;
import no.planverk.consultation.api.ConsultationService;
import no.planverk.consultation.api.ExportFile;
import no.planverk.consultation.api.ExportFormat;
import no.planverk.consultation.api.PublicConsultation;
import no.planverk.consultation.api.Receipt;
import no.planverk.consultation.api.Submission;
import no.planverk.consultation.api.SubmissionDraft;
import no.planverk.consultation.api.SubmitterExport;
import no.planverk.consultation.core.internal.report.AssessmentFiles;
import no.planverk.platform.api.AuditLog;
import no.planverk.platform.api.InvalidInputException;
import no.planverk.platform.api.Message;
import no.planverk.platform.api.NotFoundException;
import no.planverk.platform.api.UserContext;
import no.planverk.platform.persistence.api.JpaWork;
import no.planverk.plans.api.document.DocumentRenderer;
import org.apache.aries.jpa.template.JpaTemplate;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ReferenceCardinality;
import org.osgi.service.component.annotations.ReferencePolicy;
import org.osgi.service.metatype.annotations.Designate;

/** Consultations; the register, privacy and files are in {@link Register}, {@link Privacy} and {@link AssessmentFiles}. */
@Component(service = {ConsultationService.class, AdoptionErasure.class}, configurationPid = "no.planverk.consultation")
@Designate(ocd = ConsultationConfig.class)
public class ConsultationServiceImpl implements ConsultationService, AdoptionErasure {

    static final String TYPE = "Consultation";
    static final ZoneId OSLO = ZoneId.of("Europe/Oslo");

    private final JpaTemplate jpa;
    private final AuditLog audit;
    private final PlanLookup plans;
    private final Clock clock;
    private final Register register;
    private final Privacy privacy;
    private final AssessmentFiles files;

    @Activate
    public ConsultationServiceImpl(@Reference ConsultationStore store, @Reference AuditLog audit, @Reference PlanLookup plans,
            ConsultationConfig config) {
        this(store.jpa(), audit, plans, Clock.system(OSLO), config.municipality());
    }

    ConsultationServiceImpl(JpaTemplate jpa, AuditLog audit, PlanLookup plans, Clock clock, String municipality) {
        this.jpa = jpa;
        this.audit = audit;
        this.plans = plans;
        this.clock = clock;
        this.register = new Register(jpa, audit, clock);
        this.privacy = new Privacy(jpa, audit, clock);
        this.files = new AssessmentFiles(municipality);
    }

    @Reference(cardinality = ReferenceCardinality.OPTIONAL, policy = ReferencePolicy.DYNAMIC)
    void setRenderer(DocumentRenderer r) {
        files.renderer(r);
    }

    void unsetRenderer(DocumentRenderer r) {
        files.clearRenderer(r);
    }

    public static LocalDate today(Clock clock) {
        return LocalDate.now(clock.withZone(OSLO));
    }

    @Override
    public List<Consultation> list(UserContext by) {
        Access.requireReader(by);
        return JpaWork.read(jpa, em -> sorted(em.createQuery("select c from ConsultationEntity c", ConsultationEntity.class)
                .getResultList()).stream().map(c -> c.toRecord(count(em, c.id()))).toList());
    }

    @Override
    public Consultation get(long id, UserContext by) {
        Access.requireReader(by);
        return JpaWork.read(jpa, em -> find(em, id).toRecord(count(em, id)));
    }

    @Override
    public List<Consultation> forPlan(long planId, UserContext by) {
        Access.requireReader(by);
        return JpaWork.read(jpa, em -> em.createQuery("select c from ConsultationEntity c where c.planId = :p order by c.opensOn desc, c.id desc",
                ConsultationEntity.class).setParameter("p", planId).getResultList().stream().map(c -> c.toRecord(count(em, c.id()))).toList());
    }

    @Override
    public Consultation open(ConsultationDraft draft, UserContext by) {
        Access.requirePlanner(by);
        ConsultationDraft d = checked(draft);
        return JpaWork.write(jpa, TYPE, "new", em -> {
            ConsultationEntity e = new ConsultationEntity(d);
            em.persist(e);
            em.flush();
            em.persist(new CounterEntity(e.id()));
            Consultation c = e.toRecord(0);
            audit.record(by, "create", TYPE, c.id(), null, Audited.of(c));
            return c;
        });
    }

    @Override
    public Consultation update(long id, long version, ConsultationDraft draft, UserContext by) {
        Access.requirePlanner(by);
        ConsultationDraft d = checked(draft);
        return JpaWork.write(jpa, TYPE, id, em -> {
            ConsultationEntity e = JpaWork.load(em, ConsultationEntity.class, id, version, TYPE, ConsultationEntity::version);
            int n = count(em, id);
            if (n > 0 && e.planId() != d.planId()) {
                throw InvalidInputException.field("planId", Message.of("consultation.plan.fixed",
                        "The consultation has submissions; it stays on its plan"));
            }
            Consultation before = e.toRecord(n);
            e.apply(d);
            em.flush();
            Consultation after = e.toRecord(n);
            audit.record(by, "update", TYPE, id, Audited.of(before), Audited.of(after));
            return after;
        });
    }

    @Override
    public Consultation adopted(long id, long version, LocalDate adoptedOn, UserContext by) {
        Access.requirePlanner(by);
        return JpaWork.write(jpa, TYPE, id, em -> {
            ConsultationEntity e = JpaWork.load(em, ConsultationEntity.class, id, version, TYPE, ConsultationEntity::version);
            if (adoptedOn != null && adoptedOn.isBefore(e.closesOn())) {
                throw InvalidInputException.field("adoptedOn", Message.of("consultation.adopted.beforeClose",
                        "The plan cannot be adopted on {0}, before the consultation closed on {1}", Dates.text(adoptedOn), Dates.text(e.closesOn())));
            }
            return change(em, e, by, "adopted", () -> e.adoptedOn(adoptedOn));
        });
    }

    @Override
    public Consultation publishAssessment(long id, long version, boolean published, UserContext by) {
        Access.requirePlanner(by);
        return JpaWork.write(jpa, TYPE, id, em -> {
            ConsultationEntity e = JpaWork.load(em, ConsultationEntity.class, id, version, TYPE, ConsultationEntity::version);
            return change(em, e, by, published ? "publish" : "unpublish", () -> e.published(published));
        });
    }

    private Consultation change(EntityManager em, ConsultationEntity e, UserContext by, String action, Runnable change) {
        int n = count(em, e.id());
        Consultation before = e.toRecord(n);
        change.run();
        em.flush();
        Consultation after = e.toRecord(n);
        audit.record(by, action, TYPE, e.id(), Audited.of(before), Audited.of(after));
        return after;
    }

    @Override
    public void delete(long id, long version, UserContext by) {
        Access.requirePlanner(by);
        JpaWork.write(jpa, TYPE, id, em -> {
            ConsultationEntity e = JpaWork.load(em, ConsultationEntity.class, id, version, TYPE, ConsultationEntity::version);
            if (count(em, id) > 0) {
                throw new InvalidInputException(Message.of("consultation.delete.submissions",
                        "The consultation has submissions and cannot be deleted"));
            }
            Consultation before = e.toRecord(0);
            em.remove(em.find(CounterEntity.class, id));
            em.remove(e);
            audit.record(by, "delete", TYPE, id, Audited.of(before), null);
        });
    }

    @Override
    public List<Submission> submissions(long consultationId, UserContext by) {
        return register.list(consultationId, by);
    }

    @Override
    public Submission submission(long id, UserContext by) {
        return register.get(id, by);
    }

    @Override
    public Attachment attachment(long submissionId, UserContext by) {
        return register.attachment(submissionId, by);
    }

    @Override
    public Submission register(long consultationId, Channel channel, SubmissionDraft draft, UserContext by) {
        return register.register(consultationId, channel, draft, by);
    }

    @Override
    public Submission assess(long submissionId, long version, Assessment assessment, UserContext by) {
        return register.assess(submissionId, version, assessment, by);
    }

    @Override
    public AssessmentReport assessment(long consultationId, UserContext by) {
        Access.requireReader(by);
        return report(consultationId, Access.planner(by));
    }

    @Override
    public ExportFile exportAssessment(long consultationId, ExportFormat format, Locale locale, UserContext by) {
        AssessmentReport r = assessment(consultationId, by);
        return files.file(r, format, locale);
    }

    @Override
    public SubmitterExport exportSubmitter(String submitter, UserContext by) {
        return privacy.export(submitter, by);
    }

    @Override
    public int eraseSubmitter(String submitter, UserContext by) {
        return privacy.erase(submitter, by);
    }

    @Override
    public int eraseAfterAdoption(int months) {
        return privacy.eraseAfterAdoption(months, plans);
    }

    @Override
    public List<PublicConsultation> listPublic() {
        LocalDate today = today(clock);
        return JpaWork.read(jpa, em -> sorted(em.createQuery("select c from ConsultationEntity c", ConsultationEntity.class)
                .getResultList()).stream().map(c -> c.toPublic(count(em, c.id()), today)).toList());
    }

    @Override
    public Optional<PublicConsultation> findPublic(long id) {
        return JpaWork.read(jpa, em -> Optional.ofNullable(em.find(ConsultationEntity.class, id)).map(c -> c.toPublic(count(em, id), today(clock))));
    }

    @Override
    public Receipt submit(long consultationId, SubmissionDraft draft) {
        return register.submit(consultationId, draft);
    }

    @Override
    public Optional<AssessmentReport> publishedAssessment(long consultationId) {
        boolean published = JpaWork.read(jpa, em -> {
            ConsultationEntity c = em.find(ConsultationEntity.class, consultationId);
            return c != null && c.published();
        });
        return published ? Optional.of(report(consultationId, false)) : Optional.empty();
    }

    @Override
    public Optional<ExportFile> publishedAssessmentFile(long consultationId, ExportFormat format, Locale locale) {
        return publishedAssessment(consultationId).map(r -> files.file(r, format, locale));
    }

    private AssessmentReport report(long consultationId, boolean contact) {
        return JpaWork.read(jpa, em -> {
            ConsultationEntity c = find(em, consultationId);
            List<Submission> subs = em.createQuery("select s from SubmissionEntity s where s.consultationId = :c order by s.number",
                    SubmissionEntity.class).setParameter("c", consultationId).getResultList().stream().map(SubmissionEntity::toRecord).toList();
            return AssessmentFiles.report(c.toPublic(subs.size(), today(clock)), subs, contact, c.published());
        });
    }

    private ConsultationDraft checked(ConsultationDraft draft) {
        ConsultationDraft d = Rules.consultation(draft);
        if (plans.title(d.planId()).isEmpty()) {
            throw InvalidInputException.field("planId", Message.of("consultation.plan.unknown", "There is no plan {0}", String.valueOf(d.planId())));
        }
        return d;
    }

    private List<ConsultationEntity> sorted(List<ConsultationEntity> all) {
        Map<Ordering.Key, ConsultationEntity> byKey = new HashMap<>();
        all.forEach(c -> byKey.put(new Ordering.Key(c.id(), c.opensOn(), c.closesOn()), c));
        Comparator<Ordering.Key> order = Ordering.on(today(clock));
        return byKey.keySet().stream().sorted(order).map(byKey::get).toList();
    }

    static int count(EntityManager em, long consultationId) {
        CounterEntity c = em.find(CounterEntity.class, consultationId);
        return c == null ? 0 : c.last();
    }

    static ConsultationEntity find(EntityManager em, long id) {
        ConsultationEntity e = em.find(ConsultationEntity.class, id);
        if (e == null) {
            throw new NotFoundException(Message.of("consultation.unknown", "There is no consultation {0}", String.valueOf(id)));
        }
        return e;
    }
}
