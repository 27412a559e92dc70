package no.planverk.measures.core.internal;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.function.Supplier;
import no.planverk.measures.api.FollowUpReport;
import no.planverk.platform.api.transfer.ImportSummary;
import no.planverk.measures.api.Light;
import no.planverk.measures.api.MeasureQuery;
import no.planverk.measures.api.MeasureStatus;
import no.planverk.measures.api.ReportDraft;
import no.planverk.measures.api.ReportPeriod;
import no.planverk.measures.api.TransferFormat;
import no.planverk.measures.core.internal.persistence.MeasureEntity;
import no.planverk.measures.core.internal.persistence.ReportEntity;
import no.planverk.platform.api.Role;
import no.planverk.platform.api.UserContext;
import org.junit.jupiter.api.Test;

/**
 * Not a test: the measures benchmark (bench/measures.sh runs it). 50 000 measures in 100 plans of
 * 500 each, 200 000 reports, Derby on disk; times grid pages and the annual report of the 500-measure plan.
 * Prints a Markdown table; server work only, no HTTP.
 */
class MeasuresBench {

    static final UserContext PLANNER = UserContext.of("bench", Role.PLANNER);
    static final String[] UNITS = {"ALV-HO", "ALV-HO-HEIM", "ALV-KUL", "BRG-UH", "BRG-BEHO"};

    @Test
    void run() throws Exception {
        Path dir = Files.createTempDirectory("planverk-bench");
        try (MeasuresFixture f = MeasuresFixture.onDisk(dir.resolve("db"))) {
            long t0 = System.nanoTime();
            ImportSummary s = f.transfer().importData(TransferFormat.CSV, csv(), PLANNER);
            if (!s.committed()) {
                throw new IllegalStateException(s.errors().toString());
            }
            double importSeconds = (System.nanoTime() - t0) / 1e9;
            t0 = System.nanoTime();
            int reports = insertReports(f);
            double reportSeconds = (System.nanoTime() - t0) / 1e9;
            long big = f.measures().list(new MeasureQuery(null, null, null, null, null, null, null, null, "Benchplan 0 ", null, 0, 1))
                    .total();
            List<String[]> rows = new ArrayList<>();
            rows.add(new String[] {"import 50 000 measures (CSV, one transaction)", String.format(Locale.ROOT, "%.1f s", importSeconds)});
            rows.add(new String[] {"insert " + reports + " reports (bench only, batched)", String.format(Locale.ROOT, "%.1f s", reportSeconds)});
            rows.add(time("grid: first page of 50, all measures", () -> f.measures().list(MeasureQuery.all().page(0, 50))));
            rows.add(time("grid: page 500 of 50, sorted by title", () -> f.measures().list(new MeasureQuery(null, null, null, null, null,
                    null, null, null, null, "title", 25_000, 50))));
            rows.add(time("grid: unit ALV-HO with sub-units, year 2026, red", () -> f.measures().list(new MeasureQuery(null, null,
                    f.units().id("ALV-HO"), 2026, null, Light.RED, null, null, null, null, 0, 50))));
            rows.add(time("grid: text search 'koordinator'", () -> f.measures().list(new MeasureQuery(null, null, null, null, null, null,
                    null, null, "koordinator", null, 0, 50))));
            rows.add(time("grid: needs attention", () -> f.measures().list(new MeasureQuery(null, null, null, null, null, null, null,
                    true, null, null, 0, 50))));
            rows.add(time("dashboard counts", () -> f.measures().counts(null)));
            long one = f.measures().list(MeasureQuery.all().page(0, 1)).items().get(0).id();
            rows.add(time("measure page: one measure and its 4 reports", () -> f.measures().find(one).orElseThrow().id()
                    + f.measures().reports(one).size()));
            FollowUpReport[] report = new FollowUpReport[1];
            rows.add(time("annual report of a plan with 500 measures (data)", () -> report[0] = f.reports().build(null, "Benchplan 0", 2026)));
            rows.add(time("annual report of a plan with 500 measures (PDF)", () -> f.reports().pdf(report[0], Locale.ROOT)));
            System.out.println();
            System.out.println("| measures bench: 50 000 measures (" + big + " in the report plan), 200 000 reports | median of 9 (min) |");
            System.out.println("|---|---|");
            rows.forEach(r -> System.out.println("| " + r[0] + " | " + r[1] + " |"));
            System.out.println("| PDF size for 500 measures | " + f.reports().pdf(report[0], Locale.ROOT).length / 1024 + " KiB |");
        }
    }

    static byte[] csv() {
        StringBuilder b = new StringBuilder("plan,number,title,units,from_year,to_year,cost_2026,funding_2026,goal_text\n");
        int n = 0;
        for (int p = 0; p < 100; p++) {
            int count = 500;
            for (int i = 1; i <= count && n < 50_000; i++, n++) {
                b.append("Benchplan ").append(p).append(',').append(i).append(",Tiltak ").append(i).append(i % 97 == 0 ? " koordinator" : "")
                        .append(" i plan ").append(p).append(',').append(UNITS[n % UNITS.length]).append(',').append(2023 + n % 4).append(',')
                        .append(2026 + n % 3).append(',').append(n % 5 == 0 ? "" : String.valueOf(10_000 * (n % 50))).append(',')
                        .append(n % 7 == 0 ? "not-funded" : "funded").append(",Mål ").append(n % 20).append('\n');
            }
        }
        return b.toString().getBytes(StandardCharsets.UTF_8);
    }

    /** Four reports per measure, written in batches of 2 000 as the service would write them one by one. */
    static int insertReports(MeasuresFixture f) {
        List<Long> ids = f.jpa().txExpr(org.apache.aries.jpa.template.TransactionType.Required,
                em -> em.createQuery("select m.id from MeasureEntity m order by m.id", Long.class).getResultList());
        int written = 0;
        Light[] lights = Light.values();
        for (int from = 0; from < ids.size(); from += 500) {
            List<Long> chunk = ids.subList(from, Math.min(ids.size(), from + 500));
            f.jpa().txExpr(org.apache.aries.jpa.template.TransactionType.Required, em -> {
                for (long id : chunk) {
                    for (int part = 1; part <= 3; part++) {
                        em.persist(new ReportEntity(id, new ReportDraft(new ReportPeriod(2025, part), MeasureStatus.ONGOING, 30 * part,
                                lights[(int) (id + part) % 3], "Rapport " + part, 1000L), "bench", Instant.now()));
                    }
                    em.persist(new ReportEntity(id, new ReportDraft(new ReportPeriod(2026, 1), MeasureStatus.ONGOING, 95,
                            lights[(int) id % 3], "Rapport 2026", 500L), "bench", Instant.now()));
                    em.find(MeasureEntity.class, id).report(MeasureStatus.ONGOING, 95, lights[(int) id % 3], new ReportPeriod(2026, 1), "Rapport");
                }
                return null;
            });
            written += chunk.size() * 4;
        }
        return written;
    }

    static String[] time(String what, Supplier<?> work) {
        for (int i = 0; i < 3; i++) {
            work.get();
        }
        long[] ns = new long[9];
        for (int i = 0; i < ns.length; i++) {
            long t = System.nanoTime();
            work.get();
            ns[i] = System.nanoTime() - t;
        }
        Arrays.sort(ns);
        return new String[] {what, String.format(Locale.ROOT, "%.0f ms (%.0f)", ns[4] / 1e6, ns[0] / 1e6)};
    }
}
