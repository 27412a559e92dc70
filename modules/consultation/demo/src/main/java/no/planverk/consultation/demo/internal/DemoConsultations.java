package no.planverk.consultation.demo.internal;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import no.planverk.consultation.api.Assessment;
import no.planverk.consultation.api.Channel;
import no.planverk.consultation.api.Consultation;
import no.planverk.consultation.api.ConsultationDraft;
import no.planverk.consultation.api.ConsultationService;
import no.planverk.consultation.api.Outcome;
import no.planverk.consultation.api.Party;
import no.planverk.consultation.api.PartyKind;
import no.planverk.consultation.api.Subject;
import no.planverk.consultation.api.Submission;
import no.planverk.consultation.api.SubmissionDraft;
import no.planverk.plans.api.Plan;
import no.planverk.plans.api.PlanService;
import no.planverk.plans.api.document.DocumentKey;
import no.planverk.plans.api.document.DocumentOutline;
import no.planverk.plans.api.document.DocumentRevision;
import no.planverk.plans.api.document.FreezeReason;
import no.planverk.plans.api.document.PlanDocumentService;
import no.planverk.platform.api.UserContext;
import no.planverk.platform.demo.DemoUnitsLoaded;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Deactivate;
import org.osgi.service.component.annotations.Reference;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Alver's consultations, once (skipped when the KDP HSO has any): the planning programme (seed 003, written here as
 * its document and frozen) on a closed consultation with invented, "Demo:"-marked submissions, their assessment and
 * the merknadsbehandling published; the KDP HSO itself on an open consultation of the revision the plans demo froze.
 * Runs in the background and waits up to four minutes for that frozen revision (the plans demo may wait two for the forecast).
 */
@Component(immediate = true)
public class DemoConsultations {

    private static final Logger LOG = LoggerFactory.getLogger(DemoConsultations.class);
    static final UserContext DEMO = UserContext.system("demo");
    static final String KDP = "ALV-KDP-HSO";
    static final String PROGRAMME_TITLE = "Planprogram for kommunedelplan for helse, sosial og omsorg";
    static final String PLAN_TITLE = "Kommunedelplan for helse, sosial og omsorg 2021-2033";

    private final ScheduledExecutorService worker = Executors.newSingleThreadScheduledExecutor(r -> new Thread(r, "planverk-demo-consultations"));
    private final PlanService plans;
    private final PlanDocumentService documents;
    private final ConsultationService consultations;

    @Activate
    public DemoConsultations(@Reference DemoUnitsLoaded units, @Reference PlanService plans, @Reference PlanDocumentService documents,
            @Reference ConsultationService consultations) {
        this.plans = plans;
        this.documents = documents;
        this.consultations = consultations;
        if (units.includes(DemoUnitsLoaded.ALVER)) {
            worker.execute(() -> attempt(0));
        }
    }

    @Deactivate
    void stop() {
        worker.shutdownNow();
    }

    private void attempt(int tries) {
        try {
            if (!load(plans, documents, consultations, LocalDate.now(Clock.system(ZoneId.of("Europe/Oslo")))) && tries < 120) {
                worker.schedule(() -> attempt(tries + 1), 2, TimeUnit.SECONDS);
            }
        } catch (RuntimeException e) {
            LOG.error("Demo consultations of {} were not made", KDP, e);
        }
    }

    /** False while the KDP or its frozen document is not there yet. */
    static synchronized boolean load(PlanService plans, PlanDocumentService documents, ConsultationService consultations, LocalDate today) {
        Optional<Plan> kdp = plans.findByCode(KDP);
        if (kdp.isEmpty()) {
            return false;
        }
        long planId = kdp.get().id();
        if (!consultations.forPlan(planId, DEMO).isEmpty()) {
            return true;
        }
        DocumentOutline plan = documents.outline(DocumentKey.plan(planId));
        if (plan.frozenAs() != FreezeReason.CONSULTATION) {
            return false;
        }
        int programme = ProgrammeDocument.write(documents, DocumentKey.program(planId));
        int frozen = documents.revisions(DocumentKey.plan(planId)).stream().filter(r -> r.frozenAs() == FreezeReason.CONSULTATION)
                .mapToInt(DocumentRevision::number).max().orElseThrow();
        consult(consultations, planId, frozen, programme, today);
        LOG.info("Demo consultations of {}: the programme (closed, assessed, published) and the plan (open)", KDP);
        return true;
    }

    /** The two consultations, the programme's submissions and their assessment. */
    static void consult(ConsultationService consultations, long planId, int planRevision, int programmeRevision, LocalDate today) {
        List<Party> parties = List.of(new Party(PartyKind.COUNCIL, "Eldrerådet"), new Party(PartyKind.COUNCIL, "Ungdomsrådet"),
                new Party(PartyKind.COUNCIL, "Rådet for menneske med nedsett funksjonsevne"),
                new Party(PartyKind.ORGANISATION, "Helse Bergen HF"), new Party(PartyKind.ORGANISATION, "Statsforvaltaren i Vestland"),
                new Party(PartyKind.MUNICIPALITY, "Austrheim kommune"), new Party(PartyKind.MUNICIPALITY, "Masfjorden kommune"));
        Consultation programme = consultations.open(new ConsultationDraft(planId, Subject.PROGRAMME, PROGRAMME_TITLE,
                LocalDate.of(2020, 6, 15), LocalDate.of(2020, 8, 14), (long) programmeRevision,
                "Demo: forslag til planprogram på høyring og offentleg ettersyn. Datoane er oppdikta for demoen.", parties), DEMO);
        for (String[] s : DemoSubmissions.ALL) {
            Submission sub = consultations.register(programme.id(), Channel.parse(s[0]).orElseThrow(),
                    new SubmissionDraft(s[1], s[2], null, s[3], s[4], true, null), DEMO);
            consultations.assess(sub.id(), sub.version(), new Assessment(s[5], s[6], Outcome.parse(s[7]).orElseThrow(), s[8]), DEMO);
        }
        Consultation assessed = consultations.get(programme.id(), DEMO);
        consultations.publishAssessment(assessed.id(), assessed.version(), true, DEMO);
        consultations.open(new ConsultationDraft(planId, Subject.PLAN, PLAN_TITLE, today.minusDays(7), today.plusDays(42),
                (long) planRevision, "Demo: framlegg til kommunedelplan på høyring og offentleg ettersyn. Kom med innspel til måla, "
                        + "tiltaka og satsingane.", parties), DEMO);
    }
}
