package no.planverk.consultation.demo.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import no.planverk.consultation.api.Consultation;
import no.planverk.consultation.api.Phase;
import no.planverk.consultation.api.Subject;
import no.planverk.consultation.api.Submission;
import no.planverk.consultation.core.internal.ConsultationFixture;
import no.planverk.plans.api.Plan;
import no.planverk.plans.api.PlanDraft;
import no.planverk.plans.api.document.DocumentKey;
import no.planverk.plans.api.document.FreezeReason;
import no.planverk.plans.core.internal.PlansFixture;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** The programme closed, assessed and published; the plan open on the revision frozen for it. */
class DemoConsultationsTest {

    private final ConsultationFixture c = ConsultationFixture.inMemory();
    private final PlansFixture p = PlansFixture.inMemory();

    @AfterEach
    void close() {
        c.close();
        p.close();
    }

    @Test
    void theProgrammeIsClosedWithItsPublishedAssessmentAndThePlanIsOpen() {
        DemoConsultations.consult(c.service(), 1, 7, 3, c.today());
        List<Consultation> all = c.service().forPlan(1, ConsultationFixture.PLANNER);
        assertEquals(2, all.size());
        Consultation programme = all.stream().filter(x -> x.subject() == Subject.PROGRAMME).findFirst().orElseThrow();
        Consultation plan = all.stream().filter(x -> x.subject() == Subject.PLAN).findFirst().orElseThrow();
        assertEquals(DemoConsultations.PROGRAMME_TITLE, programme.title());
        assertEquals(Phase.CLOSED, programme.phase(c.today()));
        assertTrue(programme.assessmentPublished());
        assertEquals(3L, programme.revisionId());
        List<Submission> subs = c.service().submissions(programme.id(), ConsultationFixture.PLANNER);
        assertEquals(5, subs.size());
        assertTrue(subs.stream().allMatch(s -> s.text().startsWith("Demo:")), "every invented submission says so");
        assertTrue(c.service().publishedAssessment(programme.id()).isPresent());
        assertEquals(Phase.OPEN, plan.phase(c.today()));
        assertEquals(7L, plan.revisionId());
    }

    @Test
    void waitsForTheFrozenPlanDocumentThenConsultsOnce() {
        Plan kdp = p.plans().create(PlanDraft.of("ALV-KDP-HSO", no.planverk.plans.api.PlanType.KOMMUNEDELPLAN, "KDP HSO", 2021, 2033),
                ConsultationFixture.PLANNER);
        org.junit.jupiter.api.Assumptions.assumeTrue(kdp.id() == 1, "the consultation fixture knows plans 1 and 2");
        assertEquals(false, DemoConsultations.load(p.plans(), p.documents(), c.service(), c.today()), "no frozen document yet");
        DocumentKey key = DocumentKey.plan(kdp.id());
        p.documents().add(key, null, 0, "Innleiing", ConsultationFixture.PLANNER);
        int sent = p.documents().freeze(key, p.documents().revisions(key).get(0).number(), FreezeReason.CONSULTATION,
                ConsultationFixture.PLANNER).number();
        assertTrue(DemoConsultations.load(p.plans(), p.documents(), c.service(), c.today()));
        assertTrue(DemoConsultations.load(p.plans(), p.documents(), c.service(), c.today()));
        List<Consultation> all = c.service().forPlan(1, ConsultationFixture.PLANNER);
        assertEquals(2, all.size(), "a restart consults no more");
        assertEquals((long) sent, all.stream().filter(x -> x.subject() == Subject.PLAN).findFirst().orElseThrow().revisionId());
    }

    @Test
    void theProgrammeDocumentHasSeed003sChaptersAndIsFrozenOnce() {
        Plan kdp = p.plans().create(PlanDraft.of("ALV-KDP-HSO", no.planverk.plans.api.PlanType.KOMMUNEDELPLAN, "KDP HSO", 2021, 2033), ConsultationFixture.PLANNER);
        DocumentKey key = DocumentKey.program(kdp.id());
        int frozen = ProgrammeDocument.write(p.documents(), key);
        assertEquals(frozen, ProgrammeDocument.write(p.documents(), key), "a second run freezes nothing new");
        assertEquals(FreezeReason.CONSULTATION, p.documents().outline(key).frozenAs());
        assertEquals(List.of("Innleiing", "Slik jobbar Alver med planlegging", "Kommunedelplan – Organisering av arbeidet",
                "Utviklingstrekk og sentrale tema", "Nasjonale, regionale og lokale føringar"), p.documents().outline(key).sections().stream()
                .filter(s -> s.parentId() == null).map(s -> s.heading()).toList());
    }
}
