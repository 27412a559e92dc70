package no.planverk.measures.core.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Optional;
import no.planverk.measures.api.Measure;
import no.planverk.measures.api.MeasureDraft;
import no.planverk.measures.api.MeasureKind;
import no.planverk.measures.api.Responsibility;
import no.planverk.plans.api.Ownership;
import no.planverk.platform.api.Role;
import no.planverk.platform.api.UserContext;
import no.planverk.platform.api.link.MeasureDirectory;
import no.planverk.platform.api.link.MeasureRef;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** The measures other modules link to: Alver's coordinator post (seed 004) and Bergen's mentor programme (seed 001). */
class MeasureDirectoryImplTest {

    static final UserContext PLANNER = UserContext.of("planlegg", Role.PLANNER);

    final MeasuresFixture f = MeasuresFixture.inMemory();
    final MeasureDirectory directory = new MeasureDirectoryImpl(f.measures());

    @AfterEach
    void close() {
        f.close();
    }

    Measure create(String plan, String number, String title, String unit) {
        return f.measures().create(new MeasureDraft(null, plan, number, title, null, List.of(), null, MeasureKind.MEASURE, null, null,
                Responsibility.UNITS, List.of(f.units().id(unit)), null, 2024, 2028, List.of(), Ownership.THIS_PLAN), PLANNER);
    }

    @Test
    void listsEveryMeasureByNumberAndFindsOneByItsId() {
        assertEquals(List.of(), directory.measures(), "no measures yet");
        Measure mentor = create("Et helt liv med mening, vekst og utvikling", "90",
                "Mentorordning for nyansatte i Etat for tjenester til utviklingshemmede", "BRG-UH");
        Measure post = create("Kommunedelplan for helse, sosial og omsorg 2021-2033", "3.3.1.1-b",
                "Etablering av stilling som koordinator for frivillig innsats", "BRG-UH");

        MeasureRef postRef = new MeasureRef(post.id(), null, "3.3.1.1-b", "Etablering av stilling som koordinator for frivillig innsats");
        MeasureRef mentorRef = new MeasureRef(mentor.id(), null, "90",
                "Mentorordning for nyansatte i Etat for tjenester til utviklingshemmede");
        assertEquals(List.of(postRef, mentorRef), directory.measures());
        assertEquals(Optional.of(mentorRef), directory.find(mentor.id()));
        assertEquals("90 Mentorordning for nyansatte i Etat for tjenester til utviklingshemmede",
                directory.find(mentor.id()).orElseThrow().label());
        assertEquals(Optional.empty(), directory.find(post.id() + 1000), "no such measure");
    }

    @Test
    void aDeletedMeasureIsNoLongerFound() {
        Measure post = create("KDP helse", "3.3.1.1-b", "Koordinator for frivillig innsats", "BRG-UH");
        f.measures().delete(post.id(), post.version(), PLANNER);
        assertEquals(Optional.empty(), directory.find(post.id()));
        assertEquals(List.of(), directory.measures());
    }
}
