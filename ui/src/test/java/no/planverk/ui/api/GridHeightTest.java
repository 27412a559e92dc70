package no.planverk.ui.api;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.vaadin.flow.component.grid.Grid;
import org.junit.jupiter.api.Test;

class GridHeightTest {

    @Test
    void aShortListShowsEveryRowAndALongOneMostOfTheWindow() {
        Grid<String> grid = new Grid<>();
        grid.setHeight("12em");
        GridHeight.fit(grid, 50);
        assertTrue(grid.isAllRowsVisible());
        assertNull(grid.getHeight(), "no fixed box");
        GridHeight.fit(grid, 51);
        assertFalse(grid.isAllRowsVisible());
        assertEquals("75vh", grid.getHeight());
    }
}
