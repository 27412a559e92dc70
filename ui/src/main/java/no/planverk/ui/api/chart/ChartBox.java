package no.planverk.ui.api.chart;

import static no.planverk.ui.internal.ShellTexts.t;


import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;

/** A chart with its PNG and SVG download buttons. */
public final class ChartBox extends VerticalLayout {

    private static final long serialVersionUID = 1L;
    public final EChart chart;
    public final Button png;
    public final Button svg;

    public ChartBox(String id, String fileName, String label) {
        chart = new EChart(fileName, label);
        chart.setId(id);
        png = button(id + "-png", "PNG", "png");
        svg = button(id + "-svg", "SVG", "svg");
        HorizontalLayout buttons = new HorizontalLayout(png, svg);
        buttons.setSpacing(true);
        setPadding(false);
        setSpacing(false);
        setWidthFull();
        add(chart, buttons);
    }

    private Button button(String id, String label, String type) {
        Button b = new Button(t("chart.download", label), VaadinIcon.DOWNLOAD_ALT.create(), e -> chart.download(type));
        b.setId(id);
        b.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_TERTIARY);
        return b;
    }
}
