package no.planverk.plans.demo.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Locale;
import java.util.Set;
import no.planverk.plans.api.document.DocumentKey;
import no.planverk.plans.api.document.DocumentOutline;
import no.planverk.plans.api.document.FreezeReason;
import no.planverk.plans.api.document.OutlineSection;
import no.planverk.plans.core.internal.PlansFixture;
import no.planverk.platform.demo.DemoUnitsLoaded;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** Alver's KDP as a document: seed 004's six chapters with live blocks, frozen for consultation, written once. */
class DemoDocumentsTest {

    private final PlansFixture f = PlansFixture.inMemory();

    @AfterEach
    void close() {
        f.close();
    }

    private DocumentKey kdp() {
        return DocumentKey.plan(f.plans().findByCode(DemoDocuments.KDP).orElseThrow().id());
    }

    @Test
    void waitsForThePlanThenWritesTheSixChaptersAndFreezesThem() {
        assertFalse(DemoDocuments.load(f.plans(), f.goals(), f.documents(), false), "no plan yet: wait");
        new DemoPlans(() -> Set.of(DemoUnitsLoaded.ALVER), f.plans(), f.transfer());
        assertTrue(DemoDocuments.load(f.plans(), f.goals(), f.documents(), false));
        DocumentOutline outline = f.documents().outline(kdp());
        List<OutlineSection> chapters = outline.sections().stream().filter(s -> s.parentId() == null).toList();
        assertEquals(List.of("Innleiing", "Nasjonale og regionale føringar", "Utviklingstrekk", "Helse-, sosial- og omsorg",
                "Mål og vegval", "Prioritering - mål, vegval og handlingsplan"), chapters.stream().map(OutlineSection::heading).toList());
        assertEquals(SECTIONS, outline.sections().size());
        assertTrue(outline.sections().stream().anyMatch(s -> s.number().equals("3.2.7") && s.heading().startsWith("Utvikling av personar med demens")));
        assertEquals(FreezeReason.CONSULTATION, outline.frozenAs());
        String html = f.documents().content(kdp(), null, Locale.forLanguageTag("nn")).toString();
        assertTrue(html.contains("KDP mål 4.1"), "the goal table of 6.4 is rendered live");
        assertTrue(html.contains("Sjukeheimsplassar"), "without forecasting, chapter 3 shows the nursing-home places indicator");
        assertFalse(html.contains("@GOAL") || html.contains("@PLACES") || html.contains("@TREND"), "every placeholder is filled");
    }

    @Test
    void aRestartDoesNotWriteItTwice() {
        new DemoPlans(() -> Set.of(DemoUnitsLoaded.ALVER), f.plans(), f.transfer());
        DemoDocuments.load(f.plans(), f.goals(), f.documents(), false);
        int revisions = f.documents().revisions(kdp()).size();
        assertTrue(DemoDocuments.load(f.plans(), f.goals(), f.documents(), false));
        assertEquals(revisions, f.documents().revisions(kdp()).size());
        assertEquals(SECTIONS, f.documents().outline(kdp()).sections().size());
    }

    @Test
    void bergensPlanInForceGetsAnAdoptedSummaryOnce() {
        assertFalse(DemoDocuments.loadBergen(f.plans(), f.documents()), "no plan yet: wait");
        new DemoPlans(() -> Set.of(DemoUnitsLoaded.BERGEN), f.plans(), f.transfer());
        assertTrue(DemoDocuments.loadBergen(f.plans(), f.documents()));
        assertTrue(DemoDocuments.loadBergen(f.plans(), f.documents()));
        long id = f.plans().all().stream().filter(x -> x.title().startsWith(DemoPlans.REVISED_PLAN_TITLE)).findFirst().orElseThrow().id();
        DocumentOutline outline = f.documents().outline(DocumentKey.plan(id));
        assertEquals(List.of("Sammendrag", "Mål", "Tiltak"), outline.sections().stream().map(OutlineSection::heading).toList());
        assertEquals(FreezeReason.ADOPTED, outline.frozenAs());
        assertEquals(1, f.documents().revisions(DocumentKey.plan(id)).stream().filter(r -> r.frozenAs() == FreezeReason.ADOPTED).count());
        assertTrue(f.documents().content(DocumentKey.plan(id), null, Locale.forLanguageTag("nb")).toString().contains("Satsingsområde 1"),
                "the goal table is live");
    }

    /** The headings of kdp-hso.md: 6 chapters, 24 sections, 23 subsections. */
    static final int SECTIONS = 53;
}
