package no.planverk.volunteers.ui.internal;

import static no.planverk.volunteers.ui.internal.VolTexts.t;

import java.util.List;
import java.util.function.Function;
import no.planverk.platform.api.Fields;
import no.planverk.volunteers.api.EffortReport;

/** The effort report as CSV for a spreadsheet: semicolons and decimal commas, one block per kind of total. */
final class ReportCsv {

    private ReportCsv() {
    }

    static String write(EffortReport r, Function<EffortReport.Total, String> step, Function<String, String> month) {
        StringBuilder out = new StringBuilder();
        out.append(t("csv.header")).append("\r\n");
        out.append(line(t("csv.all"), "", r.from() + "–" + r.to(), r.hours(), r.entries()));
        block(out, t("csv.unit"), r.byUnit(), EffortReport.Total::name);
        block(out, t("csv.organisation"), r.byOrganisation(), x -> "none".equals(x.key()) ? t("report.noOrganisation") : x.name());
        block(out, t("csv.step"), r.byStep(), step);
        block(out, t("csv.month"), r.byMonth(), x -> month.apply(x.key()));
        return out.toString();
    }

    private static void block(StringBuilder out, String kind, List<EffortReport.Total> rows, Function<EffortReport.Total, String> name) {
        for (EffortReport.Total x : rows) {
            out.append(line(kind, x.key(), name.apply(x), x.hours(), x.entries()));
        }
    }

    private static String line(String kind, String key, String name, java.math.BigDecimal hours, int entries) {
        return cell(kind) + ";" + cell(key) + ";" + cell(name) + ";" + hours.stripTrailingZeros().toPlainString().replace('.', ',') + ";"
                + entries + "\r\n";
    }

    /** Quoted where needed; text a spreadsheet would run as a formula (= + - @) gets a leading apostrophe. */
    private static String cell(String s) {
        String v = s == null ? "" : s;
        if (Fields.formulaLike(v)) {
            v = "'" + v;
        }
        return v.contains(";") || v.contains("\"") || v.contains("\n") ? "\"" + v.replace("\"", "\"\"") + "\"" : v;
    }
}
