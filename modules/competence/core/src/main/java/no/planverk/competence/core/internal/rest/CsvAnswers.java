package no.planverk.competence.core.internal.rest;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import no.planverk.competence.api.FulltimeReport;
import no.planverk.competence.api.FulltimeYear;
import no.planverk.competence.api.Gap;
import no.planverk.competence.api.GapReport;
import no.planverk.competence.api.RetirementProjection;
import no.planverk.competence.api.RetirementYear;
import no.planverk.platform.api.ApiResponse;
import no.planverk.platform.tabular.Csv;

/** Gaps, full-time trend and retirements as CSV for a spreadsheet (?format=csv): decimal point, two decimals. */
final class CsvAnswers {

    private CsvAnswers() {
    }

    static ApiResponse gaps(GapReport r) {
        List<Map<String, String>> rows = new ArrayList<>();
        for (Gap g : r.gaps()) {
            rows.add(row("year", String.valueOf(r.year()), "unit", g.unitCode(), "unit_name", g.unitName(), "category", g.category().id(),
                    "unit_fte", n(g.unitFte()), "required_fte", n(g.requiredFte()), "available_fte", n(g.availableFte()), "gap", n(g.gap()),
                    "statutory", String.valueOf(g.statutory()), "deviation", String.valueOf(g.deviation()), "reference", g.reference()));
        }
        return file(rows, "kompetansegap.csv");
    }

    static ApiResponse fulltime(FulltimeReport r) {
        List<Map<String, String>> rows = new ArrayList<>();
        for (FulltimeYear y : r.trend()) {
            rows.add(row("year", String.valueOf(y.stats().year()), "unit", y.stats().unitCode(), "positions",
                    String.valueOf(y.stats().positions()), "fte", n(y.stats().fte()), "full_time_share", n(y.stats().fullTimeShare()),
                    "average_percent", n(y.stats().averagePercent()), "temporary_share", n(y.stats().temporaryShare()), "target_share",
                    n(y.targetShare()), "national_share", n(y.nationalShare()), "national_average", n(y.nationalAverage())));
        }
        return file(rows, "heiltid.csv");
    }

    static ApiResponse retirements(RetirementProjection p) {
        List<Map<String, String>> rows = new ArrayList<>();
        List<RetirementYear> all = new ArrayList<>(p.categories());
        all.addAll(p.totals());
        for (RetirementYear y : all) {
            rows.add(row("year", String.valueOf(y.year()), "category", y.category() == null ? "all" : y.category().id(), "retirements",
                    n(y.retirements()), "leavers", n(y.leavers()), "recruitment_need", n(y.recruitmentNeed()), "projected_fte",
                    n(y.projectedFte())));
        }
        return file(rows, "avgang.csv");
    }

    private static ApiResponse file(List<Map<String, String>> rows, String name) {
        List<String> columns = rows.isEmpty() ? List.of() : List.copyOf(rows.get(0).keySet());
        return ApiResponse.bytes("text/csv;charset=UTF-8", Csv.writeMaps(columns, rows, Csv.Style.EXCEL).getBytes(StandardCharsets.UTF_8), name);
    }

    private static Map<String, String> row(String... pairs) {
        Map<String, String> out = new LinkedHashMap<>();
        for (int i = 0; i < pairs.length; i += 2) {
            out.put(pairs[i], pairs[i + 1]);
        }
        return out;
    }

    private static String n(Double d) {
        return d == null ? null : String.format(Locale.ROOT, "%.2f", d);
    }
}
