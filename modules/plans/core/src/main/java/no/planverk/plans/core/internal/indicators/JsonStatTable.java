package no.planverk.plans.core.internal.indicators;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import no.planverk.platform.api.Message;
import no.planverk.platform.json.JsonMappers;

/**
 * A JSON-stat 2.0 dataset (json-stat.org): {@code id} and {@code size} give the dimensions in row-major order, each
 * {@code dimension.<id>.category} its codes ({@code index} as an object or an array, else the {@code label} keys) and
 * labels, {@code role.time} the years, {@code value} the cells (an array, or an object of sparse cells by position).
 */
final class JsonStatTable {
    private static final ObjectMapper JSON = JsonMappers.standard();
    private static final Pattern TABLE = Pattern.compile("^(\\d{5})\\b.*", Pattern.DOTALL);

    private JsonStatTable() {
    }

    static StatFigures read(byte[] content, Map<String, String> choices) {
        JsonNode root = tree(content);
        if (!"dataset".equals(root.path("class").asText("dataset")) || !root.path("id").isArray() || !root.path("size").isArray()) {
            throw notDataset();
        }
        List<String> ids = new ArrayList<>();
        root.get("id").forEach(n -> ids.add(n.asText()));
        JsonNode sizeNode = root.get("size");
        if (sizeNode.size() != ids.size()) {
            throw StatFigures.invalid(Message.of("plans.ssb.jsonstat.idSize", "''id'' names {0} dimensions but ''size'' has {1} sizes",
                    String.valueOf(ids.size()), String.valueOf(sizeNode.size())));
        }
        List<StatDimension> dims = new ArrayList<>();
        long[] strides = new long[ids.size()];
        long total = 1;
        for (int i = ids.size() - 1; i >= 0; i--) {
            strides[i] = total;
            total *= Math.max(1, sizeNode.get(i).asInt());
        }
        for (int i = 0; i < ids.size(); i++) {
            StatDimension d = dimension(root, ids.get(i));
            if (d.size() != sizeNode.get(i).asInt()) {
                throw StatFigures.invalid(Message.of("plans.ssb.jsonstat.dimensionSize", "''{0}'' has {1} categories but ''size'' says {2}",
                        ids.get(i), String.valueOf(d.size()), sizeNode.get(i).asText()));
            }
            dims.add(d);
        }
        JsonNode values = root.get("value");
        if (values == null || values.isArray() && values.size() != total) {
            throw StatFigures.invalid(Message.of("plans.ssb.jsonstat.valueCount", "The sizes give {0} values but ''value'' has {1}",
                    String.valueOf(total), String.valueOf(values == null ? 0 : values.size())));
        }
        int time = -1;
        for (int i = 0; i < dims.size(); i++) {
            if (dims.get(i).kind() == StatDimension.Kind.TIME) {
                time = i;
            }
        }
        if (time < 0) {
            throw StatFigures.invalid(Message.of("plans.ssb.noTime", "The file has no time dimension (Tid)"));
        }
        Map<String, Integer> picked = StatFigures.pick(dims, choices);
        long fixed = 0;
        for (int i = 0; i < dims.size(); i++) {
            Integer at = picked.get(dims.get(i).id());
            fixed += at == null ? 0 : at * strides[i];
        }
        Map<Integer, Double> byYear = StatFigures.empty();
        StatDimension years = dims.get(time);
        for (int t = 0; t < years.size(); t++) {
            int year = StatFigures.year(years.codes().get(t));
            long at = fixed + t * strides[time];
            JsonNode cell = values.isArray() ? values.get((int) at) : values.get(String.valueOf(at));
            StatFigures.put(byYear, year, cell == null || cell.isNull() ? null : StatFigures.number(cell.asText(), year));
        }
        Matcher m = TABLE.matcher(root.path("label").asText(""));
        String table = root.path("extension").path("px").path("tableid").asText(m.matches() ? m.group(1) : null);
        return new StatFigures(table, new java.util.TreeMap<>(byYear));
    }

    /** The dimension ids of the dataset. */
    static List<String> ids(byte[] content) {
        List<String> ids = new ArrayList<>();
        tree(content).path("id").forEach(n -> ids.add(n.asText()));
        return ids;
    }

    private static JsonNode tree(byte[] content) {
        try {
            JsonNode root = JSON.readTree(content);
            if (root == null || !root.isObject()) {
                throw notDataset();
            }
            return root;
        } catch (JsonProcessingException e) {
            var where = e.getLocation();
            throw StatFigures.invalid(Message.of("plans.ssb.json", "The file is not valid JSON (line {0}, column {1})",
                    String.valueOf(where == null ? 0 : where.getLineNr()), String.valueOf(where == null ? 0 : where.getColumnNr())));
        } catch (IOException e) {
            throw new IllegalStateException("Reading bytes in memory failed", e);
        }
    }

    private static StatDimension dimension(JsonNode root, String id) {
        JsonNode dim = root.path("dimension").path(id);
        JsonNode category = dim.path("category");
        JsonNode index = category.get("index");
        JsonNode label = category.path("label");
        List<String> codes = new ArrayList<>();
        if (index != null && index.isArray()) {
            index.forEach(n -> codes.add(n.asText()));
        } else if (index != null && index.isObject()) {
            String[] ordered = new String[index.size()];
            for (Iterator<Map.Entry<String, JsonNode>> it = index.fields(); it.hasNext();) {
                Map.Entry<String, JsonNode> e = it.next();
                int at = e.getValue().asInt(-1);
                if (at < 0 || at >= ordered.length || ordered[at] != null) {
                    throw StatFigures.invalid(Message.of("plans.ssb.jsonstat.index", "The category index of ''{0}'' is broken", id));
                }
                ordered[at] = e.getKey();
            }
            codes.addAll(List.of(ordered));
        } else {
            label.fieldNames().forEachRemaining(codes::add);
        }
        if (dim.isMissingNode() || codes.isEmpty()) {
            throw StatFigures.invalid(Message.of("plans.ssb.jsonstat.dimension", "The dimension ''{0}'' has no categories", id));
        }
        List<String> labels = codes.stream().map(c -> label.path(c).asText(c)).toList();
        String role = null;
        for (Iterator<Map.Entry<String, JsonNode>> it = root.path("role").fields(); it.hasNext();) {
            Map.Entry<String, JsonNode> e = it.next();
            for (JsonNode n : e.getValue()) {
                role = n.asText().equals(id) ? e.getKey() : role;
            }
        }
        String name = dim.path("label").asText(id);
        return new StatDimension(id, name, StatDimension.kindOf(id, name, role), codes, labels);
    }

    private static RuntimeException notDataset() {
        return StatFigures.invalid(Message.of("plans.ssb.jsonstat.notDataset",
                "This is not a JSON-stat 2.0 dataset; ask SSB''s API for the format json-stat2"));
    }
}
