package no.planverk.portal.core.internal.content;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Locale;
import no.planverk.platform.api.InvalidInputException;
import no.planverk.platform.api.NotFoundException;
import org.junit.jupiter.api.Test;

class PortalContentTest {

    private final Fakes.Consultations consultations = new Fakes.Consultations();
    private final PortalContent content = new PortalContent(new Fakes.Plans(), new Fakes.Measures(), new Fakes.Documents(), consultations);

    @Test
    void onlyPlansInForceAreListed() {
        assertEquals(List.of(1L, 3L), content.plans().stream().map(PublicPlan::id).toList());
    }

    @Test
    void aDraftPlanIsUnknown() {
        assertTrue(content.plan(2, Locale.ENGLISH).isEmpty());
        assertTrue(content.plan(99, Locale.ENGLISH).isEmpty());
    }

    @Test
    void aPlanInForceComesWithItsPublishedDocumentGoalsAndMeasures() {
        PlanDetail d = content.plan(1, Locale.ENGLISH).orElseThrow();
        assertNotNull(d.document());
        assertEquals(1, d.goals().size());
        assertEquals(2, d.measures().size());
        assertEquals(List.of(11L), d.consultations().stream().map(PublicConsultation::id).toList());
    }

    @Test
    void aPlanWhoseDocumentIsOnlyADraftShowsNoDocument() {
        assertNull(content.plan(3, Locale.ENGLISH).orElseThrow().document());
    }

    @Test
    void upcomingConsultationsAreHiddenAndOpenOnesComeFirst() {
        assertEquals(List.of(10L, 13L, 11L), content.consultations().stream().map(PublicConsultation::id).toList());
        assertTrue(content.consultation(12, Locale.ENGLISH).isEmpty());
    }

    @Test
    void anUnpublishedAssessmentIsNeverFetched() {
        assertNull(content.consultation(13, Locale.ENGLISH).orElseThrow().assessment());
        assertEquals(2, content.consultation(11, Locale.ENGLISH).orElseThrow().assessment().size());
    }

    @Test
    void theConsultedRevisionIsShownNotTheDraftAndThePlanOnlyWhenPublished() {
        ConsultationDetail d = content.consultation(10, Locale.ENGLISH).orElseThrow();
        assertEquals(2, d.document().revisionId());
        assertNull(d.plan(), "plan 2 is in preparation: no link to a page that answers 404");
    }

    @Test
    void submissionsGoOnlyToOpenConsultations() {
        Submission s = new Submission("Kari", null, null, "Tekst", null, false, null, null);
        assertEquals(1, content.submit(10, s).number());
        assertThrows(InvalidInputException.class, () -> content.submit(11, s));
        assertThrows(NotFoundException.class, () -> content.submit(12, s), "upcoming is unknown");
        assertThrows(NotFoundException.class, () -> content.submit(77, s));
        assertEquals(1, consultations.received.size());
    }

    @Test
    void withoutTheOptionalModulesThePortalShowsPlansAndGoalsOnly() {
        PortalContent bare = new PortalContent(new Fakes.Plans(), null, null, null);
        PlanDetail d = bare.plan(1, Locale.ENGLISH).orElseThrow();
        assertNull(d.document());
        assertTrue(d.measures().isEmpty());
        assertFalse(bare.hasMeasures());
        assertTrue(bare.consultations().isEmpty());
        assertThrows(NotFoundException.class, () -> bare.submit(10, new Submission("a", null, null, "b", null, false, null, null)));
    }
}
