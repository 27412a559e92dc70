/**
 * Charts for module views: {@link no.planverk.ui.api.chart.EChart}, an Apache ECharts chart (open source, vendored in the
 * shell and served at {@code /static/echarts}) with PNG and SVG downloads, and {@link no.planverk.ui.api.chart.ChartOptions}
 * for line, bar and heatmap options.
 */
@Export
@Version("1.0.0")
package no.planverk.ui.api.chart;

import org.osgi.annotation.bundle.Export;
import org.osgi.annotation.versioning.Version;
