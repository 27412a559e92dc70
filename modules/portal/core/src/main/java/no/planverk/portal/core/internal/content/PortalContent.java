package no.planverk.portal.core.internal.content;

import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import no.planverk.platform.api.InvalidInputException;
import no.planverk.platform.api.Message;
import no.planverk.platform.api.NotFoundException;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ReferenceCardinality;
import org.osgi.service.component.annotations.ReferencePolicy;

/**
 * What the portal may show, and nothing else: plans in force (or in force and under revision), their published
 * document, goals and measures; consultations that have opened, the open ones first; a merknadsbehandling once
 * published. Everything else answers as unknown, so a draft cannot be told from a plan that does not exist.
 */
@Component(service = PortalContent.class)
public class PortalContent {

    /** The plan statuses the portal shows: adopted and in force, also while a revision is being prepared. */
    static final Set<String> PUBLIC_STATUSES = Set.of("in-force", "revision");

    private final PlanSource plans;
    private volatile MeasureSource measures;
    private volatile DocumentSource documents;
    private volatile ConsultationSource consultations;

    @Activate
    public PortalContent(@Reference PlanSource plans) {
        this.plans = plans;
    }

    /** For tests: every source given, null for an absent module. */
    public PortalContent(PlanSource plans, MeasureSource measures, DocumentSource documents, ConsultationSource consultations) {
        this(plans);
        this.measures = measures;
        this.documents = documents;
        this.consultations = consultations;
    }

    @Reference(cardinality = ReferenceCardinality.OPTIONAL, policy = ReferencePolicy.DYNAMIC)
    void setMeasures(MeasureSource m) {
        measures = m;
    }

    void unsetMeasures(MeasureSource m) {
        if (measures == m) {
            measures = null;
        }
    }

    @Reference(cardinality = ReferenceCardinality.OPTIONAL, policy = ReferencePolicy.DYNAMIC)
    void setDocuments(DocumentSource d) {
        documents = d;
    }

    void unsetDocuments(DocumentSource d) {
        if (documents == d) {
            documents = null;
        }
    }

    @Reference(cardinality = ReferenceCardinality.OPTIONAL, policy = ReferencePolicy.DYNAMIC)
    void setConsultations(ConsultationSource c) {
        consultations = c;
    }

    void unsetConsultations(ConsultationSource c) {
        if (consultations == c) {
            consultations = null;
        }
    }

    public List<PublicPlan> plans() {
        return plans.plans().stream().filter(PortalContent::published)
                .sorted(Comparator.comparing(PublicPlan::title, String.CASE_INSENSITIVE_ORDER)).toList();
    }

    public Optional<PlanDetail> plan(long id, Locale locale) {
        return plans.plan(id).filter(PortalContent::published).map(p -> {
            DocumentSource d = documents;
            MeasureSource m = measures;
            PublicDocument document = d == null ? null : d.published(id, locale).orElse(null);
            List<PublicMeasure> ms = m == null ? List.of() : m.ofPlan(id);
            List<PublicConsultation> cs = consultations().stream().filter(c -> c.planId() == id).toList();
            return new PlanDetail(p, document, plans.goals(id), ms, cs);
        });
    }

    /** True when the measures module is there, so an empty list means "no measures", not "unknown". */
    public boolean hasMeasures() {
        return measures != null;
    }

    public boolean hasConsultations() {
        return consultations != null;
    }

    /** Consultations that have opened: open ones first (closing soonest first), then closed ones, newest first. */
    public List<PublicConsultation> consultations() {
        ConsultationSource c = consultations;
        if (c == null) {
            return List.of();
        }
        return c.consultations().stream().filter(PortalContent::visible)
                .sorted(Comparator.comparing((PublicConsultation x) -> !x.open())
                        .thenComparing((a, b) -> a.open() ? a.closesOn().compareTo(b.closesOn()) : b.closesOn().compareTo(a.closesOn()))
                        .thenComparing(PublicConsultation::id))
                .toList();
    }

    public Optional<ConsultationDetail> consultation(long id, Locale locale) {
        ConsultationSource c = consultations;
        if (c == null) {
            return Optional.empty();
        }
        return c.consultation(id).filter(PortalContent::visible).map(k -> {
            DocumentSource d = documents;
            PublicDocument document = d == null || k.revisionId() == null ? null
                    : d.frozen(k.planId(), "programme".equals(k.subject()), k.revisionId(), locale).orElse(null);
            PublicPlan plan = plans.plan(k.planId()).filter(PortalContent::published).orElse(null);
            List<PublicAssessment> rows = k.assessmentPublished() ? c.assessment(id).orElse(null) : null;
            return new ConsultationDetail(k, document, plan, rows);
        });
    }

    /** Sends an innspel to an open consultation; a consultation that is not shown is unknown, a closed one refuses. */
    public Receipt submit(long id, Submission submission) {
        ConsultationSource c = consultations;
        PublicConsultation k = c == null ? null : c.consultation(id).filter(PortalContent::visible).orElse(null);
        if (k == null) {
            throw new NotFoundException(Message.of("portal.consultation.notFound", "No consultation {0}.", id));
        }
        if (!k.open()) {
            throw new InvalidInputException(Message.of("portal.consultation.closed",
                    "The consultation closed on {0}; submissions are no longer taken in.", k.closesOn().toString()));
        }
        return c.submit(id, submission);
    }

    static boolean published(PublicPlan p) {
        return PUBLIC_STATUSES.contains(p.status());
    }

    static boolean visible(PublicConsultation c) {
        return "open".equals(c.phase()) || "closed".equals(c.phase());
    }
}
