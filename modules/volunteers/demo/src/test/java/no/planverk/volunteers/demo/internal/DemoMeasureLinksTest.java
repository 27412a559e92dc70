package no.planverk.volunteers.demo.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import no.planverk.volunteers.api.Assignment;
import no.planverk.volunteers.api.AssignmentQuery;
import no.planverk.platform.api.link.MeasureDirectory;
import no.planverk.platform.api.link.MeasureRef;
import no.planverk.volunteers.core.internal.VolunteersFixture;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class DemoMeasureLinksTest {

    final VolunteersFixture f = VolunteersFixture.inMemory();
    final List<MeasureRef> measures = new ArrayList<>();
    final MeasureDirectory directory = new MeasureDirectory() {
        @Override
        public List<MeasureRef> measures() {
            return List.copyOf(measures);
        }

        @Override
        public Optional<MeasureRef> find(long id) {
            return measures.stream().filter(m -> m.id() == id).findFirst();
        }
    };

    @AfterEach
    void close() {
        f.close();
    }

    @Test
    void healthAndCareAssignmentsServeTheCoordinatorPostOnceBothDemosAreThere() {
        f.directory(directory);
        assertFalse(DemoMeasureLinks.link(directory, f.assignments(), f.units()), "no assignments yet: try again");
        DemoVolunteers.load(new DemoVolunteers.Services(f.units(), f.organisations(), f.volunteers(), f.assignments(), f.hours(),
                f.transfer()), LocalDate.of(2026, 11, 25));
        assertFalse(DemoMeasureLinks.link(directory, f.assignments(), f.units()), "no measure yet: try again");
        measures.add(new MeasureRef(12, null, "3.3.1.1-a", "Handlingsplan for samhandling"));
        measures.add(new MeasureRef(13, null, "3.3.1.1-b", "Etablering av stilling som koordinator for frivillig innsats"));
        assertTrue(DemoMeasureLinks.link(directory, f.assignments(), f.units()));

        List<Assignment> all = f.assignments().list(AssignmentQuery.all());
        long ho = f.units().id("ALV-HO");
        List<String> linked = all.stream().filter(a -> a.measureId() != null).map(Assignment::title).sorted().toList();
        assertEquals(List.of("Likepersonsamtale for pårørande", "Middagsvenn", "Song og musikk på sjukeheimen", "Turvenn"), linked);
        assertTrue(all.stream().filter(a -> a.measureId() != null).allMatch(a -> a.measureId() == 13L));
        assertTrue(all.stream().filter(a -> a.unitId() == f.units().id("ALV-KUL-FRIV")).allMatch(a -> a.measureId() == null));

        Assignment one = all.stream().filter(a -> a.unitId() == ho).findFirst().orElseThrow();
        f.assignments().update(one.id(), one.version(), unlinked(one), DemoVolunteers.DEMO);
        assertTrue(DemoMeasureLinks.link(directory, f.assignments(), f.units()), "done before");
        assertEquals(null, f.assignments().find(one.id()).orElseThrow().measureId(), "a removed link stays removed");
    }

    private static no.planverk.volunteers.api.AssignmentDraft unlinked(Assignment a) {
        var d = a.draft();
        return new no.planverk.volunteers.api.AssignmentDraft(d.unitId(), d.step(), d.title(), d.description(), d.place(),
                d.organisationId(), d.schedule(), d.needed(), d.requiredChecks(), d.requiredSkills(), null);
    }
}
