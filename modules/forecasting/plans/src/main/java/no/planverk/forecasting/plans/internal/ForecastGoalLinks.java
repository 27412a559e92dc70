package no.planverk.forecasting.plans.internal;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import no.planverk.forecasting.api.ForecastService;
import no.planverk.forecasting.api.RunInfo;
import no.planverk.forecasting.api.RunLink;
import no.planverk.plans.api.GoalLink;
import no.planverk.plans.api.GoalLinkProvider;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/** Saved runs in the red thread: under every goal that cites them, linking to the run. */
@Component(service = GoalLinkProvider.class)
public class ForecastGoalLinks implements GoalLinkProvider {

    static final String KIND = "forecast";
    private final ForecastService forecasts;

    @Activate
    public ForecastGoalLinks(@Reference ForecastService forecasts) {
        this.forecasts = forecasts;
    }

    @Override
    public List<GoalLink> linksTo(Collection<Long> goalIds) {
        if (goalIds.isEmpty()) {
            return List.of();
        }
        List<GoalLink> links = new ArrayList<>();
        for (RunInfo run : forecasts.runs()) {
            for (RunLink l : run.links()) {
                if (l.kind().equals(GoalTarget.KIND) && goalIds.contains(l.targetId())) {
                    links.add(new GoalLink(l.targetId(), KIND, run.id(), run.baseYear() + "–" + run.horizon(), run.name(),
                            "forecasting/run/" + run.id()));
                }
            }
        }
        return links;
    }
}
