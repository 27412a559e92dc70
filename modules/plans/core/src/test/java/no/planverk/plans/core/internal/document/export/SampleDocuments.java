package no.planverk.plans.core.internal.document.export;

import java.util.ArrayList;
import java.util.List;
import no.planverk.plans.api.document.BlockCell;
import no.planverk.plans.api.document.BlockChart;
import no.planverk.plans.api.document.BlockContent;
import no.planverk.plans.api.document.BlockRef;
import no.planverk.plans.api.document.BlockSeries;
import no.planverk.plans.api.document.BlockTable;
import no.planverk.plans.api.document.DocumentContent;
import no.planverk.plans.api.document.SectionContent;
import no.planverk.plans.api.document.SectionPart;

/** Documents for the export tests and the benchmark: a small one with every kind of part, and a large one. */
public final class SampleDocuments {

    public static final String HOSTILE = """
            Innspel <script>alert('xss')</script> og [klikk her](javascript:alert(1)) og
            <img src=x onerror="alert(2)"> slutt.

            <iframe src="https://evil.example"></iframe>
            """;

    private SampleDocuments() {
    }

    public static DocumentContent small() {
        List<SectionContent> s = new ArrayList<>();
        s.add(new SectionContent("1", 1, "Innleiing", List.of(new SectionPart.Text("""
                Planen gjeld **helse, sosial og omsorg** i *Alver*. Sjå [kommunen](https://www.alver.kommune.no).

                - Meistring
                - Tryggleik
                  1. heime
                  2. på institusjon

                ## Om planarbeidet

                | Fase | År |
                |------|----|
                | Oppstart | 2024 |
                """))));
        s.add(new SectionContent("1.1", 2, "Bakgrunn", List.of(new SectionPart.Text(HOSTILE))));
        s.add(new SectionContent("1.1.1", 3, "Lovverk", List.of(new SectionPart.Text("Plan- og bygningslova § 4-1."))));
        s.add(new SectionContent("2", 1, "Mål og tiltak", List.of(
                new SectionPart.Text("Måla under er henta frå planen sitt måltre."),
                new SectionPart.Block(new BlockRef("plans.goal-table", "4"), goalTable(), null))));
        s.add(new SectionContent("2.1", 2, "Utvikling", List.of(
                new SectionPart.Block(new BlockRef("forecasting.run-chart", "7"), chart(), null),
                new SectionPart.Block(new BlockRef("housing.staircase", ""), null,
                        "Bustadtrappa kan ikkje visast: modulen er ikkje installert."))));
        return new DocumentContent("Alver kommune", "Kommunedelplan for helse, sosial og omsorg", "2021-2033", s);
    }

    static BlockContent goalTable() {
        BlockTable table = new BlockTable(List.of("Kode", "Vi skal", "Dette vil vi oppnå", "Eigarskap"), List.of(
                List.of(BlockCell.of("HSO-4.1"), BlockCell.of("Fremje meistring"), BlockCell.of("Fleire bur heime"),
                        new BlockCell("Denne planen", "#2e7d32")),
                List.of(BlockCell.of("HSO-4.2"), BlockCell.of("Styrkje frivilligheit"), BlockCell.of("Fleire frivillige"),
                        new BlockCell("", "#f9a825"))));
        return new BlockContent("Måltabell", List.of(table), List.of(), "Kjelde: Planverk, 07.12.2026");
    }

    static BlockContent chart() {
        BlockChart chart = new BlockChart("Årsverk i heimetenesta", BlockChart.Kind.LINE,
                List.of("2025", "2026", "2027", "2028"),
                List.of(new BlockSeries("Normal aldring", List.of(1234.5, 1300.0, 1410.25, 1500.0)),
                        new BlockSeries("Utsett aldring", java.util.Arrays.asList(1200.0, null, 1350.0, 1400.0))),
                "årsverk");
        BlockChart bars = new BlockChart("Plassar", BlockChart.Kind.BAR, List.of("2025", "2030"),
                List.of(new BlockSeries("Institusjon", List.of(120.0, 150.0))), "plassar");
        return new BlockContent("Framskriving", List.of(), List.of(chart, bars), "Køyring 7");
    }

    /** {@code sections} sections in chapters of five, with {@code blocks} live blocks spread over them (tables and charts). */
    public static DocumentContent large(int sections, int blocks) {
        List<SectionContent> s = new ArrayList<>();
        int every = Math.max(1, sections / Math.max(1, blocks));
        int placed = 0;
        for (int i = 0; i < sections; i++) {
            int chapter = i / 5 + 1;
            boolean head = i % 5 == 0;
            String number = head ? String.valueOf(chapter) : chapter + "." + (i % 5);
            List<SectionPart> parts = new ArrayList<>();
            parts.add(new SectionPart.Text(text(i)));
            if (i % every == every - 1 && placed < blocks) {
                parts.add(new SectionPart.Block(new BlockRef("demo", String.valueOf(i)),
                        placed % 2 == 0 ? bigTable(placed) : chart(), null));
                placed++;
            }
            s.add(new SectionContent(number, head ? 1 : 2, "Seksjon " + number, parts));
        }
        return new DocumentContent("Alver kommune", "Stort plandokument", "Benchmark", s);
    }

    private static String text(int i) {
        return ("Avsnitt " + i + " om **tenestene** og *brukarane*, med ei [lenkje](https://example.org/" + i + ").\n\n"
                + "- eitt punkt\n- eit anna punkt med lengre tekst som går over fleire ord og kanskje fleire liner\n\n")
                .repeat(3);
    }

    private static BlockContent bigTable(int n) {
        List<List<BlockCell>> rows = new ArrayList<>();
        for (int r = 0; r < 30; r++) {
            rows.add(List.of(BlockCell.of("M-" + n + "." + r), BlockCell.of("Tiltak nummer " + r + " i blokk " + n),
                    new BlockCell("Grøn", "#2e7d32"), BlockCell.of("1 250 000"), BlockCell.of("2026-2028")));
        }
        return new BlockContent("Tiltak " + n, List.of(new BlockTable(List.of("Kode", "Tiltak", "Status", "Kostnad", "År"),
                rows)), List.of(), "");
    }
}
