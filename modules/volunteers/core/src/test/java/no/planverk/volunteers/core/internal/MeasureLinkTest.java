package no.planverk.volunteers.core.internal;

import static no.planverk.volunteers.core.internal.Samples.COORDINATOR;
import static no.planverk.volunteers.core.internal.Samples.LEADER;
import static no.planverk.volunteers.core.internal.Samples.READER;
import static no.planverk.volunteers.core.internal.Samples.TODAY;
import static no.planverk.volunteers.core.internal.Samples.hours;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import no.planverk.platform.api.AccessDeniedException;
import no.planverk.platform.api.InvalidInputException;
import no.planverk.volunteers.api.Assignment;
import no.planverk.volunteers.api.AssignmentDraft;
import no.planverk.volunteers.api.EffortReport;
import no.planverk.volunteers.api.HoursDraft;
import no.planverk.platform.api.link.MeasureDirectory;
import no.planverk.platform.api.link.MeasureRef;
import no.planverk.volunteers.api.Placement;
import no.planverk.volunteers.api.UnitContact;
import no.planverk.volunteers.api.Volunteer;
import no.planverk.volunteers.api.VolunteerStatus;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** Assignments serving a measure, the effort behind a measure, and one volunteer's placements. */
class MeasureLinkTest {

    static final MeasureRef COORDINATOR_POST = new MeasureRef(7, null, "3.3.1.1-b", "Etablering av stilling som koordinator");

    final VolunteersFixture f = VolunteersFixture.inMemory();
    final MeasureDirectory directory = new MeasureDirectory() {
        @Override
        public List<MeasureRef> measures() {
            return List.of(COORDINATOR_POST);
        }

        @Override
        public Optional<MeasureRef> find(long id) {
            return measures().stream().filter(m -> m.id() == id).findFirst();
        }
    };

    @AfterEach
    void close() {
        f.close();
    }

    static AssignmentDraft serving(AssignmentDraft d, Long measureId) {
        return new AssignmentDraft(d.unitId(), d.step(), d.title(), d.description(), d.place(), d.organisationId(), d.schedule(),
                d.needed(), d.requiredChecks(), d.requiredSkills(), measureId);
    }

    Volunteer active(String name) {
        Volunteer v = f.volunteers().create(Samples.volunteer(name, List.of()), COORDINATOR);
        return f.volunteers().changeStatus(v.id(), v.version(), VolunteerStatus.ACTIVE, COORDINATOR);
    }

    @Test
    void withTheMeasuresModuleALinkMustNameAMeasureWithoutItTheIdIsKept() {
        AssignmentDraft walk = Samples.once(f.units().id("ALV-HO-HEIM"), TODAY, 10, 12);
        Assignment unchecked = f.assignments().create(serving(walk, 99L), COORDINATOR);
        assertEquals(99L, unchecked.measureId(), "no measures module: kept as it is");

        f.directory(directory);
        InvalidInputException e = assertThrows(InvalidInputException.class, () -> f.assignments().create(serving(walk, 8L), COORDINATOR));
        assertEquals("There is no measure 8", e.fieldErrors().get("measureId"));
        Assignment linked = f.assignments().create(serving(walk, 7L), COORDINATOR);
        assertEquals(7L, f.assignments().find(linked.id()).orElseThrow().measureId());
        Assignment same = f.assignments().update(unchecked.id(), unchecked.version(), serving(walk, 99L).validated(), COORDINATOR);
        assertEquals(99L, same.measureId(), "an unchanged link is not checked again");
        assertThrows(InvalidInputException.class, () -> f.assignments().update(linked.id(), linked.version(), serving(walk, 98L),
                COORDINATOR));
        assertNull(f.assignments().update(linked.id(), linked.version(), walk, COORDINATOR).measureId(), "unlinked");
        assertThrows(InvalidInputException.class, () -> serving(walk, 0L).validated());
    }

    @Test
    void theEffortBehindAMeasureCountsOnlyItsAssignments() {
        f.directory(directory);
        Assignment a = f.assignments().create(serving(Samples.once(f.units().id("ALV-HO-HEIM"), TODAY, 10, 12), 7L), COORDINATOR);
        Assignment b = f.assignments().create(Samples.once(f.units().id("ALV-KUL-FRIV"), TODAY, 13, 15), COORDINATOR);
        Volunteer kari = active("Test Kari");
        Volunteer ola = active("Test Ola");
        f.assignments().assign(a.id(), kari.id(), COORDINATOR);
        f.assignments().assign(a.id(), ola.id(), COORDINATOR);
        f.assignments().assign(b.id(), kari.id(), COORDINATOR);
        f.hours().log(new HoursDraft(a.id(), kari.id(), TODAY, hours("2")), COORDINATOR);
        f.hours().log(new HoursDraft(a.id(), ola.id(), TODAY, hours("1.25")), COORDINATOR);
        f.hours().log(new HoursDraft(b.id(), kari.id(), TODAY, hours("4")), COORDINATOR);

        EffortReport r = f.hours().forMeasure(7, TODAY.withDayOfYear(1), TODAY);
        assertEquals(new BigDecimal("3.25"), r.hours());
        assertEquals(2, r.entries());
        assertEquals(2, r.volunteers());
        assertEquals(new BigDecimal("0.00"), f.hours().forMeasure(8, TODAY.withDayOfYear(1), TODAY).hours());
        assertEquals(new BigDecimal("0.00"), f.hours().forMeasure(7, TODAY.plusDays(1), TODAY.plusDays(9)).hours());
        assertThrows(InvalidInputException.class, () -> f.hours().forMeasure(7, TODAY, TODAY.minusDays(1)));
    }

    @Test
    void aVolunteersPlacementsForCoordinatorsAndForTheContactOnlyTheirUnits() {
        Assignment heim = f.assignments().create(Samples.once(f.units().id("ALV-HO-HEIM"), TODAY, 10, 12), COORDINATOR);
        Assignment kultur = f.assignments().create(Samples.once(f.units().id("ALV-KUL-FRIV"), TODAY, 13, 15), COORDINATOR);
        Volunteer kari = active("Test Kari");
        f.assignments().assign(heim.id(), kari.id(), COORDINATOR);
        f.assignments().assign(kultur.id(), kari.id(), COORDINATOR);
        f.assignments().setContact(new UnitContact(f.units().id("ALV-HO-HEIM"), "einingsleiar", "Eining Leiar", "leiar@example.org",
                null), COORDINATOR);

        List<Placement> all = f.assignments().placementsOf(kari.id(), COORDINATOR);
        assertEquals(Set.of(heim.id(), kultur.id()), Set.copyOf(all.stream().map(Placement::assignmentId).toList()));
        assertEquals(List.of(heim.id()), f.assignments().placementsOf(kari.id(), LEADER).stream().map(Placement::assignmentId).toList(),
                "the contact of Heimetenester sees the placement there, not at the frivilligsentral");
        assertThrows(AccessDeniedException.class, () -> f.assignments().placementsOf(kari.id(), READER));
        long reads = f.audit().calls().stream().filter(c -> c.action().equals("read") && c.type().equals("Volunteer")
                && Long.valueOf(kari.id()).equals(c.id())).count();
        assertEquals(2, reads, "both reads audited");
    }
}
