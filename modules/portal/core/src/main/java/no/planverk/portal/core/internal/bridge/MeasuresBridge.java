package no.planverk.portal.core.internal.bridge;

import java.util.List;
import no.planverk.measures.api.Measure;
import no.planverk.measures.api.MeasureQuery;
import no.planverk.measures.api.MeasureService;
import no.planverk.portal.core.internal.content.MeasureSource;
import no.planverk.portal.core.internal.content.PublicMeasure;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/**
 * The measures module for the portal, when it is installed (its package is an optional import; without it this
 * component stays unsatisfied and the portal shows goals only). No contact person, no reporter, no money.
 */
@Component(service = MeasureSource.class)
public class MeasuresBridge implements MeasureSource {

    private final MeasureService measures;

    @Activate
    public MeasuresBridge(@Reference MeasureService measures) {
        this.measures = measures;
    }

    @Override
    public List<PublicMeasure> ofPlan(long planId) {
        return measures.list(MeasureQuery.ofPlan(planId)).items().stream().map(MeasuresBridge::toPublic).toList();
    }

    static PublicMeasure toPublic(Measure m) {
        return new PublicMeasure(m.id(), m.number(), m.title(), m.status().id(), m.light() == null ? null : m.light().id(), m.percent(),
                m.fromYear(), m.toYear(), m.lastPeriod() == null ? null : m.lastPeriod().toString(), m.lastComment(), m.goalIds());
    }
}
