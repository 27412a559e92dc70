package no.planverk.competence.core.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.util.List;
import no.planverk.competence.api.Category;
import no.planverk.competence.api.FileFormat;
import no.planverk.competence.api.Gap;
import no.planverk.competence.api.GapReport;
import no.planverk.competence.api.Requirement;
import no.planverk.competence.api.RequirementDraft;
import no.planverk.competence.api.RequirementService;
import no.planverk.platform.api.AccessDeniedException;
import no.planverk.platform.api.InvalidInputException;
import no.planverk.platform.api.Role;
import no.planverk.platform.api.UserContext;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class RequirementServiceTest {

    static final UserContext PLANNER = UserContext.of("planlegg", Role.PLANNER);
    static final UserContext UH_LEADER = UserContext.of("leiar", Role.UNIT_LEADER).withUnits("BRG-UH");

    final CompetenceFixture f = CompetenceFixture.inMemory();
    final RequirementService requirements = f.requirements();
    final long uh = f.units().id("BRG-UH");
    final long beho = f.units().id("BRG-BEHO");

    @AfterEach
    void close() {
        f.close();
    }

    /** A group home with 6 vernepleiar FTE of 20 in 2025 and 8 in 2024. */
    void register() {
        String csv = "unit,year,category,percent,count,age\nBRG-UH,2025,vernepleiar,100,6,40-49\nBRG-UH,2025,assistent,70,20,20-29\n"
                + "BRG-UH,2024,vernepleiar,100,8,40-49\nBRG-UH,2024,assistent,100,12,20-29";
        assertTrue(f.workforce().importData(FileFormat.CSV, csv.getBytes(StandardCharsets.UTF_8), PLANNER).committed());
    }

    RequirementDraft chapter9(Double share) {
        return new RequirementDraft(uh, Category.VERNEPLEIAR, null, share, true, "helse- og omsorgstenestelova kap. 9 (døme)", null);
    }

    @Test
    void gapsOfTheNewestYearOrTheYearAsked() {
        register();
        requirements.create(chapter9(0.4), PLANNER);
        GapReport now = requirements.gaps(beho, null);
        assertEquals(2025, now.year());
        Gap g = now.gaps().get(0);
        assertEquals(20.0, g.unitFte(), 1e-9);
        assertEquals(8.0, g.requiredFte(), 1e-9);
        assertEquals(2.0, g.gap(), 1e-9);
        assertEquals(List.of(g), now.deviations());
        GapReport before = requirements.gaps(uh, 2024);
        assertEquals(0.0, before.gaps().get(0).gap(), 1e-9); // 0.4 x (8 + 12) = 8 required, 8 available
        assertTrue(before.deviations().isEmpty());
    }

    @Test
    void oneRequirementPerUnitAndCategoryAndAStatutoryOneNamesItsBasis() {
        requirements.create(chapter9(0.4), PLANNER);
        InvalidInputException twice = assertThrows(InvalidInputException.class, () -> requirements.create(chapter9(0.5), PLANNER));
        assertEquals(List.of("category"), List.copyOf(twice.fieldErrors().keySet()));
        InvalidInputException noBasis = assertThrows(InvalidInputException.class, () -> requirements.create(new RequirementDraft(uh,
                Category.LEGE, 1.0, null, true, " ", null), PLANNER));
        assertEquals(List.of("reference"), List.copyOf(noBasis.fieldErrors().keySet()));
    }

    @Test
    void unitLeadersKeepTheRequirementsOfTheirUnits() {
        Requirement r = requirements.create(chapter9(0.4), UH_LEADER);
        assertThrows(AccessDeniedException.class, () -> requirements.create(new RequirementDraft(f.units().id("BRG-SHJ"), Category.LEGE,
                1.0, null, false, null, null), UH_LEADER));
        Requirement changed = requirements.update(r.id(), r.version(), chapter9(0.5), UH_LEADER);
        assertEquals(0.5, changed.minShare());
        assertEquals(List.of(changed), requirements.list(beho));
        requirements.delete(changed.id(), changed.version(), PLANNER);
        assertTrue(requirements.list(null).isEmpty());
        assertEquals(List.of("create", "update", "delete"), f.audit().calls().stream().map(c -> c.action()).toList());
    }
}
