package no.planverk.competence.core.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Optional;
import no.planverk.competence.api.Category;
import no.planverk.competence.api.CompetenceMeasure;
import no.planverk.competence.api.CompetenceMeasureDraft;
import no.planverk.competence.api.CompetenceMeasureKind;
import no.planverk.competence.api.CompetenceMeasureService;
import no.planverk.platform.api.AccessDeniedException;
import no.planverk.platform.api.InvalidInputException;
import no.planverk.platform.api.Role;
import no.planverk.platform.api.UserContext;
import no.planverk.platform.api.link.MeasureDirectory;
import no.planverk.platform.api.link.MeasureRef;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class CompetenceMeasureServiceTest {

    static final UserContext UH_LEADER = UserContext.of("leiar", Role.UNIT_LEADER).withUnits("BRG-UH");

    final CompetenceFixture f = CompetenceFixture.inMemory();
    final CompetenceMeasureService measures = f.measures();
    final long uh = f.units().id("BRG-UH");

    @AfterEach
    void close() {
        f.close();
    }

    /** Bergen measure 90: mentors for new staff in the services for people with developmental disabilities. */
    CompetenceMeasureDraft mentor(Long measureId, Integer actual) {
        return new CompetenceMeasureDraft(uh, CompetenceMeasureKind.MENTOR, "Mentorordning for nytilsette", Category.VERNEPLEIAR, 2025, 40,
                actual, measureId, null);
    }

    @Test
    void withoutTheMeasuresModuleALinkIsKeptAsAnId() {
        CompetenceMeasure m = measures.create(mentor(90L, null), UH_LEADER);
        assertEquals(90L, m.measureId());
        assertNull(m.measureLabel());
        CompetenceMeasure reported = measures.update(m.id(), m.version(), mentor(90L, 28), UH_LEADER);
        assertEquals(28, reported.actualParticipants());
        assertEquals(List.of(reported), measures.list(f.units().id("BRG-BEHO"), 2025));
        assertTrue(measures.list(null, 2024).isEmpty());
    }

    @Test
    void withItTheLinkIsCheckedAndLabelled() {
        MeasureRef m90 = new MeasureRef(90L, 4L, "90", "Mentorordning for nyansatte");
        f.directory(new MeasureDirectory() {
            @Override
            public List<MeasureRef> measures() {
                return List.of(m90);
            }

            @Override
            public Optional<MeasureRef> find(long id) {
                return id == 90L ? Optional.of(m90) : Optional.empty();
            }
        });
        assertTrue(measures.measuresInstalled());
        assertEquals("90 Mentorordning for nyansatte", measures.create(mentor(90L, null), UH_LEADER).measureLabel());
        InvalidInputException e = assertThrows(InvalidInputException.class, () -> measures.create(mentor(91L, null), UH_LEADER));
        assertEquals(List.of("measureId"), List.copyOf(e.fieldErrors().keySet()));
    }

    @Test
    void unitLeadersKeepTheirOwnUnitsMeasures() {
        assertThrows(AccessDeniedException.class, () -> measures.create(new CompetenceMeasureDraft(f.units().id("ALV-HO"),
                CompetenceMeasureKind.APPRENTICES, "Lærlingar", Category.LAERLING, 2025, 12, null, null, null), UH_LEADER));
    }
}
