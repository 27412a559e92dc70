package no.planverk.ui.api;

import com.vaadin.flow.component.grid.Grid;

/**
 * A grid on a page that scrolls: a short list shows all its rows (the page scrolls, not a box in it), a long
 * one gets most of the window, never a fixed box of four rows.
 */
public final class GridHeight {

    /** Lists up to this long show every row. */
    public static final int ALL_ROWS = 50;
    /** The height of a longer list. */
    public static final String MOST_OF_WINDOW = "75vh";

    private GridHeight() {
    }

    /** Sizes {@code grid} for {@code rows} rows; call again when the count changes. */
    public static void fit(Grid<?> grid, long rows) {
        boolean all = rows <= ALL_ROWS;
        grid.setAllRowsVisible(all);
        grid.setHeight(all ? null : MOST_OF_WINDOW);
    }
}
