package no.planverk.plans.core.internal.document;

import java.time.Clock;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import no.planverk.plans.api.Plan;
import no.planverk.plans.api.PlanService;
import no.planverk.plans.api.document.BlockChoice;
import no.planverk.plans.api.document.BlockMarkers;
import no.planverk.plans.api.document.BlockType;
import no.planverk.plans.api.document.DocumentBlockProvider;
import no.planverk.plans.api.document.DocumentContent;
import no.planverk.plans.api.document.DocumentKey;
import no.planverk.plans.api.document.DocumentKind;
import no.planverk.plans.api.document.DocumentOutline;
import no.planverk.plans.api.document.DocumentRevision;
import no.planverk.plans.api.document.DocumentSection;
import no.planverk.plans.api.document.FreezeReason;
import no.planverk.plans.api.document.PlanDocumentService;
import no.planverk.plans.api.document.RevisionComparison;
import no.planverk.plans.api.document.RevisionSnapshot;
import no.planverk.plans.api.document.SectionComment;
import no.planverk.plans.api.document.SectionContent;
import no.planverk.plans.api.document.SectionPart;
import no.planverk.plans.api.document.SectionText;
import no.planverk.plans.core.internal.persistence.PlansStore;
import no.planverk.platform.api.AccessDeniedException;
import no.planverk.platform.api.AuditLog;
import no.planverk.platform.api.InvalidInputException;
import no.planverk.platform.api.Message;
import no.planverk.platform.api.NotFoundException;
import no.planverk.platform.api.OrgUnit;
import no.planverk.platform.api.OrgUnitService;
import no.planverk.platform.api.UserContext;
import no.planverk.platform.persistence.api.JpaWork;
import org.apache.aries.jpa.template.JpaTemplate;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ReferenceCardinality;
import org.osgi.service.component.annotations.ReferencePolicy;

/** Plan and programme documents on the plans persistence unit; see {@link PlanDocumentService}. */
@Component(service = PlanDocumentService.class)
public class PlanDocumentServiceImpl implements PlanDocumentService {

    static final String DOCUMENT = "PlanDocument";
    static final String SECTION = "DocumentSection";
    static final String COMMENT = "DocumentComment";

    /** What the audit trail keeps of a change: ids, the heading and the revision, never text or names. */
    record SectionAudit(long documentId, long sectionId, String heading, int revision) {
    }

    record FreezeAudit(long documentId, int revision, String reason) {
    }

    record CommentAudit(long sectionId, Long replyTo, boolean resolved) {
    }

    private final JpaTemplate jpa;
    private final AuditLog audit;
    private final PlanService plans;
    private final OrgUnitService units;
    private final Clock clock;
    private final DocumentWrites writes;
    private final DocumentBlocks blocks = new DocumentBlocks();

    @Activate
    public PlanDocumentServiceImpl(@Reference PlansStore store, @Reference AuditLog audit, @Reference PlanService plans,
            @Reference OrgUnitService units) {
        this(store.jpa(), audit, plans, units, Clock.system(ZoneId.of("Europe/Oslo")));
    }

    /** For tests: on a database the test owns. */
    public PlanDocumentServiceImpl(JpaTemplate jpa, AuditLog audit, PlanService plans, OrgUnitService units, Clock clock) {
        this.jpa = jpa;
        this.audit = audit;
        this.plans = plans;
        this.units = units;
        this.clock = clock;
        this.writes = new DocumentWrites(clock);
    }

    @Reference(cardinality = ReferenceCardinality.MULTIPLE, policy = ReferencePolicy.DYNAMIC)
    public void addBlockProvider(DocumentBlockProvider provider) {
        blocks.add(provider);
    }

    public void removeBlockProvider(DocumentBlockProvider provider) {
        blocks.remove(provider);
    }

    @Override
    public DocumentOutline outline(DocumentKey key) {
        plan(key.planId());
        return JpaWork.read(jpa, em -> DocumentReads.outline(em, key));
    }

    @Override
    public Optional<DocumentSection> section(long sectionId) {
        return JpaWork.read(jpa, em -> Optional.ofNullable(em.find(SectionEntity.class, sectionId)).map(s -> DocumentReads.section(em, s)));
    }

    @Override
    public DocumentSection save(long sectionId, long version, String heading, String markdown, UserContext by) {
        return JpaWork.write(jpa, SECTION, sectionId, em -> {
            SectionEntity s = DocumentReads.loadSection(em, sectionId);
            requireEdit(planOf(em, s), by);
            SectionAudit before = audit(em, s);
            writes.save(em, s, version, heading, markdown, by);
            audit.record(by, "update", SECTION, sectionId, before, audit(em, s));
            return DocumentReads.section(em, s);
        });
    }

    @Override
    public DocumentSection add(DocumentKey key, Long parentId, int position, String heading, UserContext by) {
        requireEdit(key.planId(), by);
        return JpaWork.write(jpa, SECTION, key.planId(), em -> {
            SectionEntity s = writes.add(em, writes.documentFor(em, key), parentId, position, heading, by);
            audit.record(by, "create", SECTION, s.id(), null, audit(em, s));
            return DocumentReads.section(em, s);
        });
    }

    @Override
    public DocumentOutline move(long sectionId, long version, Long parentId, int position, UserContext by) {
        return JpaWork.write(jpa, SECTION, sectionId, em -> {
            SectionEntity s = DocumentReads.loadSection(em, sectionId);
            DocumentEntity d = em.find(DocumentEntity.class, s.documentId());
            requireEdit(d.planId(), by);
            String before = DocumentReads.section(em, s).number();
            writes.move(em, s, version, parentId, position, by);
            em.flush();
            audit.record(by, "move", SECTION, sectionId, before, DocumentReads.section(em, s).number());
            return DocumentReads.outline(em, DocumentReads.key(d));
        });
    }

    @Override
    public DocumentOutline remove(long sectionId, long version, UserContext by) {
        return JpaWork.write(jpa, SECTION, sectionId, em -> {
            SectionEntity s = DocumentReads.loadSection(em, sectionId);
            DocumentEntity d = em.find(DocumentEntity.class, s.documentId());
            requireEdit(d.planId(), by);
            SectionAudit before = audit(em, s);
            writes.remove(em, s, version, by);
            em.flush();
            audit.record(by, "delete", SECTION, sectionId, before, null);
            return DocumentReads.outline(em, DocumentReads.key(d));
        });
    }

    @Override
    public List<DocumentRevision> revisions(DocumentKey key) {
        plan(key.planId());
        return JpaWork.read(jpa, em -> DocumentReads.document(em, key).map(d -> DocumentReads.revisions(em, d.id())).orElse(List.of()));
    }

    @Override
    public RevisionSnapshot revision(DocumentKey key, int number) {
        return JpaWork.read(jpa, em -> DocumentReads.snapshot(em, existing(em, key).id(), number));
    }

    @Override
    public RevisionComparison compare(DocumentKey key, int a, int b) {
        return JpaWork.read(jpa, em -> {
            long id = existing(em, key).id();
            return RevisionCompare.compare(DocumentReads.snapshot(em, id, Math.min(a, b)), DocumentReads.snapshot(em, id, Math.max(a, b)));
        });
    }

    @Override
    public DocumentRevision freeze(DocumentKey key, int revision, FreezeReason reason, UserContext by) {
        if (reason == null) {
            throw InvalidInputException.field("reason", Message.of("plans.document.freeze.reason", "Say why: consultation or adopted"));
        }
        requireEdit(key.planId(), by);
        return JpaWork.write(jpa, DOCUMENT, key.planId(), em -> {
            DocumentEntity d = existing(em, key);
            int number = writes.freeze(em, d, revision, reason, by);
            audit.record(by, "freeze", DOCUMENT, d.id(), null, new FreezeAudit(d.id(), number, reason.id()));
            return DocumentReads.revisionRecord(em, d.id(), number);
        });
    }

    @Override
    public List<SectionComment> comments(long sectionId) {
        return JpaWork.read(jpa, em -> Comments.of(em, DocumentReads.loadSection(em, sectionId).id()));
    }

    @Override
    public SectionComment comment(long sectionId, Long replyTo, String text, UserContext by) {
        return JpaWork.write(jpa, COMMENT, sectionId, em -> {
            SectionEntity s = DocumentReads.loadSection(em, sectionId);
            requireEdit(planOf(em, s), by);
            SectionComment c = Comments.add(em, s, replyTo, text, by, clock.instant()).toRecord();
            audit.record(by, "create", COMMENT, c.id(), null, new CommentAudit(sectionId, c.replyTo(), false));
            return c;
        });
    }

    @Override
    public SectionComment resolve(long commentId, long version, boolean resolved, UserContext by) {
        return JpaWork.write(jpa, COMMENT, commentId, em -> {
            CommentEntity c = Comments.load(em, commentId);
            requireEdit(em.find(DocumentEntity.class, c.documentId()).planId(), by);
            boolean was = c.toRecord().resolved();
            SectionComment after = Comments.resolve(em, c, version, resolved, by, clock.instant()).toRecord();
            audit.record(by, resolved ? "resolve" : "reopen", COMMENT, commentId, new CommentAudit(c.sectionId(), null, was),
                    new CommentAudit(c.sectionId(), null, resolved));
            return after;
        });
    }

    @Override
    public DocumentContent content(DocumentKey key, Integer revision, Locale locale) {
        Plan plan = plan(key.planId());
        List<SectionText> texts = JpaWork.read(jpa, em -> {
            Optional<DocumentEntity> d = DocumentReads.document(em, key);
            if (d.isEmpty()) {
                if (revision != null) {
                    throw noDocument(key);
                }
                return List.<SectionText>of();
            }
            return revision == null ? current(em, d.get().id()) : DocumentReads.snapshot(em, d.get().id(), revision).sections();
        });
        List<SectionContent> sections = new ArrayList<>();
        for (SectionText t : texts) {
            List<SectionPart> parts = BlockMarkers.split(t.markdown()).stream()
                    .map(p -> p instanceof SectionPart.Block b ? blocks.render(b.ref(), locale) : p).toList();
            sections.add(new SectionContent(t.number(), t.level(), t.heading(), parts));
        }
        String subtitle = key.kind() == DocumentKind.PROGRAM
                ? DocumentTexts.text(locale, "plans.document.subtitle.program", "Planning programme · {0}", plan.code())
                : DocumentTexts.text(locale, "plans.document.subtitle.plan", "{0} · {1}", plan.code(), plan.period());
        return new DocumentContent(municipality(plan), plan.title(), subtitle, sections);
    }

    @Override
    public List<BlockType> blockTypes(Locale locale) {
        return blocks.types(locale);
    }

    @Override
    public List<BlockChoice> blockChoices(String type, long planId, Locale locale) {
        return blocks.choices(type, planId, locale);
    }

    private static List<SectionText> current(javax.persistence.EntityManager em, long documentId) {
        List<SectionEntity> all = DocumentReads.sections(em, documentId);
        java.util.Map<Long, SectionEntity> byId = new java.util.HashMap<>();
        all.forEach(s -> byId.put(s.id(), s));
        return DocumentReads.numbered(all).stream().map(n -> {
            SectionEntity s = byId.get(n.id());
            return new SectionText(s.id(), n.number(), n.level(), s.heading(), s.text());
        }).toList();
    }

    /** The name of the top unit above the plan's owner ("Alver kommune"), or "" for a plan without one. */
    private String municipality(Plan plan) {
        OrgUnit unit = plan.ownerUnitId() == null ? null : units.find(plan.ownerUnitId()).orElse(null);
        java.util.Set<Long> seen = new java.util.HashSet<>();
        while (unit != null && unit.parentId() != null && seen.add(unit.id())) {
            OrgUnit parent = units.find(unit.parentId()).orElse(null);
            if (parent == null) {
                break;
            }
            unit = parent;
        }
        return unit == null ? "" : unit.name();
    }

    private DocumentEntity existing(javax.persistence.EntityManager em, DocumentKey key) {
        return DocumentReads.document(em, key).orElseThrow(() -> noDocument(key));
    }

    private static NotFoundException noDocument(DocumentKey key) {
        return new NotFoundException(Message.of("plans.document.unknown", "Plan {0} has no {1} document yet",
                String.valueOf(key.planId()), key.kind().id()));
    }

    private static long planOf(javax.persistence.EntityManager em, SectionEntity s) {
        return em.find(DocumentEntity.class, s.documentId()).planId();
    }

    private Plan plan(long planId) {
        return plans.find(planId).orElseThrow(() -> NotFoundException.of("Plan", planId));
    }

    private void requireEdit(long planId, UserContext by) {
        Plan plan = plan(planId);
        if (!plans.canEdit(plan, by)) {
            throw new AccessDeniedException(Message.of("plans.document.denied",
                    "User ''{0}'' may not change the document of plan {1}: planners edit every plan, unit leaders the plans of their own units",
                    by.username(), plan.code()));
        }
    }

    private static SectionAudit audit(javax.persistence.EntityManager em, SectionEntity s) {
        DocumentEntity d = em.find(DocumentEntity.class, s.documentId());
        return new SectionAudit(d.id(), s.id(), s.heading(), d.revision());
    }
}
