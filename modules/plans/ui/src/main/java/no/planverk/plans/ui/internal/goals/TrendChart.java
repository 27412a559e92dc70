package no.planverk.plans.ui.internal.goals;

import static no.planverk.plans.ui.internal.goals.GoalTexts.t;

import com.vaadin.flow.component.Svg;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.TreeSet;
import no.planverk.plans.api.Indicator;
import no.planverk.plans.api.IndicatorValue;

/**
 * A small trend chart of an indicator as inline SVG made here: the straight line from baseline to target
 * (dashed), the actual values as a polyline with a dot per year, and year labels. Every text is escaped.
 */
public final class TrendChart {

    static final int WIDTH = 260;
    static final int HEIGHT = 110;
    private static final int LEFT = 14;
    private static final int RIGHT = 14;
    private static final int TOP = 10;
    private static final int BOTTOM = 24;
    private static final String ACTUAL = "#1565c0";

    private final Indicator ind;
    private final int minYear;
    private final int maxYear;
    private final double minValue;
    private final double maxValue;

    private TrendChart(Indicator ind) {
        this.ind = ind;
        int lo = ind.baselineYear();
        int hi = ind.targetYear();
        double vlo = Math.min(ind.baselineValue(), ind.targetValue());
        double vhi = Math.max(ind.baselineValue(), ind.targetValue());
        for (IndicatorValue v : ind.actuals()) {
            lo = Math.min(lo, v.year());
            hi = Math.max(hi, v.year());
            vlo = Math.min(vlo, v.value());
            vhi = Math.max(vhi, v.value());
        }
        double pad = vhi > vlo ? (vhi - vlo) * 0.1 : Math.max(1, Math.abs(vhi) * 0.1);
        this.minYear = lo;
        this.maxYear = hi > lo ? hi : lo + 1;
        this.minValue = vlo - pad;
        this.maxValue = vhi + pad;
    }

    /** The chart as a component (a div holding the SVG). */
    public static Svg component(Indicator indicator) {
        Svg svg = new Svg(svg(indicator));
        svg.getElement().setAttribute("data-indicator", String.valueOf(indicator.id()));
        return svg;
    }

    /** The chart's SVG markup. */
    public static String svg(Indicator indicator) {
        return new TrendChart(indicator).render();
    }

    private String render() {
        String summary = summary();
        StringBuilder s = new StringBuilder();
        s.append("<svg xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 ").append(WIDTH).append(' ').append(HEIGHT)
                .append("\" width=\"").append(WIDTH).append("\" height=\"").append(HEIGHT)
                .append("\" role=\"img\" aria-label=\"").append(escape(summary)).append("\" class=\"planverk-trend\">");
        s.append("<title>").append(escape(summary)).append("</title>");
        int axisY = HEIGHT - BOTTOM;
        s.append(line(LEFT, axisY, WIDTH - RIGHT, axisY, "#9e9e9e", null, "axis"));
        s.append(line(x(ind.baselineYear()), y(ind.baselineValue()), x(ind.targetYear()), y(ind.targetValue()),
                "#616161", "5 3", "target-line"));
        s.append(circle(x(ind.baselineYear()), y(ind.baselineValue()), "none", "#616161", "baseline",
                t("chart.baseline", String.valueOf(ind.baselineYear()), Marks.value(ind.baselineValue(), ind.unit()))));
        s.append(circle(x(ind.targetYear()), y(ind.targetValue()), "#ffffff", "#616161", "target",
                t("chart.target", String.valueOf(ind.targetYear()), Marks.value(ind.targetValue(), ind.unit()))));
        s.append(valueLabel(x(ind.baselineYear()) + 6, y(ind.baselineValue()), ind.baselineValue(), "start"));
        s.append(valueLabel(x(ind.targetYear()) - 6, y(ind.targetValue()), ind.targetValue(), "end"));
        if (!ind.actuals().isEmpty()) {
            List<String> points = new ArrayList<>();
            for (IndicatorValue v : ind.actuals()) {
                points.add(num(x(v.year())) + "," + num(y(v.value())));
            }
            s.append("<polyline class=\"actual\" fill=\"none\" stroke=\"").append(ACTUAL)
                    .append("\" stroke-width=\"2\" points=\"").append(String.join(" ", points)).append("\"/>");
            for (IndicatorValue v : ind.actuals()) {
                s.append(circle(x(v.year()), y(v.value()), ACTUAL, ACTUAL, "actual-point",
                        t("chart.actual", String.valueOf(v.year()), Marks.value(v.value(), ind.unit()))));
            }
        }
        for (int year : labelYears()) {
            s.append("<text x=\"").append(num(x(year))).append("\" y=\"").append(HEIGHT - 8)
                    .append("\" font-size=\"10\" text-anchor=\"middle\" fill=\"#424242\">").append(year).append("</text>");
        }
        return s.append("</svg>").toString();
    }

    /** Every year for a short span; else the first, the last, the baseline's and the target's. */
    private List<Integer> labelYears() {
        TreeSet<Integer> years = new TreeSet<>();
        if (maxYear - minYear <= 6) {
            for (int y = minYear; y <= maxYear; y++) {
                years.add(y);
            }
        } else {
            years.add(minYear);
            years.add(maxYear);
            years.add(ind.baselineYear());
            years.add(ind.targetYear());
            ind.latest().ifPresent(v -> years.add(v.year()));
        }
        List<Integer> out = new ArrayList<>();
        double lastX = -100;
        for (int y : years) {
            if (x(y) - lastX >= 26) {
                out.add(y);
                lastX = x(y);
            }
        }
        return out;
    }

    private String summary() {
        String latest = ind.latest().map(v -> t("chart.latest", String.valueOf(v.year()), Marks.value(v.value(), ind.unit())))
                .orElse(t("chart.noActuals"));
        return t("chart.summary", ind.name(), String.valueOf(ind.baselineYear()), Marks.value(ind.baselineValue(), ind.unit()),
                String.valueOf(ind.targetYear()), Marks.value(ind.targetValue(), ind.unit()), latest);
    }

    private double x(int year) {
        return LEFT + (double) (year - minYear) / (maxYear - minYear) * (WIDTH - LEFT - RIGHT);
    }

    private double y(double value) {
        return TOP + (1 - (value - minValue) / (maxValue - minValue)) * (HEIGHT - TOP - BOTTOM);
    }

    private static String line(double x1, double y1, double x2, double y2, String stroke, String dash, String cls) {
        return "<line class=\"" + cls + "\" x1=\"" + num(x1) + "\" y1=\"" + num(y1) + "\" x2=\"" + num(x2) + "\" y2=\"" + num(y2)
                + "\" stroke=\"" + stroke + "\" stroke-width=\"1.5\"" + (dash == null ? "" : " stroke-dasharray=\"" + dash + "\"")
                + "/>";
    }

    /** The value beside a point, above it unless that leaves the chart. */
    private static String valueLabel(double x, double y, double value, String anchor) {
        double ty = y - 6 < TOP ? y + 14 : y - 6;
        return "<text x=\"" + num(x) + "\" y=\"" + num(ty) + "\" font-size=\"10\" fill=\"#616161\" text-anchor=\"" + anchor
                + "\" aria-hidden=\"true\">" + escape(Marks.number(value)) + "</text>";
    }

    private static String circle(double cx, double cy, String fill, String stroke, String cls, String title) {
        return "<circle class=\"" + cls + "\" cx=\"" + num(cx) + "\" cy=\"" + num(cy) + "\" r=\"3.5\" fill=\"" + fill
                + "\" stroke=\"" + stroke + "\" stroke-width=\"1.5\"><title>" + escape(title) + "</title></circle>";
    }

    private static String num(double v) {
        return String.format(Locale.ROOT, "%.1f", v);
    }

    /** XML-escapes text for element content and attribute values. */
    public static String escape(String text) {
        if (text == null) {
            return "";
        }
        StringBuilder b = new StringBuilder(text.length());
        for (char c : text.toCharArray()) {
            switch (c) {
                case '&' -> b.append("&amp;");
                case '<' -> b.append("&lt;");
                case '>' -> b.append("&gt;");
                case '"' -> b.append("&quot;");
                case '\'' -> b.append("&#39;");
                default -> b.append(c < 0x20 && c != '\n' && c != '\t' ? ' ' : c);
            }
        }
        return b.toString();
    }
}
