package no.planverk.measures.core.internal;

import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import no.planverk.measures.api.Measure;
import no.planverk.measures.api.MeasureService;
import no.planverk.platform.api.link.MeasureDirectory;
import no.planverk.platform.api.link.MeasureRef;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/**
 * The platform's port to this module's measures, for the modules that link to them (competence measures, volunteer
 * assignments): "3.3.1.1-b Etablering av stilling som koordinator ...".
 */
@Component(service = MeasureDirectory.class)
public class MeasureDirectoryImpl implements MeasureDirectory {

    private final MeasureService measures;

    @Activate
    public MeasureDirectoryImpl(@Reference MeasureService measures) {
        this.measures = measures;
    }

    @Override
    public List<MeasureRef> measures() {
        return measures.all().stream().map(MeasureDirectoryImpl::ref)
                .sorted(Comparator.comparing(MeasureRef::number).thenComparing(MeasureRef::id)).toList();
    }

    @Override
    public Optional<MeasureRef> find(long measureId) {
        return measures.find(measureId).map(MeasureDirectoryImpl::ref);
    }

    private static MeasureRef ref(Measure m) {
        return new MeasureRef(m.id(), m.planId(), m.number(), m.title());
    }
}
