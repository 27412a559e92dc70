package no.planverk.plans.core.internal.indicators;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;
import no.planverk.plans.api.Indicator;
import no.planverk.plans.api.IndicatorImport;
import no.planverk.plans.api.IndicatorSource;
import no.planverk.platform.api.AuditLog;
import no.planverk.platform.api.PlanverkException;
import no.planverk.platform.api.UserContext;
import no.planverk.platform.api.stats.FetchedTable;
import no.planverk.platform.api.stats.StatisticsFetch;
import no.planverk.platform.api.stats.StatisticsUnavailableException;

/**
 * An indicator's table fetched through the platform's {@link StatisticsFetch}: the selection built from its source, and
 * every attempt audited as {@value #TYPE} (the table id; the address, SSB's status, bytes, outcome and the indicator).
 */
final class IndicatorFetch {

    static final String TYPE = "SSB table";

    /** What the audit trail keeps of a fetch. */
    record Fetched(String url, int status, long bytes, String outcome, long indicatorId) {
    }

    private IndicatorFetch() {
    }

    /**
     * PxWebApi v2 parameters from the source: {@code valueCodes[ContentsCode]}, {@code valueCodes[Region]} (unless a fixed
     * category already names a dimension with "region" in its id, as KOSTRA's {@code KOKkommuneregion0000}), each fixed
     * category by its dimension id, and every year ({@code valueCodes[Tid]=*}). Codes are percent-encoded, so a code such
     * as {@code 080+} reaches SSB as written.
     */
    static String selection(IndicatorSource s) {
        List<String> parts = new ArrayList<>();
        if (s.contents() != null) {
            parts.add(param("ContentsCode", s.contents()));
        }
        boolean regionNamed = s.categories().keySet().stream().anyMatch(k -> k.toLowerCase(Locale.ROOT).contains("region"));
        if (s.region() != null && !regionNamed) {
            parts.add(param("Region", s.region()));
        }
        s.categories().forEach((k, v) -> parts.add(param(k, v)));
        parts.add("valueCodes[Tid]=*");
        return String.join("&", parts);
    }

    private static String param(String dimension, String code) {
        return "valueCodes[" + URLEncoder.encode(dimension, StandardCharsets.UTF_8) + "]=" + URLEncoder.encode(code, StandardCharsets.UTF_8);
    }

    /** Fetches the indicator's table and hands the bytes to {@code importer}; the attempt and its outcome are audited. */
    static IndicatorImport fetch(StatisticsFetch statistics, AuditLog audit, Indicator i, UserContext by,
            Function<byte[], IndicatorImport> importer) {
        String table = i.source().table();
        FetchedTable answer;
        try {
            answer = statistics.fetch(table, selection(i.source()), by);
        } catch (StatisticsUnavailableException e) {
            audit.record(by, "fetch", TYPE, table, null, new Fetched(e.address().toString(), e.status(), 0, e.outcome(), i.id()));
            throw e;
        }
        String url = answer.address().toString();
        try {
            IndicatorImport done = importer.apply(answer.body());
            audit.record(by, "fetch", TYPE, answer.table(), null, new Fetched(url, 200, answer.body().length, "imported", i.id()));
            return done;
        } catch (PlanverkException e) {
            audit.record(by, "fetch", TYPE, answer.table(), null,
                    new Fetched(url, 200, answer.body().length, "not imported: " + e.getClass().getSimpleName(), i.id()));
            throw e;
        }
    }
}
