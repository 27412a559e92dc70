package no.planverk.forecasting.ui.internal;

import com.vaadin.flow.component.Component;
import no.planverk.forecasting.api.ForecastCsv;
import no.planverk.forecasting.api.ForecastService;
import no.planverk.forecasting.api.staircase.StaircaseService;
import no.planverk.ui.api.ViewContribution;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Reference;

/** A saved run at {@code forecasting/run/<id>}, reached from the list, the card and linked goals (no menu entry). */
@org.osgi.service.component.annotations.Component(service = ViewContribution.class)
public final class SavedRunContribution implements ViewContribution {

    private final ForecastService forecasts;
    private final ForecastCsv csv;
    private final StaircaseService staircase;

    @Activate
    public SavedRunContribution(@Reference ForecastService forecasts, @Reference ForecastCsv csv, @Reference StaircaseService staircase) {
        this.forecasts = forecasts;
        this.csv = csv;
        this.staircase = staircase;
    }

    @Override
    public String path() {
        return ForecastNav.SAVED;
    }

    @Override
    public Class<SavedRunView> viewClass() {
        return SavedRunView.class;
    }

    @Override
    public Component create() {
        return new SavedRunView(forecasts, csv, staircase);
    }
}
