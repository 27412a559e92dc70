package no.planverk.forecasting.measures.internal;

import java.util.List;
import java.util.Optional;
import no.planverk.forecasting.api.LinkTarget;
import no.planverk.forecasting.api.RunLink;
import no.planverk.measures.api.Measure;
import no.planverk.measures.api.MeasureQuery;
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

    /** Measures by number, title, plan or goal text (the measure list's search), labelled "plan: number title". */
    @Override
    public List<RunLink> search(String text, int limit) {
        MeasureQuery query = new MeasureQuery(null, null, null, null, null, null, null, null,
                text == null || text.isBlank() ? null : text.strip(), "number", 0, limit);
        return measures.list(query).items().stream().map(MeasureTarget::choice).toList();
    }

    static RunLink choice(Measure m) {
        String plan = m.planName() == null || m.planName().isBlank() ? "" : m.planName() + ": ";
        return new RunLink(KIND, m.id(), plan + m.number() + " " + m.title(), "measures/measure/" + m.id());
    }
}
