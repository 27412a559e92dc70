package no.planverk.volunteers.measures.internal;

import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import no.planverk.measures.api.Measure;
import no.planverk.measures.api.MeasureService;
import no.planverk.volunteers.api.MeasureDirectory;
import no.planverk.volunteers.api.MeasureRef;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/** The measures module's measures, for assignments to serve: "3.3.1.1-b Etablering av stilling som koordinator ...". */
@Component(service = MeasureDirectory.class)
public class MeasuresDirectory implements MeasureDirectory {

    private final MeasureService measures;

    @Activate
    public MeasuresDirectory(@Reference MeasureService measures) {
        this.measures = measures;
    }

    @Override
    public List<MeasureRef> measures() {
        return measures.all().stream().map(MeasuresDirectory::ref)
                .sorted(Comparator.comparing(MeasureRef::number).thenComparing(MeasureRef::id)).toList();
    }

    @Override
    public Optional<MeasureRef> find(long measureId) {
        return measures.find(measureId).map(MeasuresDirectory::ref);
    }

    private static MeasureRef ref(Measure m) {
        return new MeasureRef(m.id(), m.number(), m.title());
    }
}
