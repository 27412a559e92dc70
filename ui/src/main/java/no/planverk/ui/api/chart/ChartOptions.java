package no.planverk.ui.api.chart;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;
import java.util.Map;

/** ECharts options as JSON: lines over years, grouped bars, and the gap heatmap unit × category. */
public final class ChartOptions {

    private static final JsonNodeFactory JSON = JsonNodeFactory.instance;
    /** Short (positive gap) in red, about even in grey, surplus in green: readable without knowing the colours by the labels. */
    private static final String SHORT = "#c62828";
    private static final String EVEN = "#bdbdbd";
    private static final String SURPLUS = "#2e7d32";

    private ChartOptions() {
    }

    /** One line per series over the categories (years); a null value leaves a hole. */
    public static String line(String title, String yName, List<String> categories, Map<String, List<Double>> series) {
        return chart(title, yName, categories, series, "line");
    }

    /** One bar per series in each category (unit). */
    public static String bar(String title, String yName, List<String> categories, Map<String, List<Double>> series) {
        return chart(title, yName, categories, series, "bar");
    }

    /**
     * Gap in FTE per cell: {@code cells[y][x]} for unit y (rows) and category x (columns), null where the unit has no
     * requirement in the category. Positive = short (red), negative = surplus (green); the cells and the tooltip
     * name the gap with the legend's words and its size ("Mangel 4", "Overskot 14,1"), not a sign.
     */
    public static String heatmap(String title, String unit, List<String> x, List<String> y, Double[][] cells, String legendShort,
            String legendEven, String legendSurplus) {
        ObjectNode o = base(title);
        // the cells say "Mangel 4" / "Overskot 14,1" in the legend's words: a red "+4" read as a gain
        ObjectNode heat = o.putObject("planverkHeat").put("unit", unit).put("short", legendShort).put("surplus", legendSurplus);
        x.forEach(heat.putArray("x")::add);
        y.forEach(heat.putArray("y")::add);
        o.putObject("grid").put("left", 16).put("right", 24).put("top", 48).put("bottom", 64).put("containLabel", true);
        ObjectNode xa = o.putObject("xAxis").put("type", "category");
        x.forEach(xa.putArray("data")::add);
        xa.putObject("axisLabel").put("interval", 0).put("rotate", x.size() > 4 ? 30 : 0);
        xa.putObject("splitArea").put("show", false); // an empty cell (no requirement) stays white, unlike "balanced" grey
        ObjectNode ya = o.putObject("yAxis").put("type", "category").put("inverse", true);
        y.forEach(ya.putArray("data")::add);
        ya.putObject("splitArea").put("show", false);
        ya.putObject("splitLine").put("show", true);
        xa.putObject("splitLine").put("show", true);
        ObjectNode vm = o.putObject("visualMap").put("type", "piecewise").put("orient", "horizontal").put("left", "center")
                .put("bottom", 0).put("dimension", 2);
        ArrayNode pieces = vm.putArray("pieces");
        pieces.addObject().put("gt", 0.005).put("label", legendShort).put("color", SHORT);
        pieces.addObject().put("gte", -0.005).put("lte", 0.005).put("label", legendEven).put("color", EVEN);
        pieces.addObject().put("lt", -0.005).put("label", legendSurplus).put("color", SURPLUS);
        ArrayNode data = JSON.arrayNode();
        for (int row = 0; row < cells.length; row++) {
            for (int col = 0; col < cells[row].length; col++) {
                if (cells[row][col] != null) {
                    data.addArray().add(col).add(row).add(round(cells[row][col]));
                }
            }
        }
        ObjectNode s = o.putArray("series").addObject().put("name", title).put("type", "heatmap");
        s.set("data", data);
        s.putObject("label").put("show", true);
        s.putObject("itemStyle").put("borderColor", "#ffffff").put("borderWidth", 2);
        return o.toString();
    }

    private static ObjectNode base(String title) {
        ObjectNode o = JSON.objectNode();
        o.put("backgroundColor", "#ffffff");
        o.put("animationDuration", 300);
        o.putObject("aria").put("enabled", true);
        o.putObject("title").put("text", title).put("left", "center").putObject("textStyle").put("fontSize", 14);
        return o;
    }

    private static String chart(String title, String yName, List<String> categories, Map<String, List<Double>> series, String type) {
        ObjectNode o = base(title);
        o.putObject("tooltip").put("trigger", "axis");
        o.putObject("legend").put("bottom", 0);
        o.putObject("grid").put("left", 16).put("right", 24).put("top", 48).put("bottom", 40).put("containLabel", true);
        ObjectNode x = o.putObject("xAxis").put("type", "category");
        categories.forEach(x.putArray("data")::add);
        if ("line".equals(type)) {
            x.put("boundaryGap", false);
        } else {
            x.putObject("axisLabel").put("interval", 0).put("width", 110).put("overflow", "break");
        }
        o.putObject("yAxis").put("type", "value").put("name", yName);
        ArrayNode list = o.putArray("series");
        series.forEach((name, values) -> {
            ObjectNode s = list.addObject().put("name", name).put("type", type);
            if ("line".equals(type)) {
                s.put("showSymbol", categories.size() <= 15).put("connectNulls", false);
            }
            ArrayNode data = s.putArray("data");
            values.forEach(v -> {
                if (v == null) {
                    data.addNull();
                } else {
                    data.add(round(v));
                }
            });
        });
        return o.toString();
    }

    private static double round(double v) {
        return Math.round(v * 10) / 10.0;
    }
}
