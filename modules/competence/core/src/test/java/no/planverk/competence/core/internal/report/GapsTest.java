package no.planverk.competence.core.internal.report;

import static no.planverk.competence.core.internal.report.Rows.row;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import no.planverk.competence.api.Category;
import no.planverk.competence.api.CategoryGap;
import no.planverk.competence.api.Gap;
import no.planverk.competence.api.GapReport;
import no.planverk.competence.api.Position;
import no.planverk.competence.api.Requirement;
import no.planverk.platform.testing.MemoryUnits;
import org.junit.jupiter.api.Test;

/** Hand-computed gaps over Alver's demo units. */
class GapsTest {

    static final double E = 1e-9;
    final MemoryUnits units = new MemoryUnits();
    final long ho = units.id("ALV-HO");
    final long inst = units.id("ALV-HO-INST");
    final long heim = units.id("ALV-HO-HEIM");

    /** Institusjonstenester: 10 + 1 nurse FTE (two specialist nurses at 50 %) of 30; Heimetenester: 8 health workers. */
    List<Position> positions() {
        return List.of(row(inst, Category.SJUKEPLEIAR, 100, 10, 30, 39), row(inst, Category.SPESIALSJUKEPLEIAR, 50, 2, 40, 49),
                row(inst, Category.HELSEFAGARBEIDAR, 75, 20, 50, 54), row(inst, Category.ASSISTENT, 50, 8, 20, 24),
                row(heim, Category.HELSEFAGARBEIDAR, 100, 8, 55, 59));
    }

    static Requirement req(long id, long unit, Category c, Double minFte, Double minShare, boolean statutory) {
        return new Requirement(id, unit, c, minFte, minShare, statutory, statutory ? "forskrift (døme)" : null, null, 0);
    }

    GapReport report() {
        return Gaps.report(2025, List.of(req(1, inst, Category.SJUKEPLEIAR, null, 0.5, true), req(2, inst, Category.LEGE, 2.0, null, true),
                req(3, heim, Category.HELSEFAGARBEIDAR, 5.0, null, false), req(4, ho, Category.SJUKEPLEIAR, 12.0, null, false)),
                positions(), units.snapshot());
    }

    Gap gap(GapReport r, long id) {
        return r.gaps().stream().filter(g -> g.requirementId() == id).findFirst().orElseThrow();
    }

    @Test
    void aShareRequirementIsTakenOfTheUnitsFteAndSpecialistNursesCountAsNurses() {
        Gap g = gap(report(), 1);
        assertEquals(30.0, g.unitFte(), E); // 10 + 1 + 15 + 4
        assertEquals(15.0, g.requiredFte(), E); // 0.5 x 30
        assertEquals(11.0, g.availableFte(), E);
        assertEquals(4.0, g.gap(), E);
        assertTrue(g.deviation());
    }

    @Test
    void aMissingCategoryIsAFullGapAndASurplusIsNegative() {
        GapReport r = report();
        assertEquals(2.0, gap(r, 2).gap(), E);
        assertTrue(gap(r, 2).deviation());
        assertEquals(-3.0, gap(r, 3).gap(), E);
        assertFalse(gap(r, 3).deviation());
    }

    @Test
    void aUnitCountsTheUnitsBelowIt() {
        Gap g = gap(report(), 4);
        assertEquals(38.0, g.unitFte(), E); // Institusjonstenester 30 + Heimetenester 8
        assertEquals(1.0, g.gap(), E); // 12 - 11
        assertFalse(g.deviation(), "not statutory");
    }

    @Test
    void deviationsAreTheStatutoryRequirementsNotMet() {
        assertEquals(List.of(1L, 2L), report().deviations().stream().map(Gap::requirementId).sorted().toList());
    }

    @Test
    void categoryTotalsAddOnlyShortfalls() {
        CategoryGap nurses = report().categories().stream().filter(c -> c.category() == Category.SJUKEPLEIAR).findFirst().orElseThrow();
        assertEquals(27.0, nurses.requiredFte(), E);
        assertEquals(22.0, nurses.availableFte(), E);
        assertEquals(5.0, nurses.shortfall(), E);
        CategoryGap workers = report().categories().stream().filter(c -> c.category() == Category.HELSEFAGARBEIDAR).findFirst().orElseThrow();
        assertEquals(0.0, workers.shortfall(), E);
    }

    @Test
    void theLargerOfMinimumFteAndShareApplies() {
        Gap g = Gaps.report(2025, List.of(req(1, inst, Category.SJUKEPLEIAR, 20.0, 0.5, false)), positions(), units.snapshot())
                .gaps().get(0);
        assertEquals(20.0, g.requiredFte(), E);
        assertEquals(9.0, g.gap(), E);
    }
}
