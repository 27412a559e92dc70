package no.planverk.forecasting.ui.internal.staircase;

import com.vaadin.flow.component.Component;
import no.planverk.forecasting.api.staircase.StaircaseService;
import no.planverk.forecasting.ui.internal.ForecastNav;
import no.planverk.ui.api.ViewContribution;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Reference;

/** The staircase at {@code forecasting/staircase}, reached from the forecasting views' bar. */
@org.osgi.service.component.annotations.Component(service = ViewContribution.class)
public final class StaircaseContribution implements ViewContribution {

    private final StaircaseService staircase;

    @Activate
    public StaircaseContribution(@Reference StaircaseService staircase) {
        this.staircase = staircase;
    }

    @Override
    public String path() {
        return ForecastNav.STAIRCASE;
    }

    @Override
    public Class<StaircaseView> viewClass() {
        return StaircaseView.class;
    }

    @Override
    public Component create() {
        return new StaircaseView(staircase);
    }
}
