package no.planverk.measures.core.internal;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.StringJoiner;
import no.planverk.platform.api.Message;
import no.planverk.platform.json.JsonMappers;

/**
 * Measure JSON files: {@code {"format": "planverk-measures", "version": 1, "measures": [...]}} with the
 * CSV's fields in camelCase, lists as arrays and the years as {@code [{"year", "costNok", "funding"}]}.
 */
final class JsonMeasures {

    static final String FORMAT = "planverk-measures";
    private static final ObjectMapper MAPPER = JsonMappers.standard();
    private static final Map<String, String> FIELDS = Map.ofEntries(Map.entry("plan", "plan"), Map.entry("number", "number"),
            Map.entry("title", "title"), Map.entry("description", "description"), Map.entry("goals", "goals"),
            Map.entry("goalText", "goal_text"), Map.entry("kind", "kind"), Map.entry("carrier", "carrier"),
            Map.entry("responsibility", "responsibility"), Map.entry("units", "units"), Map.entry("contact", "contact"),
            Map.entry("fromYear", "from_year"), Map.entry("toYear", "to_year"), Map.entry("ownership", "ownership"));

    private JsonMeasures() {
    }

    static Cells read(String content) {
        Cells out = new Cells();
        JsonNode root;
        try {
            root = MAPPER.readTree(content.startsWith("\uFEFF") ? content.substring(1) : content);
        } catch (JsonProcessingException e) {
            out.error(e.getLocation() == null ? 1 : Math.max(1, e.getLocation().getLineNr()), null, Message.of("measures.import.json.invalid", "The file is not valid JSON: {0}",
                    String.valueOf(e.getOriginalMessage())));
            return out;
        }
        if (root == null || !root.isObject() || !FORMAT.equals(root.path("format").asText()) || !root.path("measures").isArray()) {
            out.error(1, "format", Message.of("measures.import.json.start",
                    "A JSON file of measures starts '{'\"format\": \"{0}\", \"version\": 1, \"measures\": [...]'}'", FORMAT));
            return out;
        }
        int i = 0;
        for (JsonNode m : root.path("measures")) {
            String path = "measures[" + i++ + "]";
            if (!m.isObject()) {
                out.error(1, path, Message.of("measures.import.json.measure", "Each measure is an object '{'...'}'"));
                continue;
            }
            Map<String, String> cells = new HashMap<>();
            for (Iterator<Map.Entry<String, JsonNode>> it = m.fields(); it.hasNext(); ) {
                Map.Entry<String, JsonNode> f = it.next();
                if (f.getKey().equals("years")) {
                    years(out, path, f.getValue(), cells);
                } else if (FIELDS.containsKey(f.getKey())) {
                    cells.put(FIELDS.get(f.getKey()), text(f.getValue()));
                } else {
                    out.error(1, path + "." + f.getKey(), Message.of("measures.import.json.field",
                            "Unknown field ''{0}''; the fields are {1}, years", f.getKey(), String.join(", ", FIELDS.keySet().stream().sorted().toList())));
                }
            }
            out.rows.add(new Cells.Row(1, path, cells));
        }
        return out;
    }

    private static void years(Cells out, String path, JsonNode years, Map<String, String> cells) {
        if (!years.isArray()) {
            out.error(1, path + ".years", Message.of("measures.import.json.years",
                    "years: a list of '{'\"year\": 2025, \"costNok\": 650000, \"funding\": \"funded\"'}'"));
            return;
        }
        for (JsonNode y : years) {
            if (!y.path("year").canConvertToInt()) {
                out.error(1, path + ".years", Message.of("measures.import.json.year", "Each year needs \"year\": a number such as 2025"));
                continue;
            }
            int year = y.path("year").asInt();
            cells.put("cost_" + year, text(y.path("costNok")));
            cells.put("funding_" + year, text(y.path("funding")));
        }
    }

    /** Text of a value; arrays join with '|'; null and missing are null. */
    private static String text(JsonNode v) {
        if (v == null || v.isNull() || v.isMissingNode()) {
            return null;
        }
        if (v.isArray()) {
            StringJoiner j = new StringJoiner(MeasureColumns.LIST_SEPARATOR);
            v.forEach(e -> j.add(e.asText()));
            return j.toString();
        }
        return v.asText();
    }

    /** Export rows (in CSV column names) as a JSON document that {@link #read} reads back. */
    static String write(List<Map<String, String>> rows) {
        ObjectNode root = MAPPER.createObjectNode().put("format", FORMAT).put("version", 1);
        ArrayNode measures = root.putArray("measures");
        for (Map<String, String> row : rows) {
            ObjectNode m = measures.addObject();
            FIELDS.entrySet().stream().sorted(Map.Entry.comparingByKey()).forEach(f -> {
                String v = row.get(f.getValue());
                if (v == null) {
                    return;
                }
                if (f.getKey().equals("goals") || f.getKey().equals("units")) {
                    ArrayNode a = m.putArray(f.getKey());
                    for (String part : v.split("\\|")) {
                        a.add(part);
                    }
                } else {
                    m.put(f.getKey(), v);
                }
            });
            ArrayNode years = m.putArray("years");
            row.keySet().stream().filter(k -> k.startsWith("cost_")).sorted().forEach(k -> {
                String year = k.substring(5);
                ObjectNode y = years.addObject().put("year", Integer.parseInt(year));
                if (row.get(k) != null) {
                    y.put("costNok", Long.parseLong(row.get(k)));
                }
                y.put("funding", row.get("funding_" + year));
            });
        }
        try {
            return MAPPER.writerWithDefaultPrettyPrinter().writeValueAsString(root);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }
}
