package no.planverk.forecasting.core.internal.staircase;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import java.util.Map;
import no.planverk.forecasting.api.staircase.Staircase;
import no.planverk.forecasting.api.staircase.StaircaseStep;
import no.planverk.platform.api.AccessDeniedException;
import no.planverk.platform.api.InvalidInputException;
import no.planverk.platform.api.Role;
import no.planverk.platform.api.StaleVersionException;
import no.planverk.platform.api.UserContext;
import no.planverk.platform.testing.LocalJpaTemplate;
import no.planverk.platform.testing.RecordingAudit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class StaircaseServiceImplTest {

    private static final UserContext PLANNER = UserContext.of("planlegg", Role.PLANNER);
    private final LocalJpaTemplate jpa = LocalJpaTemplate.inMemory("planverk-forecasting-test");
    private final RecordingAudit audit = new RecordingAudit();
    private final StaircaseServiceImpl service = StaircaseServiceImpl.of(jpa, audit);

    @AfterEach
    void close() {
        jpa.close();
    }

    @Test
    void isTheSeededStaircaseUntilSaved() {
        Staircase s = service.staircase();
        assertEquals(0, s.version());
        assertEquals(10, s.steps().size());
        assertEquals(List.of(1, 1, 1, 2, 2, 2, 3, 3, 4, 4), s.steps().stream().map(StaircaseStep::category).toList());
        assertEquals(7, s.stepOf("Heimetenester").orElseThrow().number());
        assertEquals(10, s.stepOf("heildøgns omsorg").orElseThrow().number());
    }

    @Test
    void savesAndReadsBackWithVersionCheck() {
        Staircase first = service.update(0, List.of(new StaircaseStep(1, 1, "Møteplass; kafé"), new StaircaseStep(2, 4, "Sjukeheim")),
                Map.of("sjukeheim", 2), PLANNER);
        Staircase read = service.staircase();
        assertEquals(first, read);
        assertEquals("Møteplass; kafé", read.steps().get(0).name());
        assertEquals(2, read.stepOf("Sjukeheim").orElseThrow().number());
        assertEquals(1, audit.calls().size());

        assertThrows(StaleVersionException.class, () -> service.update(0, read.steps(), Map.of(), PLANNER));
        Staircase second = service.update(read.version(), read.steps(), Map.of(), PLANNER);
        assertEquals(Map.of(), service.staircase().services());
        assertEquals(second.version(), service.staircase().version());
    }

    @Test
    void refusesReadersAndBadStaircases() {
        assertThrows(AccessDeniedException.class,
                () -> service.update(0, SeededStaircase.STEPS, Map.of(), UserContext.of("lesar", Role.READER)));
        assertThrows(InvalidInputException.class, () -> service.update(0, List.of(new StaircaseStep(1, 4, "A"), new StaircaseStep(2, 1, "B")),
                Map.of(), PLANNER));
        assertThrows(InvalidInputException.class, () -> service.update(0, SeededStaircase.STEPS, Map.of("sjukeheim", 11), PLANNER));
        assertEquals(0, service.staircase().version());
    }
}
