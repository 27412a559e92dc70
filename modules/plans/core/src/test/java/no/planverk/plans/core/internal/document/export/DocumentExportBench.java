package no.planverk.plans.core.internal.document.export;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import no.planverk.plans.api.document.DocumentContent;
import no.planverk.plans.api.document.DocumentFormat;
import org.junit.jupiter.api.Test;

/**
 * Not a test: the document export benchmark (bench/documents.sh runs it). A 50-section document with 10 live
 * blocks (5 tables of 30 rows, 5 blocks of two charts) exported to each format: after warm-up, best and median of
 * 9 runs. Prints a Markdown table.
 */
class DocumentExportBench {

    static final int RUNS = 9;

    @Test
    void run() {
        DocumentRendererImpl renderer = new DocumentRendererImpl();
        DocumentContent doc = SampleDocuments.large(50, 10);
        Locale nn = Locale.forLanguageTag("nn-NO");
        System.out.println("| format (50 sections, 10 live blocks) | first call | best | median | size |");
        System.out.println("|---|---|---|---|---|");
        for (DocumentFormat format : List.of(DocumentFormat.PDF, DocumentFormat.DOCX, DocumentFormat.HTML)) {
            long t0 = System.nanoTime();
            int size = renderer.render(doc, format, nn).length;
            double first = (System.nanoTime() - t0) / 1e6;
            List<Double> times = new ArrayList<>();
            for (int i = 0; i < RUNS; i++) {
                long t = System.nanoTime();
                renderer.render(doc, format, nn);
                times.add((System.nanoTime() - t) / 1e6);
            }
            double[] sorted = times.stream().mapToDouble(Double::doubleValue).sorted().toArray();
            System.out.println(String.format(Locale.ROOT, "| %s | %.0f ms | %.0f ms | %.0f ms | %d KiB |", format, first,
                    sorted[0], sorted[sorted.length / 2], size / 1024));
            if (Arrays.stream(sorted).anyMatch(Double::isNaN)) {
                throw new IllegalStateException();
            }
        }
    }
}
