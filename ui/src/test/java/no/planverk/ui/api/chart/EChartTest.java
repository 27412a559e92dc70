package no.planverk.ui.api.chart;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.github.mvysny.kaributesting.v10.MockVaadin;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.internal.PendingJavaScriptInvocation;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The chart component asks the browser to render its option once attached, and to save it as PNG or SVG. */
class EChartTest {

    @BeforeEach
    void setUp() {
        MockVaadin.setup();
    }

    @AfterEach
    void tearDown() {
        MockVaadin.tearDown();
    }

    /** What the next response would send, as Vaadin collects it just before writing. */
    private static List<PendingJavaScriptInvocation> pending() {
        UI.getCurrent().getInternals().getStateTree().runExecutionsBeforeClientResponse();
        return UI.getCurrent().getInternals().dumpPendingJavaScriptInvocations();
    }

    @Test
    void rendersWithTheSvgRendererFromTheBundlesScriptWhenAttached() {
        EChart chart = new EChart("prognose", "Linjediagram");
        Map<String, List<Double>> series = new LinkedHashMap<>();
        series.put("Normal aldring", List.of(17.0, 26.94));
        series.put("Utsett aldring", java.util.Arrays.asList(17.0, null));
        chart.setOption(ChartOptions.line("Brukarar", "Brukarar", List.of("2020", "2021"), series));
        assertTrue(pending().isEmpty(), "nothing before it is on the page");

        UI.getCurrent().add(chart);
        List<PendingJavaScriptInvocation> calls = pending();
        assertEquals(1, calls.size());
        String js = calls.get(0).getInvocation().getExpression();
        assertTrue(js.contains("renderer: 'svg'"), js);
        List<Object> params = calls.get(0).getInvocation().getParameters();
        assertEquals("static/echarts/echarts.min.js?v=5.6.0", params.get(0));
        String option = (String) params.get(1);
        assertTrue(option.contains("\"data\":[17.0,26.9]"), option);
        assertTrue(option.contains("\"data\":[17.0,null]"), option);
        assertTrue(option.contains("\"aria\":{\"enabled\":true}"), option);
        assertEquals("Linjediagram", chart.getElement().getAttribute("aria-label"));
    }

    @Test
    void downloadsPngFromACanvasAndSvgFromTheChart() {
        EChart chart = new EChart("prognose-2020-2050", "Stolpediagram");
        UI.getCurrent().add(chart);
        pending();
        chart.download("png");
        chart.download("svg");
        List<PendingJavaScriptInvocation> calls = pending();
        assertEquals(2, calls.size());
        assertTrue(calls.get(0).getInvocation().getExpression().contains("renderer: 'canvas'"));
        assertEquals(List.of("png", "prognose-2020-2050.png"), calls.get(0).getInvocation().getParameters().subList(0, 2));
        assertTrue(calls.get(1).getInvocation().getExpression().contains("renderToSVGString"));
        assertEquals(List.of("svg", "prognose-2020-2050.svg"), calls.get(1).getInvocation().getParameters().subList(0, 2));
    }
}
