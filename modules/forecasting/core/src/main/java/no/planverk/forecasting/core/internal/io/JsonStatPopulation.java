package no.planverk.forecasting.core.internal.io;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import no.planverk.forecasting.api.InputSource;
import no.planverk.forecasting.api.PopulationFile;
import no.planverk.forecasting.api.PopulationProjection;
import no.planverk.platform.api.Message;
import no.planverk.platform.json.JsonMappers;

/**
 * A population projection from a JSON-stat 2.0 dataset (json-stat.org; SSB's PxWebApi answer with
 * {@code "format": "json-stat2"}): {@code id} and {@code size} give the dimensions in row-major order, each
 * {@code dimension.<id>.category} its codes ({@code index} as an object or an array) and labels, {@code value} the cells
 * (an array, or an object of sparse cells by position). Ages come from the age dimension (Alder), years from the time
 * dimension ({@code role.time}, Tid), sexes (Kjonn) are summed, every other dimension needs one category (chosen).
 */
final class JsonStatPopulation {
    private static final ObjectMapper JSON = JsonMappers.standard();
    private static final long MAX_CELLS = 20_000_000;
    private static final Pattern TABLE = Pattern.compile("^(\\d{5})\\b.*", Pattern.DOTALL);

    private JsonStatPopulation() {
    }

    static PopulationFile read(byte[] content, Map<String, String> choices) {
        JsonNode root = tree(content);
        if (root.has("dataset") || !"dataset".equals(root.path("class").asText("dataset"))) {
            throw PopulationSums.invalid(Message.of("forecasting.ssb.jsonstat.notDataset",
                    "This is not a JSON-stat 2.0 dataset; ask SSB''s API for the format json-stat2"));
        }
        List<String> ids = texts(root, "id");
        int[] size = sizes(root, ids.size());
        List<SsbDimension> dims = new ArrayList<>();
        for (int i = 0; i < ids.size(); i++) {
            dims.add(dimension(root, ids.get(i), size[i]));
        }
        long[] strides = new long[size.length];
        long total = 1;
        for (int i = size.length - 1; i >= 0; i--) {
            strides[i] = total;
            total *= size[i];
            if (total > MAX_CELLS) {
                throw PopulationSums.invalid(Message.of("forecasting.ssb.jsonstat.tooLarge",
                        "The table has more than {0} cells; choose fewer regions or alternatives when you download it", String.valueOf(MAX_CELLS)));
            }
        }
        Values values = values(root.get("value"), total, size);
        Map<String, Integer> picked = SsbChoices.pick(dims, choices);
        int age = only(dims, SsbDimension.Role.AGE);
        int time = only(dims, SsbDimension.Role.TIME);
        SsbAges.Age[] ages = SsbAges.of(dims.get(age));
        long fixed = 0;
        int sex = -1;
        for (int i = 0; i < dims.size(); i++) {
            SsbDimension d = dims.get(i);
            if (picked.containsKey(d.id())) {
                fixed += picked.get(d.id()) * strides[i];
            } else if (d.role() == SsbDimension.Role.SEX) {
                sex = i;
            }
        }
        PopulationSums sums = new PopulationSums();
        SsbDimension years = dims.get(time);
        for (int t = 0; t < years.size(); t++) {
            int year = PopulationSums.year(years.codes().get(t));
            for (int a = 0; a < ages.length; a++) {
                long at = fixed + t * strides[time] + a * strides[age];
                for (int s = 0; s < (sex < 0 ? 1 : size[sex]); s++) {
                    sums.add(year, ages[a], values.at(at + (sex < 0 ? 0 : s * strides[sex])));
                }
            }
        }
        PopulationProjection population = sums.build();
        return new PopulationFile(population, source(root, dims, picked));
    }

    private static JsonNode tree(byte[] content) {
        try {
            JsonNode root = JSON.readTree(content);
            if (root == null || !root.isObject()) {
                throw PopulationSums.invalid(Message.of("forecasting.ssb.jsonstat.notDataset",
                        "This is not a JSON-stat 2.0 dataset; ask SSB''s API for the format json-stat2"));
            }
            return root;
        } catch (JsonProcessingException e) {
            JsonLocation where = e.getLocation();
            throw PopulationSums.invalid(Message.of("forecasting.ssb.json", "The file is not valid JSON (line {0}, column {1})",
                    String.valueOf(where == null ? 0 : where.getLineNr()), String.valueOf(where == null ? 0 : where.getColumnNr())));
        } catch (IOException e) {
            throw new IllegalStateException("Reading bytes in memory failed", e);
        }
    }

    private static List<String> texts(JsonNode root, String field) {
        JsonNode node = root.get(field);
        if (node == null || !node.isArray() || node.isEmpty()) {
            throw lacks(field);
        }
        List<String> result = new ArrayList<>();
        node.forEach(n -> result.add(n.asText()));
        return result;
    }

    private static int[] sizes(JsonNode root, int dimensions) {
        JsonNode node = root.get("size");
        if (node == null || !node.isArray() || node.size() != dimensions) {
            throw PopulationSums.invalid(Message.of("forecasting.ssb.jsonstat.idSize",
                    "''id'' names {0} dimensions but ''size'' has {1} sizes", String.valueOf(dimensions),
                    String.valueOf(node == null || !node.isArray() ? 0 : node.size())));
        }
        int[] size = new int[dimensions];
        for (int i = 0; i < dimensions; i++) {
            size[i] = node.get(i).asInt(-1);
            if (size[i] < 1) {
                throw lacks("size");
            }
        }
        return size;
    }

    private static SsbDimension dimension(JsonNode root, String id, int size) {
        JsonNode dim = root.path("dimension").get(id);
        if (dim == null || !dim.isObject()) {
            throw lacks("dimension." + id);
        }
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
                    throw lacks("dimension." + id + ".category.index");
                }
                ordered[at] = e.getKey();
            }
            codes.addAll(Arrays.asList(ordered));
        } else {
            label.fieldNames().forEachRemaining(codes::add); // the standard lets a single category go without an index
        }
        if (codes.size() != size) {
            throw PopulationSums.invalid(Message.of("forecasting.ssb.jsonstat.categories",
                    "Dimension ''{0}'' has {1} categories but its size is {2}", id, String.valueOf(codes.size()), String.valueOf(size)));
        }
        List<String> labels = codes.stream().map(c -> label.path(c).asText(c)).toList();
        String dimLabel = dim.path("label").asText(id);
        return new SsbDimension(id, dimLabel, role(root, id, dimLabel), codes, labels);
    }

    private static SsbDimension.Role role(JsonNode root, String id, String label) {
        SsbDimension.Role byName = SsbDimension.roleOf(id, label);
        if (byName == SsbDimension.Role.AGE || byName == SsbDimension.Role.SEX) {
            return byName;
        }
        for (String role : new String[] {"time", "geo", "metric"}) {
            for (JsonNode n : root.path("role").path(role)) {
                if (n.asText().equals(id)) {
                    return switch (role) {
                        case "time" -> SsbDimension.Role.TIME;
                        case "geo" -> SsbDimension.Role.GEO;
                        default -> SsbDimension.Role.METRIC;
                    };
                }
            }
        }
        return byName;
    }

    private static int only(List<SsbDimension> dims, SsbDimension.Role role) {
        int found = -1;
        for (int i = 0; i < dims.size(); i++) {
            if (dims.get(i).role() == role) {
                if (found >= 0) {
                    throw PopulationSums.invalid(Message.of("forecasting.ssb.dimension.twice", "The file has two {0} dimensions: {1} and {2}",
                            role.name().toLowerCase(java.util.Locale.ROOT), dims.get(found).id(), dims.get(i).id()));
                }
                found = i;
            }
        }
        if (found < 0) {
            throw PopulationSums.invalid(role == SsbDimension.Role.AGE
                    ? Message.of("forecasting.ssb.noAge", "The file has no age dimension (Alder); the forecast needs the population by age")
                    : Message.of("forecasting.ssb.noTime", "The file has no time dimension (Tid, role.time)"));
        }
        return found;
    }

    /** The cells: an array in row-major order, or an object of sparse cells by position; null is missing. */
    private record Values(JsonNode array, JsonNode sparse) {
        Double at(long i) {
            JsonNode n = array != null ? array.get((int) i) : sparse.get(String.valueOf(i));
            return SsbValues.number(n);
        }
    }

    private static Values values(JsonNode value, long total, int[] size) {
        if (value != null && value.isArray()) {
            if (value.size() != total) {
                throw sizeMismatch(value.size(), size, total);
            }
            return new Values(value, null);
        }
        if (value != null && value.isObject()) {
            for (Iterator<String> it = value.fieldNames(); it.hasNext();) {
                String key = it.next();
                if (!key.matches("\\d{1,10}") || Long.parseLong(key) >= total) {
                    throw sizeMismatch(value.size(), size, total);
                }
            }
            return new Values(null, value);
        }
        throw lacks("value");
    }

    private static RuntimeException sizeMismatch(int values, int[] size, long total) {
        return PopulationSums.invalid(Message.of("forecasting.ssb.jsonstat.size",
                "The file has {0} values, but its sizes {1} make {2}", String.valueOf(values), Arrays.toString(size), String.valueOf(total)));
    }

    private static RuntimeException lacks(String field) {
        return PopulationSums.invalid(Message.of("forecasting.ssb.jsonstat.field", "The JSON-stat dataset lacks a valid ''{0}''", field));
    }

    private static InputSource source(JsonNode root, List<SsbDimension> dims, Map<String, Integer> picked) {
        String title = root.path("label").asText(null);
        String table = root.path("extension").path("px").path("tableid").asText(null);
        if (table == null && title != null) {
            Matcher m = TABLE.matcher(title);
            table = m.matches() ? m.group(1) : null;
        }
        return new InputSource(InputSource.JSON_STAT, table, title, chosen(dims, picked, SsbDimension.Role.GEO),
                chosen(dims, picked, SsbDimension.Role.METRIC), root.path("updated").asText(null));
    }

    /** The chosen region as "4631 Alver", the chosen alternative by its label alone (its code is SSB's internal name). */
    static String chosen(List<SsbDimension> dims, Map<String, Integer> picked, SsbDimension.Role role) {
        return dims.stream().filter(d -> d.role() == role && picked.containsKey(d.id())).findFirst()
                .map(d -> role == SsbDimension.Role.GEO ? d.shown(picked.get(d.id())) : d.labelOf(picked.get(d.id()))).orElse(null);
    }
}
