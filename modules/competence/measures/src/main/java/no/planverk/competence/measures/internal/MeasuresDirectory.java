package no.planverk.competence.measures.internal;

import java.util.Optional;
import no.planverk.competence.api.MeasureDirectory;
import no.planverk.measures.api.MeasureService;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/** Measures of the measures module as link targets of competence measures: "90 Mentorordning ...". */
@Component(service = MeasureDirectory.class)
public class MeasuresDirectory implements MeasureDirectory {

    private final MeasureService measures;

    @Activate
    public MeasuresDirectory(@Reference MeasureService measures) {
        this.measures = measures;
    }

    @Override
    public Optional<String> describe(long measureId) {
        return measures.find(measureId).map(m -> m.number() + " " + m.title());
    }
}
