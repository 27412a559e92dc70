package no.planverk.plans.core.internal;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.JsonMappingException;
import java.io.IOException;
import java.util.List;
import no.planverk.plans.core.internal.TransferDocs.FileDoc;
import no.planverk.plans.core.internal.TransferDocs.GoalDoc;
import no.planverk.plans.core.internal.TransferDocs.GoalRow;
import no.planverk.plans.core.internal.TransferDocs.PlanDoc;
import no.planverk.plans.core.internal.TransferDocs.PlanRow;
import no.planverk.plans.core.internal.TransferDocs.Rows;

/** The JSON file: {@code {"format": "planverk-plans", "version": 1, "plans": [...]}}, read plan by plan. */
final class JsonFormat {

    private JsonFormat() {
    }

    static Rows read(String content) {
        Rows rows = new Rows();
        try (JsonParser p = JsonMapper.MAPPER.createParser(content)) {
            if (p.nextToken() != JsonToken.START_OBJECT) {
                rows.error(1, null, "A JSON file of plans is an object: {\"format\": \"" + TransferDocs.FORMAT + "\", \"version\": 1, \"plans\": [...]}");
                return rows;
            }
            boolean sawPlans = false;
            while (p.nextToken() == JsonToken.FIELD_NAME) {
                String field = p.currentName();
                JsonToken value = p.nextToken();
                switch (field) {
                    case "format" -> {
                        if (!TransferDocs.FORMAT.equals(p.getValueAsString())) {
                            rows.error(line(p), "format", "The format must be \"" + TransferDocs.FORMAT + "\", not " + p.getText());
                        }
                    }
                    case "version" -> {
                        if (p.getValueAsInt(-1) != TransferDocs.VERSION) {
                            rows.error(line(p), "version", "This Planverk reads version " + TransferDocs.VERSION + " files, not " + p.getText());
                        }
                    }
                    case "plans" -> {
                        sawPlans = true;
                        readPlans(p, value, rows);
                    }
                    default -> {
                        rows.error(line(p), field, "Unknown field '" + field + "'; a file has format, version and plans");
                        p.skipChildren();
                    }
                }
            }
            if (!sawPlans) {
                rows.error(1, "plans", "The file has no \"plans\" list");
            }
        } catch (JsonMappingException e) {
            rows.error(e.getLocation() == null ? 1 : e.getLocation().getLineNr(), e.getPathReference(), "Wrong value: " + e.getOriginalMessage());
        } catch (JsonProcessingException e) {
            rows.error(e.getLocation() == null ? 1 : e.getLocation().getLineNr(), null, "The file is not valid JSON: " + e.getOriginalMessage());
        } catch (IOException e) {
            rows.error(1, null, "The file could not be read: " + e.getMessage());
        }
        return rows;
    }

    private static void readPlans(JsonParser p, JsonToken start, Rows rows) throws IOException {
        if (start != JsonToken.START_ARRAY) {
            rows.error(line(p), "plans", "\"plans\" must be a list");
            p.skipChildren();
            return;
        }
        int index = 0;
        for (JsonToken t = p.nextToken(); t != null && t != JsonToken.END_ARRAY; t = p.nextToken()) {
            int line = line(p);
            String path = "plans[" + index++ + "]";
            if (t != JsonToken.START_OBJECT) {
                rows.error(line, path, "Each plan is an object {\"code\": ..., \"type\": ..., \"title\": ...}");
                p.skipChildren();
                continue;
            }
            PlanDoc plan = JsonMapper.MAPPER.readValue(p, PlanDoc.class);
            if (++rows.count > CsvFormat.MAX_ROWS) {
                rows.error(line, path, "More than " + CsvFormat.MAX_ROWS + " plans; split the file");
                return;
            }
            rows.plans.add(new PlanRow(line, path, plan));
            addGoals(rows, line, path + ".goals", plan.code(), plan.goals(), null);
        }
    }

    private static void addGoals(Rows rows, int line, String path, String planCode, List<GoalDoc> goals, GoalRow parent) {
        if (goals == null) {
            return;
        }
        for (int i = 0; i < goals.size(); i++) {
            GoalDoc g = goals.get(i);
            String at = path + "[" + i + "]";
            if (g == null) {
                rows.error(line, at, "An empty goal");
                continue;
            }
            GoalRow row = new GoalRow(line, at, planCode, g, null, parent, i + 1);
            rows.goals.add(row);
            addGoals(rows, line, at + ".children", planCode, g.children(), row);
        }
    }

    private static int line(JsonParser p) {
        return p.currentLocation().getLineNr();
    }

    static String write(FileDoc doc) {
        try {
            return JsonMapper.MAPPER.writerWithDefaultPrettyPrinter().writeValueAsString(doc);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("Export failed", e);
        }
    }
}
