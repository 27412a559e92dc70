package no.planverk.forecasting.ui.internal;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.icon.VaadinIcon;
import no.planverk.forecasting.api.ForecastCsv;
import no.planverk.forecasting.api.ForecastService;
import no.planverk.ui.api.MenuEntry;
import no.planverk.ui.api.ViewContribution;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Reference;

/** Run a forecast at {@code forecasting}: the module's menu entry. Everyone may run. */
@org.osgi.service.component.annotations.Component(service = ViewContribution.class)
public final class RunContribution implements ViewContribution {

    private final ForecastService forecasts;
    private final ForecastCsv csv;

    @Activate
    public RunContribution(@Reference ForecastService forecasts, @Reference ForecastCsv csv) {
        this.forecasts = forecasts;
        this.csv = csv;
    }

    @Override
    public String path() {
        return ForecastNav.RUN;
    }

    @Override
    public Class<RunView> viewClass() {
        return RunView.class;
    }

    @Override
    public Component create() {
        return new RunView(forecasts, csv);
    }

    @Override
    public MenuEntry menu() {
        return MenuEntry.of(ForecastTexts.TEXTS, "menu.run", VaadinIcon.TRENDING_UP, 300);
    }
}
