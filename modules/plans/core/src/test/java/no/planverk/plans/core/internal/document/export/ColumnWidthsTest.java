package no.planverk.plans.core.internal.document.export;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import java.util.List;
import no.planverk.plans.api.document.BlockCell;
import no.planverk.plans.api.document.BlockTable;
import org.junit.jupiter.api.Test;

class ColumnWidthsTest {

    @Test
    void aCodeColumnIsNarrowerThanATextColumnButHoldsItsLongestWord() {
        BlockTable goals = new BlockTable(List.of("Kode", "Vi skal", "Slik skal vi gjere det"), List.of(
                List.of(new BlockCell("Hovudmål 1", "#2e7d32"), BlockCell.of("Alver er eit berekraftig samfunn med attraktive senter"
                        + " og levande bygder og grender"), BlockCell.of("")),
                List.of(BlockCell.of("1.1.1"), BlockCell.of("Vi skal ha ein tredelt senterstruktur"), BlockCell.of(""))));
        int[] share = ColumnWidths.percent(goals);
        assertEquals(100, Arrays.stream(share).sum());
        assertTrue(share[0] < share[1], Arrays.toString(share));
        assertTrue(share[0] >= 12, "room for 'Hovudmål' and its marker: " + Arrays.toString(share));
        assertTrue(share[2] >= 12, "an empty column keeps room for its header: " + Arrays.toString(share));
    }
}
