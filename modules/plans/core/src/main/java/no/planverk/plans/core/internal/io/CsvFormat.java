package no.planverk.plans.core.internal.io;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import no.planverk.plans.core.internal.io.TransferDocs.GoalDoc;
import no.planverk.plans.core.internal.io.TransferDocs.GoalRow;
import no.planverk.plans.core.internal.io.TransferDocs.PlanDoc;
import no.planverk.plans.core.internal.io.TransferDocs.PlanRow;
import no.planverk.plans.core.internal.io.TransferDocs.Rows;
import no.planverk.platform.api.Message;
import no.planverk.platform.tabular.Csv;
import no.planverk.platform.tabular.Table;
import no.planverk.platform.tabular.TableRow;
import no.planverk.platform.tabular.TableSpec;
import no.planverk.platform.tabular.Tables;

/** CSV files of plans and of goals, read and written by the platform's tabular layer: the columns and the rows. */
final class CsvFormat {

    static final List<String> PLAN_COLUMNS = List.of("code", "type", "title", "unit", "responsible", "period_from", "period_to",
            "status", "status_date", "decision_ref", "decision_date", "document_url", "parent", "successor", "planned_adoption",
            "description", "serves");
    static final List<String> GOAL_COLUMNS = List.of("plan", "code", "level", "parent", "text", "sdgs", "serves", "ownership");
    static final Set<String> PLAN_REQUIRED = Set.of("code", "type", "title");
    static final Set<String> GOAL_REQUIRED = Set.of("plan", "code", "level", "text");
    static final int MAX_ROWS = Tables.MAX_ROWS;

    private CsvFormat() {
    }

    static Rows readPlans(String content) {
        Rows rows = new Rows();
        read(content, PLAN_COLUMNS, PLAN_REQUIRED, rows, (line, r) -> rows.plans.add(new PlanRow(line, null, new PlanDoc(
                r.get("code"), r.get("type"), r.get("title"), r.get("unit"), r.get("responsible"),
                year(rows, line, "period_from", r.get("period_from")), year(rows, line, "period_to", r.get("period_to")),
                r.get("status"), r.get("status_date"), r.get("decision_ref"), r.get("decision_date"), r.get("document_url"),
                r.get("parent"), r.get("successor"), r.get("planned_adoption"), r.get("description"), split(r.get("serves"), "\\|"),
                null, null, null))));
        return rows;
    }

    static Rows readGoals(String content) {
        Rows rows = new Rows();
        Map<String, Integer> positions = new HashMap<>();
        read(content, GOAL_COLUMNS, GOAL_REQUIRED, rows, (line, r) -> {
            List<Integer> sdgs = new ArrayList<>();
            for (String s : split(r.get("sdgs"), "[|,;\\s]+")) {
                try {
                    sdgs.add(Integer.valueOf(s));
                } catch (NumberFormatException e) {
                    rows.error(line, "sdgs", Message.of("plans.import.sdgs", "SDG numbers 1-17 separated by ''|'' or spaces, not ''{0}''", s));
                }
            }
            GoalDoc doc = new GoalDoc(r.get("code"), r.get("level"), r.get("text"), sdgs, r.get("serves"), r.get("ownership"),
                    List.of(), List.of(), null);
            int position = positions.merge(r.get("plan") + "\u0000" + r.get("parent"), 1, Integer::sum);
            rows.goals.add(new GoalRow(line, null, r.get("plan"), doc, r.get("parent"), null, position));
        });
        return rows;
    }

    private interface RowHandler {
        void row(int line, Map<String, String> values);
    }

    /** Reads through the platform's tabular layer (header, delimiter, limits, unterminated quote); rows to the handler. */
    private static void read(String content, List<String> known, Set<String> required, Rows rows, RowHandler handler) {
        Table table = Csv.read(content, TableSpec.of(known, required).allowingNoRows());
        table.errors().forEach(e -> rows.error(e.line(), e.column(), e.message()));
        for (TableRow row : table.rows()) {
            rows.count++;
            handler.row(row.line(), row.cells());
        }
    }

    private static Integer year(Rows rows, int line, String column, String value) {
        if (value == null) {
            return null;
        }
        try {
            return Integer.valueOf(value.strip());
        } catch (NumberFormatException e) {
            rows.error(line, column, Message.of("plans.import.year", "A year such as 2024, not ''{0}''", value));
            return null;
        }
    }

    private static List<String> split(String value, String separator) {
        return value == null ? List.of() : Arrays.stream(value.split(separator)).map(String::strip).filter(s -> !s.isEmpty()).toList();
    }

    /** Plain CSV (LF, no BOM), formula-like cells guarded by the tabular layer. */
    static String write(List<String> header, List<List<Object>> rows) {
        return Csv.write(header, rows, Csv.Style.PLAIN);
    }
}
