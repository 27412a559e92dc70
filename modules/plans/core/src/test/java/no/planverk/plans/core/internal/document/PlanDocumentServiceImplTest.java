package no.planverk.plans.core.internal.document;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Collectors;
import no.planverk.plans.api.Plan;
import no.planverk.plans.api.PlanDraft;
import no.planverk.plans.api.PlanType;
import no.planverk.plans.api.document.BlockChoice;
import no.planverk.plans.api.document.BlockContent;
import no.planverk.plans.api.document.BlockRef;
import no.planverk.plans.api.document.BlockType;
import no.planverk.plans.api.document.DocumentBlockProvider;
import no.planverk.plans.api.document.DocumentContent;
import no.planverk.plans.api.document.DocumentKey;
import no.planverk.plans.api.document.DocumentOutline;
import no.planverk.plans.api.document.DocumentRevision;
import no.planverk.plans.api.document.DocumentSection;
import no.planverk.plans.api.document.FreezeReason;
import no.planverk.plans.api.document.OutlineSection;
import no.planverk.plans.api.document.RevisionAction;
import no.planverk.plans.api.document.RevisionComparison;
import no.planverk.plans.api.document.SectionComment;
import no.planverk.plans.api.document.SectionConflictException;
import no.planverk.plans.api.document.SectionDiff;
import no.planverk.plans.api.document.SectionPart;
import no.planverk.plans.core.internal.PlansFixture;
import no.planverk.platform.api.AccessDeniedException;
import no.planverk.platform.api.InvalidInputException;
import no.planverk.platform.api.NotFoundException;
import no.planverk.platform.api.Role;
import no.planverk.platform.api.StaleVersionException;
import no.planverk.platform.api.UserContext;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The document service on real EclipseLink and in-memory Derby. */
class PlanDocumentServiceImplTest {

    static final UserContext PLANNER = UserContext.of("planlegg", Role.PLANNER);
    static final UserContext OTHER = UserContext.of("kollega", Role.PLANNER);
    static final UserContext READER = UserContext.of("lesar", Role.READER);
    static final Locale NN = Locale.forLanguageTag("nn-NO");

    private final PlansFixture f = PlansFixture.inMemory(Clock.fixed(Instant.parse("2026-12-07T10:00:00Z"), ZoneId.of("Europe/Oslo")));
    private PlanDocumentServiceImpl docs;
    private Plan plan;
    private DocumentKey key;

    @BeforeEach
    void plan() {
        docs = f.documents();
        plan = f.plans().create(new PlanDraft("ALV-KDP-HSO", PlanType.KOMMUNEDELPLAN, "Kommunedelplan helse, sosial og omsorg",
                f.units().id("ALV-HO"), null, 2023, 2033, null, null, null, null, null, null, null, List.of()), PLANNER);
        key = DocumentKey.plan(plan.id());
    }

    @AfterEach
    void close() {
        f.close();
    }

    private String numbers() {
        return docs.outline(key).sections().stream().map(s -> s.number() + " " + s.heading()).collect(Collectors.joining(", "));
    }

    @Test
    void chaptersAndSectionsAreNumberedAndCanBeMoved() {
        DocumentSection intro = docs.add(key, null, 0, "Innleiing", PLANNER);
        DocumentSection frames = docs.add(key, null, 9, "Rammer og føringar", PLANNER);
        DocumentSection law = docs.add(key, frames.id(), 0, "Lovverk", PLANNER);
        docs.add(key, law.id(), 0, "Helse- og omsorgstenestelova", PLANNER);
        docs.add(key, null, 1, "Utviklingstrekk", PLANNER);
        assertEquals("1 Innleiing, 2 Utviklingstrekk, 3 Rammer og føringar, 3.1 Lovverk, 3.1.1 Helse- og omsorgstenestelova", numbers());

        DocumentOutline moved = docs.move(law.id(), docs.section(law.id()).orElseThrow().version(), intro.id(), 0, PLANNER);
        assertEquals("1 Innleiing, 1.1 Lovverk, 1.1.1 Helse- og omsorgstenestelova, 2 Utviklingstrekk, 3 Rammer og føringar", numbers());
        assertEquals(6, moved.revision());

        InvalidInputException deep = assertThrows(InvalidInputException.class, () -> docs.move(intro.id(),
                docs.section(intro.id()).orElseThrow().version(), frames.id(), 0, PLANNER));
        assertEquals("Sections go at most 3 levels deep (1, 1.1, 1.1.1)", deep.getMessage());
        InvalidInputException cycle = assertThrows(InvalidInputException.class, () -> docs.move(intro.id(),
                docs.section(intro.id()).orElseThrow().version(), law.id(), 0, PLANNER));
        assertEquals("A section cannot be placed under itself or one of its subsections", cycle.getMessage());

        DocumentOutline removed = docs.remove(intro.id(), docs.section(intro.id()).orElseThrow().version(), PLANNER);
        assertEquals("1 Utviklingstrekk, 2 Rammer og føringar", numbers());
        assertEquals(2, removed.sections().size());
        assertTrue(docs.section(law.id()).isEmpty(), "the subsections go with it");
    }

    @Test
    void everySaveIsARevisionAndAnyTwoCompareWordByWord() {
        DocumentSection s = docs.add(key, null, 0, "Innleiing", PLANNER);
        DocumentSection v1 = docs.save(s.id(), s.version(), "Innleiing", "Alver skal ha ein tredelt senterstruktur.", PLANNER);
        DocumentSection v2 = docs.save(s.id(), v1.version(), "Innleiing og bakgrunn", "Alver skal ha ein klar senterstruktur.", OTHER);
        assertEquals("kollega", v2.changedBy());
        List<DocumentRevision> revisions = docs.revisions(key);
        assertEquals(List.of(3, 2, 1), revisions.stream().map(DocumentRevision::number).toList());
        assertEquals(List.of(RevisionAction.SAVE, RevisionAction.SAVE, RevisionAction.ADD), revisions.stream().map(DocumentRevision::action).toList());
        assertEquals("planlegg", revisions.get(1).by());
        assertEquals(Instant.parse("2026-12-07T10:00:00Z"), revisions.get(1).at());

        assertEquals("Alver skal ha ein tredelt senterstruktur.", docs.revision(key, 2).sections().get(0).markdown());
        assertEquals("", docs.revision(key, 1).sections().get(0).markdown());

        RevisionComparison c = docs.compare(key, 3, 2);
        assertEquals(2, c.before().number());
        SectionDiff d = c.sections().get(0);
        assertEquals(SectionDiff.Change.CHANGED, d.change());
        assertEquals("tredelt", d.textBefore().stream().filter(t -> t.changed()).map(t -> t.text()).collect(Collectors.joining("|")));
        assertEquals("klar", d.textAfter().stream().filter(t -> t.changed()).map(t -> t.text()).collect(Collectors.joining("|")));
        assertEquals("og bakgrunn", d.headingAfter().stream().filter(t -> t.changed()).map(t -> t.text()).collect(Collectors.joining("|")));
    }

    @Test
    void comparisonShowsAddedRemovedAndMovedSections() {
        DocumentSection a = docs.add(key, null, 0, "A", PLANNER);
        DocumentSection b = docs.add(key, null, 1, "B", PLANNER);
        int before = docs.outline(key).revision();
        docs.remove(a.id(), docs.section(a.id()).orElseThrow().version(), PLANNER);
        DocumentSection c = docs.add(key, null, 1, "C", PLANNER);
        RevisionComparison cmp = docs.compare(key, before, docs.outline(key).revision());
        assertEquals(List.of(SectionDiff.Change.REMOVED, SectionDiff.Change.MOVED, SectionDiff.Change.ADDED),
                cmp.sections().stream().map(SectionDiff::change).toList());
        assertEquals(List.of(a.id(), b.id(), c.id()), cmp.sections().stream().map(SectionDiff::sectionId).toList());
        assertEquals("2", cmp.sections().get(1).numberBefore());
        assertEquals("1", cmp.sections().get(1).numberAfter());
    }

    @Test
    void theSecondOfTwoSavesGetsBothTextsAndNothingIsLost() {
        DocumentSection s = docs.add(key, null, 0, "Innleiing", PLANNER);
        docs.save(s.id(), s.version(), "Innleiing", "Teksten til Kari.", PLANNER);
        SectionConflictException e = assertThrows(SectionConflictException.class,
                () -> docs.save(s.id(), s.version(), "Innleiing", "Teksten til Ola.", OTHER));
        assertInstanceOf(StaleVersionException.class, e, "the API answers 409");
        assertEquals("Teksten til Ola.", e.yourMarkdown());
        assertEquals("Teksten til Kari.", e.current().markdown());
        assertEquals("Teksten til Kari.", docs.section(s.id()).orElseThrow().markdown());
        DocumentSection merged = docs.save(s.id(), e.current().version(), "Innleiing", "Teksten til Kari. Teksten til Ola.", OTHER);
        assertEquals("Teksten til Kari. Teksten til Ola.", merged.markdown());
    }

    @Test
    void aFrozenRevisionStaysAndTheNextChangeStartsANewDraft() {
        DocumentSection s = docs.add(key, null, 0, "Innleiing", PLANNER);
        s = docs.save(s.id(), s.version(), "Innleiing", "Høyringsutkast.", PLANNER);
        int current = docs.outline(key).revision();
        assertThrows(StaleVersionException.class, () -> docs.freeze(key, current - 1, FreezeReason.CONSULTATION, PLANNER));
        DocumentRevision frozen = docs.freeze(key, current, FreezeReason.CONSULTATION, PLANNER);
        assertEquals(FreezeReason.CONSULTATION, frozen.frozenAs());
        assertEquals(1, frozen.draft());
        assertEquals(FreezeReason.CONSULTATION, docs.outline(key).frozenAs());
        assertThrows(InvalidInputException.class, () -> docs.freeze(key, frozen.number(), FreezeReason.CONSULTATION, PLANNER));

        docs.save(s.id(), s.version(), "Innleiing", "Etter høyringa.", PLANNER);
        DocumentOutline after = docs.outline(key);
        assertEquals(2, after.draft());
        assertNull(after.frozenAs());
        assertEquals("Høyringsutkast.", docs.revision(key, frozen.number()).sections().get(0).markdown());
        assertEquals(FreezeReason.CONSULTATION, docs.revision(key, frozen.number()).revision().frozenAs());
        DocumentRevision adopted = docs.freeze(key, after.revision(), FreezeReason.ADOPTED, PLANNER);
        assertEquals(2, adopted.draft());
    }

    @Test
    void readersReadButDoNotWrite() {
        DocumentSection s = docs.add(key, null, 0, "Innleiing", PLANNER);
        assertThrows(AccessDeniedException.class, () -> docs.add(key, null, 0, "Nytt", READER));
        assertThrows(AccessDeniedException.class, () -> docs.save(s.id(), s.version(), "X", "Y", READER));
        assertThrows(AccessDeniedException.class, () -> docs.comment(s.id(), null, "Hei", READER));
        UserContext otherUnit = UserContext.of("leiar", Role.UNIT_LEADER).withUnits("ALV-KUL");
        assertThrows(AccessDeniedException.class, () -> docs.remove(s.id(), s.version(), otherUnit));
        UserContext ownUnit = UserContext.of("leiar", Role.UNIT_LEADER).withUnits("ALV-HO");
        assertEquals("Ny", docs.save(s.id(), s.version(), "Ny", "", ownUnit).heading());
        assertEquals(1, docs.outline(key).sections().size());
        assertThrows(NotFoundException.class, () -> docs.outline(DocumentKey.plan(999_999)));
    }

    @Test
    void commentsThreadResolveAndReopen() {
        DocumentSection s = docs.add(key, null, 0, "Innleiing", PLANNER);
        SectionComment first = docs.comment(s.id(), null, "Bør vi nemne frivilligheita?", OTHER);
        SectionComment second = docs.comment(s.id(), null, "Skrivefeil i andre avsnitt.", PLANNER);
        SectionComment reply = docs.comment(s.id(), first.id(), "Ja, i 1.2.", PLANNER);
        SectionComment replyToReply = docs.comment(s.id(), reply.id(), "Fint.", OTHER);
        assertEquals(first.id(), replyToReply.replyTo(), "a reply joins the thread");
        assertEquals(List.of(first.id(), reply.id(), replyToReply.id(), second.id()),
                docs.comments(s.id()).stream().map(SectionComment::id).toList());

        SectionComment resolved = docs.resolve(first.id(), first.version(), true, PLANNER);
        assertTrue(resolved.resolved());
        assertEquals("planlegg", resolved.resolvedBy());
        assertThrows(StaleVersionException.class, () -> docs.resolve(first.id(), first.version(), false, PLANNER));
        SectionComment reopened = docs.resolve(first.id(), resolved.version(), false, OTHER);
        assertTrue(!reopened.resolved() && reopened.resolvedBy() == null);
        assertThrows(InvalidInputException.class, () -> docs.resolve(reply.id(), reply.version(), true, PLANNER));
        assertThrows(InvalidInputException.class, () -> docs.comment(s.id(), null, "  ", PLANNER));

        String audited = f.audit().calls().stream().filter(c -> c.type().equals(PlanDocumentServiceImpl.COMMENT))
                .map(c -> c.action()).collect(Collectors.joining(","));
        assertEquals("create,create,create,create,resolve,reopen", audited);
    }

    @Test
    void contentRendersBlocksAndLeavesAPlaceholderWhereAModuleIsMissing() {
        docs.addBlockProvider(new DocumentBlockProvider() {
            public List<BlockType> types(Locale locale) {
                return List.of(new BlockType("test.table", "Test"));
            }

            public List<BlockChoice> choices(String type, long planId, Locale locale) {
                return List.of(new BlockChoice("1", "Ein"));
            }

            public Optional<BlockContent> render(BlockRef block, Locale locale) {
                return block.param().equals("1") ? Optional.of(new BlockContent("Tabell 1", List.of(), List.of(), "")) : Optional.empty();
            }
        });
        DocumentSection s = docs.add(key, null, 0, "Mål og tiltak", PLANNER);
        docs.save(s.id(), s.version(), "Mål og tiltak", "Før.\n\n{{block test.table 1}}\n\nMellom.\n{{block measures.list 4}}\n"
                + "{{block test.table 2}}\n```\n{{block test.table 1}}\n```\nEtter.", PLANNER);
        docs.comment(s.id(), null, "Intern merknad som ikkje skal ut.", PLANNER);
        DocumentContent c = docs.content(key, null, NN);
        assertEquals("Alver kommune", c.municipality());
        assertEquals("Kommunedelplan helse, sosial og omsorg", c.title());
        assertEquals("ALV-KDP-HSO · 2023–2033", c.subtitle());
        List<SectionPart> parts = c.sections().get(0).parts();
        assertEquals(6, parts.size(), parts.toString());
        assertEquals("Tabell 1", ((SectionPart.Block) parts.get(1)).content().title());
        assertEquals("[Denne delen (measures.list) blir vist når modulen han kjem frå, er installert.]",
                ((SectionPart.Block) parts.get(3)).placeholder());
        assertEquals("[Det denne delen (test.table 2) viste, finst ikkje lenger.]", ((SectionPart.Block) parts.get(4)).placeholder());
        assertTrue(((SectionPart.Text) parts.get(5)).markdown().contains("{{block test.table 1}}"), "a marker in a code block is text");
        assertTrue(c.toString().indexOf("Intern merknad") < 0, "comments stay out of the content");
        assertEquals("[This part (measures.list) is shown when its module is installed.]",
                ((SectionPart.Block) docs.content(key, null, Locale.ENGLISH).sections().get(0).parts().get(3)).placeholder());
        assertEquals(List.of(), docs.content(key, 1, NN).sections().get(0).parts(), "revision 1: the section was still empty");
        assertTrue(docs.blockTypes(NN).stream().anyMatch(t -> t.id().equals("plans.goal-table")));
        assertEquals(List.of(new BlockChoice("1", "Ein")), docs.blockChoices("test.table", plan.id(), NN));
        assertEquals(List.of(), docs.blockChoices("unknown.type", plan.id(), NN));
    }

    @Test
    void theProgrammeHasItsOwnDocumentAndADeletedPlanTakesItsDocumentsAlong() {
        docs.add(key, null, 0, "Innleiing", PLANNER);
        DocumentKey program = DocumentKey.program(plan.id());
        docs.add(program, null, 0, "Føremålet med planarbeidet", PLANNER);
        assertEquals(1, docs.outline(program).sections().size());
        assertEquals("Planprogram · ALV-KDP-HSO", docs.content(program, null, NN).subtitle());
        long sectionId = docs.outline(key).sections().get(0).id();
        docs.comment(sectionId, null, "Merknad", PLANNER);
        f.plans().delete(plan.id(), f.plans().find(plan.id()).orElseThrow().version(), PLANNER);
        assertTrue(docs.section(sectionId).isEmpty());
        Plan again = f.plans().create(PlanDraft.of("NY", PlanType.TEMAPLAN, "Ny", 2024, 2028), PLANNER);
        assertEquals(List.of(), docs.outline(DocumentKey.plan(again.id())).sections());
    }

    @Test
    void textLimitsAndHeadingsAreChecked() {
        DocumentSection s = docs.add(key, null, 0, "Innleiing", PLANNER);
        assertThrows(InvalidInputException.class, () -> docs.add(key, null, 0, " ", PLANNER));
        assertThrows(InvalidInputException.class, () -> docs.save(s.id(), s.version(), "To\nlinjer", "", PLANNER));
        InvalidInputException big = assertThrows(InvalidInputException.class,
                () -> docs.save(s.id(), s.version(), "Innleiing", "x".repeat(SectionEntity.MAX_TEXT + 1), PLANNER));
        assertEquals(Set.of("markdown"), big.fieldErrors().keySet());
        assertThrows(InvalidInputException.class, () -> docs.add(key, 999_999L, 0, "Under ingenting", PLANNER));
        List<OutlineSection> outline = docs.outline(key).sections();
        assertEquals(1, outline.size());
    }

    private static final class Set {
        static <T> java.util.Set<T> of(T t) {
            return java.util.Set.of(t);
        }
    }
}
