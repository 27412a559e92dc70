package no.planverk.ui.api.chart;

import com.vaadin.flow.component.html.Div;

/**
 * An Apache ECharts chart: a div that the browser fills with the SVG renderer from an option given as JSON.
 * The script is loaded once per page from the shell (at {@link #PATH}); the chart follows the div's size.
 * {@link #download} saves it as SVG (the rendered chart) or PNG (drawn again on a hidden canvas instance).
 */
public class EChart extends Div {

    private static final long serialVersionUID = 1L;
    public static final String VERSION = "5.6.0";
    /** Relative to the document base, which Vaadin sets to the application root. */
    /** Where the shell serves the vendored ECharts files, from the application root. */
    public static final String PATH = "/static/echarts";
    public static final String SCRIPT = PATH.substring(1) + "/echarts.min.js?v=" + VERSION;

    /** Loads ECharts once and adds Norwegian number formats to tooltips and value axes. */
    private static final String LIB = """
            const lib = window.planverkCharts || (window.planverkCharts = {
              load(src) {
                if (!this.loading) {
                  this.loading = new Promise((ok, fail) => {
                    if (window.echarts) { ok(window.echarts); return; }
                    const s = document.createElement('script');
                    s.src = new URL(src, document.baseURI).href;
                    s.onload = () => ok(window.echarts);
                    s.onerror = () => { this.loading = null; fail(new Error('ECharts did not load')); };
                    document.head.appendChild(s);
                  });
                }
                return this.loading;
              },
              prepare(json) {
                const o = JSON.parse(json);
                const nf = new Intl.NumberFormat('nb-NO', {maximumFractionDigits: 1});
                const num = v => v == null || v === '' ? '' : nf.format(v);
                o.tooltip = Object.assign({valueFormatter: num}, o.tooltip);
                if (o.planverkHeat) {
                  const h = o.planverkHeat;
                  delete o.planverkHeat;
                  const signed = v => v >= 0.05 ? h.short + ' ' + num(v) : v <= -0.05 ? h.surplus + ' ' + num(-v) : num(0);
                  // the tooltip is HTML: names (units, categories) are escaped
                  const esc = t => String(t).replace(/[&<>"']/g, c => ({'&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;'})[c]);
                  o.tooltip = {trigger: 'item', formatter: p => p.value == null ? ''
                    : esc(h.y[p.value[1]]) + ' – ' + esc(h.x[p.value[0]]) + ': ' + esc(signed(p.value[2])) + ' ' + esc(h.unit)};
                  o.series.forEach(s => { s.label = Object.assign({show: true, formatter: p => signed(p.value[2])}, s.label); });
                }
                [].concat(o.yAxis || [], o.xAxis || []).forEach(a => {
                  if (a.type === 'value') { a.axisLabel = Object.assign({formatter: num}, a.axisLabel); }
                });
                return o;
              }
            });
            """;
    private static final String RENDER = LIB + """
            const el = this;
            el.planverkOption = $1;
            lib.load($0).then(echarts => {
              if (el.planverkChart) { el.planverkChart.dispose(); }
              const chart = echarts.init(el, null, {renderer: 'svg'});
              chart.setOption(lib.prepare($1));
              el.planverkChart = chart;
              if (!el.planverkResize) {
                el.planverkResize = new ResizeObserver(() => el.planverkChart && el.planverkChart.resize());
                el.planverkResize.observe(el);
              }
              el.setAttribute('data-rendered', 'true');
            });
            """;
    private static final String DOWNLOAD = LIB + """
            const el = this;
            if (!el.planverkChart) { return; }
            const save = (href, blob) => {
              const a = document.createElement('a');
              a.href = href; a.download = $1; a.style.display = 'none';
              document.body.appendChild(a); a.click(); a.remove();
              if (blob) { setTimeout(() => URL.revokeObjectURL(href), 5000); }
            };
            if ($0 === 'svg') {
              const svg = el.planverkChart.renderToSVGString();
              save(URL.createObjectURL(new Blob([svg], {type: 'image/svg+xml;charset=utf-8'})), true);
              return;
            }
            const box = document.createElement('div');
            box.style.cssText = 'position:absolute;left:-10000px;top:0;width:' + el.clientWidth + 'px;height:' + el.clientHeight + 'px';
            document.body.appendChild(box);
            const canvas = window.echarts.init(box, null, {renderer: 'canvas'});
            const o = lib.prepare(el.planverkOption);
            o.animation = false;
            canvas.setOption(o);
            save(canvas.getDataURL({type: 'png', pixelRatio: 2, backgroundColor: '#fff'}), false);
            canvas.dispose();
            box.remove();
            """;

    private final String fileName;
    private String option = "{}";

    /** @param fileName the name of downloads without extension, e.g. "prognose-brukarar" */
    public EChart(String fileName, String label) {
        this.fileName = fileName;
        setWidthFull();
        setHeight("360px");
        addClassName("planverk-chart");
        getElement().setAttribute("role", "img");
        getElement().setAttribute("aria-label", label);
        addAttachListener(e -> render());
    }

    public void setOption(String json) {
        option = json;
        if (isAttached()) {
            render();
        }
    }

    public String option() {
        return option;
    }

    public String fileName() {
        return fileName;
    }

    private void render() {
        getElement().executeJs(RENDER, SCRIPT, option);
    }

    /** Saves the chart in the browser as {@code svg} or {@code png}. */
    public void download(String type) {
        String ext = "svg".equals(type) ? "svg" : "png";
        getElement().executeJs(DOWNLOAD, ext, fileName + "." + ext);
    }
}
