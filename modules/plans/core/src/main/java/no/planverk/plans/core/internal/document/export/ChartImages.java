package no.planverk.plans.core.internal.document.export;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.Paint;
import java.awt.Graphics2D;
import java.awt.geom.Rectangle2D;
import java.awt.image.BufferedImage;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.text.NumberFormat;
import java.util.List;
import java.util.Locale;
import no.planverk.plans.api.document.BlockChart;
import no.planverk.plans.api.document.BlockSeries;
import org.jfree.chart.ChartFactory;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.CategoryLabelPositions;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.plot.CategoryPlot;
import org.jfree.chart.plot.PlotOrientation;
import org.jfree.chart.renderer.category.BarRenderer;
import org.jfree.chart.renderer.category.CategoryItemRenderer;
import org.jfree.chart.renderer.category.LineAndShapeRenderer;
import org.jfree.chart.renderer.category.StandardBarPainter;
import org.jfree.data.category.DefaultCategoryDataset;

/** A block's chart as a PNG (JFreeChart, headless), numbers on the axis in Norwegian style (1 234,5). */
final class ChartImages {

    static final int WIDTH = 720;
    static final int HEIGHT = 360;
    /** Drawn at twice the size so print and zoom stay sharp. */
    private static final double SCALE = 2;
    /** Okabe-Ito: told apart with the common colour-vision deficiencies; lines also differ by marker shape. */
    private static final Color[] PALETTE = {new Color(0x0072B2), new Color(0xE69F00), new Color(0x009E73),
        new Color(0xCC79A7), new Color(0x56B4E9), new Color(0xD55E00), new Color(0xF0E442), Color.BLACK};

    private ChartImages() {
    }

    static byte[] png(BlockChart chart) {
        JFreeChart jfree = draw(chart);
        BufferedImage image = new BufferedImage((int) (WIDTH * SCALE), (int) (HEIGHT * SCALE), BufferedImage.TYPE_INT_RGB);
        Graphics2D g = image.createGraphics();
        try {
            g.scale(SCALE, SCALE);
            jfree.draw(g, new Rectangle2D.Double(0, 0, WIDTH, HEIGHT));
        } finally {
            g.dispose();
        }
        return PngEncoder.encode(image);
    }

    private static JFreeChart draw(BlockChart chart) {
        DefaultCategoryDataset data = new DefaultCategoryDataset();
        List<String> categories = chart.categories();
        for (BlockSeries series : chart.series()) {
            for (int i = 0; i < categories.size(); i++) {
                Double value = i < series.values().size() ? series.values().get(i) : null;
                data.addValue(value, series.name(), categories.get(i));
            }
        }
        String unit = chart.unit() == null ? "" : chart.unit();
        JFreeChart jfree = chart.kind() == BlockChart.Kind.BAR
                ? ChartFactory.createBarChart(null, null, unit, data, PlotOrientation.VERTICAL, true, false, false)
                : ChartFactory.createLineChart(null, null, unit, data, PlotOrientation.VERTICAL, true, false, false);
        style(jfree, chart.series().size(), categories.size());
        return jfree;
    }

    private static void style(JFreeChart jfree, int seriesCount, int categoryCount) {
        jfree.setBackgroundPaint(Color.WHITE);
        jfree.setAntiAlias(true);
        CategoryPlot plot = jfree.getCategoryPlot();
        plot.setBackgroundPaint(Color.WHITE);
        plot.setOutlineVisible(false);
        plot.setRangeGridlinePaint(new Color(0xBBBBBB));
        NumberAxis axis = (NumberAxis) plot.getRangeAxis();
        axis.setNumberFormatOverride(norwegian());
        axis.setAutoRangeIncludesZero(true);
        Font font = new Font(Font.SANS_SERIF, Font.PLAIN, 12);
        axis.setTickLabelFont(font);
        plot.getDomainAxis().setTickLabelFont(font);
        if (categoryCount > 12) {
            plot.getDomainAxis().setCategoryLabelPositions(CategoryLabelPositions.UP_45);
        }
        CategoryItemRenderer renderer = plot.getRenderer();
        for (int i = 0; i < seriesCount; i++) {
            Paint paint = PALETTE[i % PALETTE.length];
            renderer.setSeriesPaint(i, paint);
        }
        if (renderer instanceof LineAndShapeRenderer lines) {
            lines.setDefaultShapesVisible(true);
            for (int i = 0; i < seriesCount; i++) {
                lines.setSeriesStroke(i, new BasicStroke(2.5f));
            }
        } else if (renderer instanceof BarRenderer bars) {
            bars.setBarPainter(new StandardBarPainter());
            bars.setShadowVisible(false);
        }
        if (jfree.getLegend() != null) {
            jfree.getLegend().setItemFont(font);
        }
    }

    /** 1 234,5 with a plain hyphen for minus, as {@code no.planverk.ui.api.Formats} writes numbers. */
    static NumberFormat norwegian() {
        Locale nn = Locale.forLanguageTag("nn-NO");
        DecimalFormatSymbols symbols = DecimalFormatSymbols.getInstance(nn);
        symbols.setMinusSign('-');
        DecimalFormat format = (DecimalFormat) NumberFormat.getNumberInstance(nn);
        format.setDecimalFormatSymbols(symbols);
        return format;
    }
}
