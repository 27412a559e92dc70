package no.planverk.forecasting.ui.internal.chart;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;
import java.util.Map;

/** ECharts options as JSON: a line chart over years and a grouped bar chart, one series per scenario. */
public final class ChartOptions {

    private static final ObjectMapper JSON = new ObjectMapper();

    private ChartOptions() {
    }

    /** One line per series over the categories (years). */
    public static String line(String title, String yName, List<String> categories, Map<String, List<Double>> series) {
        return chart(title, yName, categories, series, "line");
    }

    /** One bar per series in each category (service). */
    public static String bar(String title, String yName, List<String> categories, Map<String, List<Double>> series) {
        return chart(title, yName, categories, series, "bar");
    }

    private static String chart(String title, String yName, List<String> categories, Map<String, List<Double>> series, String type) {
        ObjectNode o = JSON.createObjectNode();
        o.put("backgroundColor", "#ffffff");
        o.put("animationDuration", 300);
        o.putObject("aria").put("enabled", true);
        o.putObject("title").put("text", title).put("left", "center").putObject("textStyle").put("fontSize", 14);
        o.putObject("tooltip").put("trigger", "axis");
        o.putObject("legend").put("bottom", 0);
        o.putObject("grid").put("left", 16).put("right", 24).put("top", 48).put("bottom", 40).put("containLabel", true);
        ObjectNode x = o.putObject("xAxis").put("type", "category");
        categories.forEach(x.putArray("data")::add);
        if ("line".equals(type)) {
            x.put("boundaryGap", false);
        }
        o.putObject("yAxis").put("type", "value").put("name", yName).put("scale", "line".equals(type));
        ArrayNode list = o.putArray("series");
        series.forEach((name, values) -> {
            ObjectNode s = list.addObject().put("name", name).put("type", type);
            if ("line".equals(type)) {
                s.put("showSymbol", categories.size() <= 12);
            }
            ArrayNode data = s.putArray("data");
            values.forEach(v -> {
                if (v == null) {
                    data.addNull();
                } else {
                    data.add(Math.round(v * 10) / 10.0);
                }
            });
        });
        return o.toString();
    }
}
