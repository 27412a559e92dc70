package no.planverk.forecasting.ui.internal;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.icon.VaadinIcon;
import no.planverk.forecasting.api.ForecastService;
import no.planverk.ui.api.MenuEntry;
import no.planverk.ui.api.ViewContribution;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Reference;

/** The saved runs at {@code forecasting/runs}, with a menu entry under the forecast. */
@org.osgi.service.component.annotations.Component(service = ViewContribution.class)
public final class RunsContribution implements ViewContribution {

    private final ForecastService forecasts;

    @Activate
    public RunsContribution(@Reference ForecastService forecasts) {
        this.forecasts = forecasts;
    }

    @Override
    public String path() {
        return ForecastNav.RUNS;
    }

    @Override
    public Class<RunsView> viewClass() {
        return RunsView.class;
    }

    @Override
    public Component create() {
        return new RunsView(forecasts);
    }

    @Override
    public MenuEntry menu() {
        return MenuEntry.of(ForecastTexts.TEXTS, "menu.runs", VaadinIcon.ARCHIVE, 301);
    }
}
