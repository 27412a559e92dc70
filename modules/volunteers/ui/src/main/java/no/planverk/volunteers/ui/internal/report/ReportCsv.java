package no.planverk.volunteers.ui.internal.report;

import static no.planverk.volunteers.ui.internal.VolTexts.t;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.function.Function;
import no.planverk.platform.tabular.Csv;
import no.planverk.volunteers.api.EffortReport;

/** The effort report as CSV for a spreadsheet: semicolons and decimal commas, one block per kind of total. */
final class ReportCsv {

    private ReportCsv() {
    }

    static String write(EffortReport r, Function<EffortReport.Total, String> step, Function<String, String> month) {
        List<List<?>> rows = new ArrayList<>();
        rows.add(line(t("csv.all"), "", r.from() + "–" + r.to(), r.hours(), r.entries()));
        block(rows, t("csv.unit"), r.byUnit(), EffortReport.Total::name);
        block(rows, t("csv.organisation"), r.byOrganisation(), x -> "none".equals(x.key()) ? t("report.noOrganisation") : x.name());
        block(rows, t("csv.step"), r.byStep(), step);
        block(rows, t("csv.month"), r.byMonth(), x -> month.apply(x.key()));
        return Csv.write(List.of(t("csv.header").split(";")), rows, Csv.Style.SEMICOLON);
    }

    private static void block(List<List<?>> rows, String kind, List<EffortReport.Total> totals, Function<EffortReport.Total, String> name) {
        for (EffortReport.Total x : totals) {
            rows.add(line(kind, x.key(), name.apply(x), x.hours(), x.entries()));
        }
    }

    /** Hours with a decimal comma, as the Norwegian spreadsheet reads them. */
    private static List<?> line(String kind, String key, String name, java.math.BigDecimal hours, int entries) {
        return Arrays.asList(kind, key, name, hours.stripTrailingZeros().toPlainString().replace('.', ','), entries);
    }
}
