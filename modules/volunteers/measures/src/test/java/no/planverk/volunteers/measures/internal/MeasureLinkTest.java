package no.planverk.volunteers.measures.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import no.planverk.measures.api.Measure;
import no.planverk.measures.api.MeasureDraft;
import no.planverk.measures.api.MeasureFact;
import no.planverk.measures.api.MeasureKind;
import no.planverk.plans.api.Ownership;
import no.planverk.measures.api.Responsibility;
import no.planverk.measures.core.internal.MeasureDirectoryImpl;
import no.planverk.measures.core.internal.MeasuresFixture;
import no.planverk.platform.api.InvalidInputException;
import no.planverk.platform.api.Role;
import no.planverk.platform.api.UserContext;
import no.planverk.volunteers.api.Assignment;
import no.planverk.volunteers.api.AssignmentDraft;
import no.planverk.volunteers.api.HoursDraft;
import no.planverk.platform.api.link.MeasureRef;
import no.planverk.volunteers.api.Schedule;
import no.planverk.volunteers.api.Volunteer;
import no.planverk.volunteers.api.VolunteerDraft;
import no.planverk.volunteers.api.VolunteerStatus;
import no.planverk.volunteers.core.internal.VolunteersFixture;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** The real measures and volunteers services linked through the measures core's MeasureDirectory: Alver's measure 3.3.1.1-b, the coordinator post (seed 004). */
class MeasureLinkTest {

    static final UserContext PLANNER = UserContext.of("planlegg", Role.PLANNER);
    static final UserContext COORDINATOR = UserContext.of("koordinator", Role.COORDINATOR);
    static final LocalDate TODAY = LocalDate.now(VolunteersFixture.CLOCK);

    final MeasuresFixture measures = MeasuresFixture.inMemory();
    final VolunteersFixture volunteers = VolunteersFixture.inMemory();

    @AfterEach
    void close() {
        measures.close();
        volunteers.close();
    }

    Measure coordinatorPost() {
        return measures.measures().create(new MeasureDraft(null, "Kommunedelplan for helse, sosial og omsorg 2021-2033", "3.3.1.1-b",
                "Etablering av stilling som koordinator for frivillig innsats", null, List.of(), null, MeasureKind.MEASURE, null, null,
                Responsibility.UNITS, List.of(measures.units().id("BRG-UH")), null, 2024, 2026, List.of(), Ownership.THIS_PLAN), PLANNER);
    }

    Assignment walk(String title, Long measureId) {
        return volunteers.assignments().create(new AssignmentDraft(volunteers.units().id("ALV-HO-HEIM"), 2, title, null, "Knarvik",
                null, Schedule.once(TODAY.minusDays(3), LocalTime.of(10, 0), LocalTime.of(12, 0)), 2, Set.of(), List.of(), measureId),
                COORDINATOR);
    }

    Volunteer active(String name) {
        Volunteer v = volunteers.volunteers().create(new VolunteerDraft(name, null, null, null, List.of(), List.of(), List.of(),
                List.of(), List.of(), List.of(), null, null, null, null), COORDINATOR);
        return volunteers.volunteers().changeStatus(v.id(), v.version(), VolunteerStatus.ACTIVE, COORDINATOR);
    }

    @Test
    void theDirectoryListsMeasuresByNumberAndRefusesLinksToMissingOnes() {
        Measure post = coordinatorPost();
        MeasureDirectoryImpl directory = new MeasureDirectoryImpl(measures.measures());
        assertEquals(List.of(new MeasureRef(post.id(), null, "3.3.1.1-b", "Etablering av stilling som koordinator for frivillig innsats")),
                directory.measures());
        volunteers.directory(directory);
        assertEquals(post.id(), walk("Turvenn", post.id()).measureId());
        assertThrows(InvalidInputException.class, () -> walk("Feil lenke", post.id() + 1000));
    }

    @Test
    void aMeasureShowsTheEffortBehindItAndItsAssignmentsInTheUsersLanguage() {
        Measure post = coordinatorPost();
        volunteers.directory(new MeasureDirectoryImpl(measures.measures()));
        EffortFacts facts = new EffortFacts(volunteers.assignments(), volunteers.hours(), VolunteersFixture.CLOCK);
        assertEquals(List.of(), facts.facts(post.id(), Locale.forLanguageTag("nn-NO")), "no assignment serves it yet");

        Assignment walk = walk("Turvenn", post.id());
        walk("Strikkekafé", null);
        Volunteer kari = active("Test Kari");
        Volunteer ola = active("Test Ola");
        volunteers.assignments().assign(walk.id(), kari.id(), TODAY.minusDays(3), COORDINATOR);
        volunteers.assignments().assign(walk.id(), ola.id(), TODAY.minusDays(3), COORDINATOR);
        volunteers.hours().log(new HoursDraft(walk.id(), kari.id(), TODAY.minusDays(3), new BigDecimal("2")), COORDINATOR);
        volunteers.hours().log(new HoursDraft(walk.id(), ola.id(), TODAY.minusDays(3), new BigDecimal("1.5")), COORDINATOR);

        int year = TODAY.getYear();
        assertEquals(List.of(new MeasureFact("Frivillig innsats " + year, "3,5 timar frå 2 frivillige", "volunteers/report"),
                new MeasureFact("Frivillig oppdrag", "Turvenn (Knarvik): 2 av 2 frivillige", "volunteers/assignment/" + walk.id())),
                facts.facts(post.id(), Locale.forLanguageTag("nn-NO")));
        assertEquals("3.5 hours from 2 volunteers", facts.facts(post.id(), Locale.forLanguageTag("en-GB")).get(0).value());
        assertEquals("3,5 timer fra 2 frivillige", facts.facts(post.id(), Locale.forLanguageTag("nb-NO")).get(0).value());
    }
}
