package no.planverk.forecasting.measures.internal;

import java.util.Optional;
import no.planverk.forecasting.api.LinkTarget;
import no.planverk.forecasting.api.RunLink;
import no.planverk.measures.api.MeasureService;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/** Measures as link targets of saved runs: "3.3.1.1-a Kvardagsrehabilitering", linking to the measure. */
@Component(service = LinkTarget.class)
public class MeasureTarget implements LinkTarget {

    static final String KIND = "measure";
    private final MeasureService measures;

    @Activate
    public MeasureTarget(@Reference MeasureService measures) {
        this.measures = measures;
    }

    @Override
    public String kind() {
        return KIND;
    }

    @Override
    public Optional<RunLink> describe(long id) {
        return measures.find(id).map(m -> new RunLink(KIND, id, m.number() + " " + m.title(), "measures/measure/" + id));
    }
}
