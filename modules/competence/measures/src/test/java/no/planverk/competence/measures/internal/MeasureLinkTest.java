package no.planverk.competence.measures.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import no.planverk.competence.api.Category;
import no.planverk.competence.api.CompetenceMeasure;
import no.planverk.competence.api.CompetenceMeasureDraft;
import no.planverk.competence.api.CompetenceMeasureKind;
import no.planverk.competence.core.internal.CompetenceFixture;
import no.planverk.measures.api.Measure;
import no.planverk.measures.api.MeasureDraft;
import no.planverk.measures.api.MeasureKind;
import no.planverk.plans.api.Ownership;
import no.planverk.measures.api.Responsibility;
import no.planverk.measures.core.internal.MeasuresFixture;
import no.planverk.platform.api.InvalidInputException;
import no.planverk.platform.api.Role;
import no.planverk.platform.api.UserContext;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** The real measures service behind the bridge: Bergen's measure 90 (seed 001) as a mentor programme. */
class MeasureLinkTest {

    static final UserContext PLANNER = UserContext.of("planlegg", Role.PLANNER);

    final MeasuresFixture measures = MeasuresFixture.inMemory();
    final CompetenceFixture competence = CompetenceFixture.inMemory();

    @AfterEach
    void close() {
        measures.close();
        competence.close();
    }

    @Test
    void aCompetenceMeasureLinksToAMeasureThatExists() {
        Measure m90 = measures.measures().create(new MeasureDraft(null, "Et helt liv med mening, vekst og utvikling", "90",
                "Mentorordning for nyansatte i Etat for tjenester til utviklingshemmede", null, List.of(), null, MeasureKind.MEASURE, null,
                null, Responsibility.UNITS, List.of(measures.units().id("BRG-UH")), null, 2024, 2028, List.of(), Ownership.THIS_PLAN),
                PLANNER);
        competence.directory(new MeasuresDirectory(measures.measures()));
        long uh = competence.units().id("BRG-UH");
        CompetenceMeasure c = competence.measures().create(new CompetenceMeasureDraft(uh, CompetenceMeasureKind.MENTOR, "Mentorar for nytilsette",
                Category.VERNEPLEIAR, 2025, 40, null, m90.id(), null), PLANNER);
        assertEquals("90 Mentorordning for nyansatte i Etat for tjenester til utviklingshemmede", c.measureLabel());
        assertThrows(InvalidInputException.class, () -> competence.measures().create(new CompetenceMeasureDraft(uh,
                CompetenceMeasureKind.MENTOR, "Feil lenke", null, 2025, 1, null, m90.id() + 1000, null), PLANNER));
    }
}
