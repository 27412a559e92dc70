package no.planverk.plans.ui.internal.program;

import static no.planverk.plans.ui.internal.goals.GoalTexts.t;
import static no.planverk.plans.ui.internal.goals.TrendChart.escape;

import java.time.LocalDate;
import java.time.YearMonth;
import java.time.temporal.ChronoUnit;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import no.planverk.plans.api.PlanProgram.Milestone;

/**
 * The framdriftsplan as a month-by-month Gantt chart in inline SVG: one row per milestone, a column per
 * month from the first start to the last end, year and month labels on top and a line for today.
 */
final class Timeline {

    private static final int LABEL = 230;
    private static final int HEAD = 36;
    private static final int ROW = 24;
    private static final int MAX_CHART = 720;
    private static final String BAR = "#1565c0";

    private final List<Milestone> milestones;
    private final YearMonth first;
    private final long months;
    private final double monthWidth;

    private Timeline(List<Milestone> milestones) {
        this.milestones = milestones;
        this.first = milestones.stream().map(Milestone::from).min(Comparator.naturalOrder()).orElseThrow();
        YearMonth last = milestones.stream().map(m -> m.to() == null ? m.from() : m.to()).max(Comparator.naturalOrder())
                .orElseThrow();
        this.months = ChronoUnit.MONTHS.between(first, last) + 1;
        this.monthWidth = Math.max(8, Math.min(32, (double) MAX_CHART / months));
    }

    /** The chart, or null when no milestone has a start month. */
    static String svg(List<Milestone> milestones, LocalDate today, Locale locale) {
        List<Milestone> usable = milestones.stream().filter(m -> m.from() != null).toList();
        return usable.isEmpty() ? null : new Timeline(usable).render(today, locale);
    }

    private String render(LocalDate today, Locale locale) {
        int width = (int) Math.ceil(LABEL + months * monthWidth) + 8;
        int height = HEAD + milestones.size() * ROW + 6;
        String summary = t("program.timeline.summary", milestones.size(), Months.format(first),
                Months.format(first.plusMonths(months - 1)));
        StringBuilder s = new StringBuilder();
        s.append("<svg xmlns=\"http://www.w3.org/2000/svg\" class=\"planverk-timeline\" role=\"img\" width=\"").append(width)
                .append("\" height=\"").append(height).append("\" viewBox=\"0 0 ").append(width).append(' ').append(height)
                .append("\" aria-label=\"").append(escape(summary)).append("\"><title>").append(escape(summary)).append("</title>");
        for (int i = 0; i < months; i++) {
            YearMonth m = first.plusMonths(i);
            double x = LABEL + i * monthWidth;
            if (i % 2 == 1) {
                s.append(rect(x, HEAD, monthWidth, height - HEAD, "#f3f5f7", "month-band", null));
            }
            if (i == 0 || m.getMonthValue() == 1) {
                s.append(text(x + 2, 13, String.valueOf(m.getYear()), "start", "600"));
                s.append("<line x1=\"").append(num(x)).append("\" y1=\"2\" x2=\"").append(num(x)).append("\" y2=\"").append(height)
                        .append("\" stroke=\"#bdbdbd\" stroke-width=\"1\"/>");
            }
            if (monthWidth >= 14) {
                String name = Months.shortName(m, locale);
                s.append(text(x + monthWidth / 2, 29, name.substring(0, Math.min(monthWidth >= 26 ? 3 : 1, name.length())),
                        "middle", null));
            }
        }
        for (int r = 0; r < milestones.size(); r++) {
            Milestone ms = milestones.get(r);
            double y = HEAD + r * ROW;
            String label = ms.activity() == null ? "" : ms.activity();
            String shortLabel = label.length() > 34 ? label.substring(0, 33) + "…" : label;
            YearMonth to = ms.to() == null ? ms.from() : ms.to();
            String period = Objects.equals(ms.from(), to) ? Months.format(ms.from())
                    : Months.format(ms.from()) + "–" + Months.format(to);
            s.append("<g class=\"milestone\"><title>").append(escape(label + " (" + period + ")")).append("</title>");
            s.append(text(4, y + 16, shortLabel, "start", null));
            double x = LABEL + ChronoUnit.MONTHS.between(first, ms.from()) * monthWidth;
            double w = Math.max(1, ChronoUnit.MONTHS.between(ms.from(), to) + 1) * monthWidth;
            s.append(rect(x + 1, y + 5, w - 2, ROW - 10, BAR, "bar", "3")).append("</g>");
        }
        YearMonth now = YearMonth.from(today);
        long offset = ChronoUnit.MONTHS.between(first, now);
        if (offset >= 0 && offset < months) {
            double x = LABEL + (offset + (today.getDayOfMonth() - 1) / (double) now.lengthOfMonth()) * monthWidth;
            s.append("<line class=\"today\" x1=\"").append(num(x)).append("\" y1=\"").append(HEAD - 4).append("\" x2=\"")
                    .append(num(x)).append("\" y2=\"").append(height).append("\" stroke=\"#c62828\" stroke-width=\"2\" ")
                    .append("stroke-dasharray=\"4 2\"><title>").append(escape(t("program.timeline.today"))).append("</title></line>");
        }
        return s.append("</svg>").toString();
    }

    private static String rect(double x, double y, double w, double h, String fill, String cls, String radius) {
        return "<rect class=\"" + cls + "\" x=\"" + num(x) + "\" y=\"" + num(y) + "\" width=\"" + num(w) + "\" height=\"" + num(h)
                + "\" fill=\"" + fill + "\"" + (radius == null ? "" : " rx=\"" + radius + "\"") + "/>";
    }

    private static String text(double x, double y, String text, String anchor, String weight) {
        return "<text x=\"" + num(x) + "\" y=\"" + num(y) + "\" font-size=\"11\" fill=\"#333\" text-anchor=\"" + anchor + "\""
                + (weight == null ? "" : " font-weight=\"" + weight + "\"") + ">" + escape(text) + "</text>";
    }

    private static String num(double v) {
        return String.format(Locale.ROOT, "%.1f", v);
    }
}
