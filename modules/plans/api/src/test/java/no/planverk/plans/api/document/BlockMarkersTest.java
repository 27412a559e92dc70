package no.planverk.plans.api.document;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class BlockMarkersTest {

    @Test
    void aMarkerIsALineOfItsOwn() {
        assertEquals(Optional.of(new BlockRef("plans.goal-table", "plan:12")), BlockMarkers.parse("{{block plans.goal-table plan:12}}"));
        assertEquals(Optional.of(new BlockRef("measures.list", "")), BlockMarkers.parse("  {{block  measures.list }}  "));
        assertEquals(Optional.empty(), BlockMarkers.parse("Sjå {{block plans.goal-table 12}} under"));
        assertEquals(Optional.empty(), BlockMarkers.parse("{{block plans.goal-table 12 13}}"));
        assertEquals(Optional.empty(), BlockMarkers.parse("    {{block plans.goal-table 12}}"), "four spaces: a code block");
        assertEquals("{{block plans.goal-table plan:12}}", BlockMarkers.marker(new BlockRef("plans.goal-table", "plan:12")));
        assertEquals("{{block measures.list}}", BlockMarkers.marker(new BlockRef("measures.list", null)));
    }

    @Test
    void textIsCutAtMarkersButNotInsideFences() {
        List<SectionPart> parts = BlockMarkers.split("Innleiing.\r\n\r\n{{block plans.goal-table plan:1}}\nMellom.\n"
                + "{{block plans.indicator-trend 4}}\n\n```\n{{block plans.goal-table plan:1}}\n```\n~~~\n```\n{{block x}}\n~~~\n");
        assertEquals(List.of(new SectionPart.Text("Innleiing."), new SectionPart.Block(new BlockRef("plans.goal-table", "plan:1"), null, null),
                new SectionPart.Text("Mellom."), new SectionPart.Block(new BlockRef("plans.indicator-trend", "4"), null, null),
                new SectionPart.Text("```\n{{block plans.goal-table plan:1}}\n```\n~~~\n```\n{{block x}}\n~~~")), parts);
        assertEquals(List.of(new BlockRef("plans.goal-table", "plan:1"), new BlockRef("plans.indicator-trend", "4")),
                BlockMarkers.blocks("Innleiing.\n{{block plans.goal-table plan:1}}\n{{block plans.indicator-trend 4}}"));
        assertEquals(List.of(), BlockMarkers.split(null));
        assertEquals(List.of(new SectionPart.Text("    kode\nmeir")), BlockMarkers.split("\n\n    kode\nmeir\n\n"));
    }
}
