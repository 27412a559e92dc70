package no.planverk.volunteers.forecasting.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import no.planverk.forecasting.api.staircase.StaircaseService;
import no.planverk.forecasting.api.staircase.StaircaseStep;
import no.planverk.volunteers.api.StepDirectory;
import no.planverk.volunteers.api.StepLabel;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/**
 * The volunteers' steps 1..4 are the four categories of the forecasting module's staircase: each gets the names of
 * the municipality's steps in that category, bottom up, read each time (a planner may rename them at any moment).
 */
@Component(service = StepDirectory.class)
public class StaircaseSteps implements StepDirectory {

    private final StaircaseService staircase;

    @Activate
    public StaircaseSteps(@Reference StaircaseService staircase) {
        this.staircase = staircase;
    }

    @Override
    public List<StepLabel> steps() {
        Map<Integer, List<String>> byCategory = new TreeMap<>();
        for (StaircaseStep s : staircase.staircase().steps()) {
            byCategory.computeIfAbsent(s.category(), c -> new ArrayList<>()).add(s.name());
        }
        return byCategory.entrySet().stream().map(e -> new StepLabel(e.getKey(), e.getValue())).toList();
    }
}
