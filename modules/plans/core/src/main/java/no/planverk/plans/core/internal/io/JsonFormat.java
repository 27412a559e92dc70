package no.planverk.plans.core.internal.io;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.JsonMappingException;
import java.io.IOException;
import java.util.List;
import no.planverk.plans.core.internal.JsonMapper;
import no.planverk.plans.core.internal.io.TransferDocs.FileDoc;
import no.planverk.plans.core.internal.io.TransferDocs.GoalDoc;
import no.planverk.plans.core.internal.io.TransferDocs.GoalRow;
import no.planverk.plans.core.internal.io.TransferDocs.PlanDoc;
import no.planverk.plans.core.internal.io.TransferDocs.PlanRow;
import no.planverk.plans.core.internal.io.TransferDocs.Rows;
import no.planverk.platform.api.Message;

/** The JSON file: {@code {"format": "planverk-plans", "version": 1, "plans": [...]}}, read plan by plan. */
final class JsonFormat {

    private JsonFormat() {
    }

    static Rows read(String content) {
        Rows rows = new Rows();
        try (JsonParser p = JsonMapper.MAPPER.createParser(content)) {
            if (p.nextToken() != JsonToken.START_OBJECT) {
                rows.error(1, null, Message.of("plans.import.json.object", "A JSON file of plans is an object: '{'\"format\": \"{0}\", \"version\": 1, \"plans\": [...]'}'",
                        TransferDocs.FORMAT));
                return rows;
            }
            boolean sawPlans = false;
            while (p.nextToken() == JsonToken.FIELD_NAME) {
                String field = p.currentName();
                JsonToken value = p.nextToken();
                switch (field) {
                    case "format" -> {
                        if (!TransferDocs.FORMAT.equals(p.getValueAsString())) {
                            rows.error(line(p), "format", Message.of("plans.import.json.format", "The format must be \"{0}\", not {1}",
                                    TransferDocs.FORMAT, p.getText()));
                        }
                    }
                    case "version" -> {
                        if (p.getValueAsInt(-1) != TransferDocs.VERSION) {
                            rows.error(line(p), "version", Message.of("plans.import.json.version", "This Planverk reads version {0} files, not {1}",
                                    String.valueOf(TransferDocs.VERSION), p.getText()));
                        }
                    }
                    case "plans" -> {
                        sawPlans = true;
                        readPlans(p, value, rows);
                    }
                    default -> {
                        rows.error(line(p), field, Message.of("plans.import.json.field", "Unknown field ''{0}''; a file has format, version and plans", field));
                        p.skipChildren();
                    }
                }
            }
            if (!sawPlans) {
                rows.error(1, "plans", Message.of("plans.import.json.noPlans", "The file has no \"plans\" list"));
            }
        } catch (JsonMappingException e) {
            rows.error(e.getLocation() == null ? 1 : e.getLocation().getLineNr(), e.getPathReference(), Message.of("plans.import.json.value", "Wrong value: {0}", e.getOriginalMessage()));
        } catch (JsonProcessingException e) {
            rows.error(e.getLocation() == null ? 1 : e.getLocation().getLineNr(), null, Message.of("plans.import.json.invalid", "The file is not valid JSON: {0}", e.getOriginalMessage()));
        } catch (IOException e) {
            rows.error(1, null, Message.of("plans.import.unreadable", "The file could not be read: {0}", String.valueOf(e.getMessage())));
        }
        return rows;
    }

    private static void readPlans(JsonParser p, JsonToken start, Rows rows) throws IOException {
        if (start != JsonToken.START_ARRAY) {
            rows.error(line(p), "plans", Message.of("plans.import.json.list", "\"plans\" must be a list"));
            p.skipChildren();
            return;
        }
        int index = 0;
        for (JsonToken t = p.nextToken(); t != null && t != JsonToken.END_ARRAY; t = p.nextToken()) {
            int line = line(p);
            String path = "plans[" + index++ + "]";
            if (t != JsonToken.START_OBJECT) {
                rows.error(line, path, Message.of("plans.import.json.plan", "Each plan is an object '{'\"code\": ..., \"type\": ..., \"title\": ...'}'"));
                p.skipChildren();
                continue;
            }
            PlanDoc plan = JsonMapper.MAPPER.readValue(p, PlanDoc.class);
            if (++rows.count > CsvFormat.MAX_ROWS) {
                rows.error(line, path, Message.of("plans.import.json.tooMany", "More than {0} plans; split the file", String.valueOf(CsvFormat.MAX_ROWS)));
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
                rows.error(line, at, Message.of("plans.import.json.emptyGoal", "An empty goal"));
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
