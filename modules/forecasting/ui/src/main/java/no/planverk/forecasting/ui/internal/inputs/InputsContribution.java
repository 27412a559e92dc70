package no.planverk.forecasting.ui.internal.inputs;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.icon.VaadinIcon;
import no.planverk.forecasting.api.ForecastCsv;
import no.planverk.forecasting.api.ForecastService;
import no.planverk.forecasting.api.InputTransfer;
import no.planverk.forecasting.api.SsbFetchService;
import no.planverk.forecasting.ui.internal.ForecastNav;
import no.planverk.forecasting.ui.internal.ForecastTexts;
import no.planverk.ui.api.MenuEntry;
import no.planverk.ui.api.ViewContribution;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Reference;

/** The stored inputs at {@code forecasting/inputs}: everyone reads, planners change (the view hides the rest). */
@org.osgi.service.component.annotations.Component(service = ViewContribution.class)
public final class InputsContribution implements ViewContribution {

    private final ForecastService forecasts;
    private final ForecastCsv csv;
    private final InputTransfer transfer;
    private final SsbFetchService ssb;

    @Activate
    public InputsContribution(@Reference ForecastService forecasts, @Reference ForecastCsv csv, @Reference InputTransfer transfer,
            @Reference SsbFetchService ssb) {
        this.forecasts = forecasts;
        this.csv = csv;
        this.transfer = transfer;
        this.ssb = ssb;
    }

    @Override
    public String path() {
        return ForecastNav.INPUTS;
    }

    @Override
    public Class<InputsView> viewClass() {
        return InputsView.class;
    }

    @Override
    public Component create() {
        return new InputsView(forecasts, csv, transfer, ssb);
    }

    @Override
    public MenuEntry menu() {
        return MenuEntry.of(ForecastTexts.TEXTS, "menu.inputs", VaadinIcon.TABLE, 302);
    }
}
