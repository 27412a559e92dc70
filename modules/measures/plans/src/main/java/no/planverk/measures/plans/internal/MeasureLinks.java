package no.planverk.measures.plans.internal;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import no.planverk.measures.api.Measure;
import no.planverk.measures.api.MeasureService;
import no.planverk.plans.api.GoalLink;
import no.planverk.plans.api.GoalLinkProvider;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/** Measures in the red thread: each measure under every goal it serves, linking to its page. */
@Component(service = GoalLinkProvider.class)
public class MeasureLinks implements GoalLinkProvider {

    static final String KIND = "measure";
    private final MeasureService measures;

    @Activate
    public MeasureLinks(@Reference MeasureService measures) {
        this.measures = measures;
    }

    @Override
    public List<GoalLink> linksTo(Collection<Long> goalIds) {
        if (goalIds.isEmpty()) {
            return List.of();
        }
        List<GoalLink> links = new ArrayList<>();
        for (Measure m : measures.forGoals(goalIds)) {
            m.goalIds().stream().filter(goalIds::contains).forEach(g -> links.add(new GoalLink(g, KIND, m.id(), m.number(), m.title(),
                    "measures/measure/" + m.id())));
        }
        return links;
    }
}
