package no.planverk.plans.core.internal;

import java.io.IOException;
import java.io.StringReader;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import no.planverk.plans.core.internal.TransferDocs.GoalDoc;
import no.planverk.plans.core.internal.TransferDocs.GoalRow;
import no.planverk.plans.core.internal.TransferDocs.PlanDoc;
import no.planverk.plans.core.internal.TransferDocs.PlanRow;
import no.planverk.plans.core.internal.TransferDocs.Rows;
import no.planverk.platform.api.Fields;
import no.planverk.platform.api.Message;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVPrinter;
import org.apache.commons.csv.CSVRecord;

/** CSV files of plans and of goals (UTF-8, comma or semicolon, header row). */
final class CsvFormat {

    static final List<String> PLAN_COLUMNS = List.of("code", "type", "title", "unit", "responsible", "period_from", "period_to",
            "status", "status_date", "decision_ref", "decision_date", "document_url", "parent", "successor", "planned_adoption",
            "description", "serves");
    static final List<String> GOAL_COLUMNS = List.of("plan", "code", "level", "parent", "text", "sdgs", "serves", "ownership");
    static final Set<String> PLAN_REQUIRED = Set.of("code", "type", "title");
    static final Set<String> GOAL_REQUIRED = Set.of("plan", "code", "level", "text");
    /** Cells starting with these are formulas to a spreadsheet: exported with a leading apostrophe. */
    static final int MAX_ROWS = 200_000;

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

    private static void read(String content, List<String> known, Set<String> required, Rows rows, RowHandler handler) {
        String text = content.startsWith("\uFEFF") ? content.substring(1) : content;
        if (text.isBlank()) {
            rows.error(1, null, Message.of("plans.import.empty", "The file is empty; it needs a header row: {0}", String.join(",", known)));
            return;
        }
        String firstLine = text.lines().findFirst().orElse("");
        char delimiter = count(firstLine, ';') > count(firstLine, ',') ? ';' : ',';
        CSVFormat format = CSVFormat.DEFAULT.builder().setDelimiter(delimiter).setHeader().setSkipHeaderRecord(true)
                .setIgnoreEmptyLines(true).setTrim(true).get();
        int last = 0;
        try (CSVParser parser = CSVParser.parse(new StringReader(text), format)) {
            List<String> header = parser.getHeaderNames().stream().map(h -> h.strip().toLowerCase(java.util.Locale.ROOT)).toList();
            last = 1;
            for (String h : header) {
                if (!known.contains(h)) {
                    rows.error(1, h, Message.of("plans.import.column.unknown", "Unknown column ''{0}''; the columns are {1}", h,
                            String.join(",", known)));
                }
            }
            for (String r : required) {
                if (!header.contains(r)) {
                    rows.error(1, r, Message.of("plans.import.column.missing", "The column ''{0}'' is missing (delimiter found: ''{1}'')", r,
                            String.valueOf(delimiter)));
                }
            }
            if (!rows.errors.isEmpty()) {
                return;
            }
            for (CSVRecord record : parser) {
                int line = (int) parser.getCurrentLineNumber();
                last = line;
                if (++rows.count > MAX_ROWS) {
                    rows.error(line, null, Message.of("plans.import.tooManyRows", "More than {0} rows; split the file", String.valueOf(MAX_ROWS)));
                    return;
                }
                if (record.size() != header.size()) {
                    rows.error(line, null, Message.of("plans.import.row.width", "The row has {0} cells, the header {1}", String.valueOf(record.size()),
                            String.valueOf(header.size())));
                    continue;
                }
                Map<String, String> values = new HashMap<>();
                for (int i = 0; i < header.size(); i++) {
                    values.put(header.get(i), unescape(record.get(i)));
                }
                handler.row(line, values);
            }
        } catch (IOException | UncheckedIOException | IllegalArgumentException | IllegalStateException e) {
            // the bad record starts after the last good one (an unterminated quote runs to the end of the file)
            rows.error(last + 1, null, Message.of("plans.import.csv.invalid", "The file is not valid CSV from this line on: {0}",
                    String.valueOf(e.getCause() != null ? e.getCause().getMessage() : e.getMessage())));
        }
    }

    private static int count(String s, char c) {
        return (int) s.chars().filter(ch -> ch == c).count();
    }

    private static String unescape(String cell) {
        if (cell == null || cell.isEmpty()) {
            return null;
        }
        return Fields.unguarded(cell);
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

    static String write(List<String> header, List<List<Object>> rows) {
        StringWriter out = new StringWriter();
        try (CSVPrinter printer = new CSVPrinter(out, CSVFormat.DEFAULT.builder().setRecordSeparator("\n").get())) {
            printer.printRecord(header);
            for (List<Object> row : rows) {
                printer.printRecord(row.stream().map(CsvFormat::escape).toList());
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toString();
    }

    private static String escape(Object value) {
        if (value == null) {
            return "";
        }
        String s = value.toString();
        return Fields.formulaLike(s) ? "'" + s : s;
    }
}
