package no.planverk.forecasting.ui.internal;

import static no.planverk.forecasting.ui.internal.ForecastTexts.t;

import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.HasDynamicTitle;
import java.util.List;
import java.util.stream.Collectors;
import no.planverk.forecasting.api.ForecastService;
import no.planverk.forecasting.api.RunInfo;
import no.planverk.ui.api.Formats;

/** The saved runs at {@code forecasting/runs}, newest first, each linking to its page. */
public class RunsView extends VerticalLayout implements HasDynamicTitle {

    private static final long serialVersionUID = 1L;
    final Grid<RunInfo> grid = new Grid<>();
    final Paragraph count = new Paragraph();

    public RunsView(ForecastService forecasts) {
        setWidthFull();
        List<RunInfo> runs = forecasts.runs();
        count.setId("planverk-forecasting-runs-count");
        count.setText(t("runs.count", runs.size()));
        grid.setId("planverk-forecasting-runs");
        grid.addComponentColumn(RunsView::link).setHeader(t("runs.name")).setKey("name").setFlexGrow(2).setResizable(true);
        grid.addColumn(r -> r.baseYear() + "–" + r.horizon()).setHeader(t("runs.years")).setKey("years").setAutoWidth(true);
        grid.addColumn(r -> r.scenarios().stream().map(Labels::scenario).collect(Collectors.joining(", ")))
                .setHeader(t("runs.scenarios")).setKey("scenarios").setFlexGrow(1);
        grid.addColumn(r -> Formats.integer(r.links().size())).setHeader(t("runs.links")).setKey("links").setAutoWidth(true);
        grid.addColumn(r -> Labels.time(r.created())).setHeader(t("runs.created")).setKey("created").setAutoWidth(true);
        grid.addColumn(RunInfo::createdBy).setHeader(t("runs.by")).setKey("by").setAutoWidth(true);
        grid.addThemeVariants(GridVariant.LUMO_ROW_STRIPES, GridVariant.LUMO_WRAP_CELL_CONTENT);
        grid.setItems(runs);
        grid.setAllRowsVisible(runs.size() <= 20);
        add(ForecastNav.bar(ForecastNav.RUNS), new H2(t("runs.title")), count, grid);
    }

    private static Anchor link(RunInfo r) {
        Anchor a = new Anchor(ForecastNav.saved(r.id()), r.name());
        a.getElement().setAttribute("router-link", true);
        return a;
    }

    @Override
    public String getPageTitle() {
        return t("runs.title") + " – Planverk";
    }
}
