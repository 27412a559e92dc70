package no.planverk.measures.core.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Map;
import no.planverk.measures.api.Light;
import no.planverk.measures.api.MeasureCounts;
import no.planverk.measures.api.MeasureStatus;
import org.junit.jupiter.api.Test;

/** The counts added up from the grouped rows, with the rules the four separate counting queries had. */
class CountingTest {

    @Test
    void addsUpTheGroups() {
        String ongoing = open().id();
        String done = closed().id();
        MeasureCounts c = Counting.of(List.of(
                new Object[] {ongoing, "green", false, 2030, 5L},
                new Object[] {ongoing, "red", true, 2030, 2L}, // late: red
                new Object[] {ongoing, null, false, 2024, 3L}, // late: past its last year, no light
                new Object[] {ongoing, "yellow", false, null, 1L}, // no last year: not late
                new Object[] {done, "red", true, 2020, 4L}), // closed: neither light nor late
                2026);
        assertEquals(15, c.total());
        assertEquals(Map.of(MeasureStatus.parse(ongoing).orElseThrow(), 11L, MeasureStatus.parse(done).orElseThrow(), 4L), c.byStatus());
        assertEquals(Map.of(Light.GREEN, 5L, Light.RED, 2L, Light.YELLOW, 1L), c.byLight());
        assertEquals(5, c.late());
        assertEquals(6, c.unfunded());
    }

    private static MeasureStatus open() {
        return java.util.Arrays.stream(MeasureStatus.values()).filter(MeasureStatus::isOpen).findFirst().orElseThrow();
    }

    private static MeasureStatus closed() {
        return java.util.Arrays.stream(MeasureStatus.values()).filter(s -> !s.isOpen()).findFirst().orElseThrow();
    }
}
