package no.planverk.forecasting.core.internal.persistence;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import org.junit.jupiter.api.Test;

/** The scenario ids keep the column's old form ("normal,delayed"), so existing databases read as before. */
class ScenarioListTest {

    private final ScenarioList list = new ScenarioList();

    @Test
    void keepsTheOldColumnForm() {
        assertEquals("normal,delayed,welfare-tech", list.convertToDatabaseColumn(List.of("normal", "delayed", "welfare-tech")));
        assertEquals(List.of("normal", "delayed", "welfare-tech"), list.convertToEntityAttribute("normal,delayed,welfare-tech"));
        assertEquals(List.of("normal"), list.convertToEntityAttribute("normal"));
        assertEquals(List.of(), list.convertToEntityAttribute(""));
    }

    @Test
    void refusesAnIdThatWouldBeSplit() {
        assertThrows(IllegalArgumentException.class, () -> list.convertToDatabaseColumn(List.of("normal", "a,b")));
        assertThrows(IllegalArgumentException.class, () -> list.convertToDatabaseColumn(List.of("")));
    }
}
