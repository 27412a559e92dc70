package no.planverk.portal.core.internal.content;

import java.util.List;

/** The measures module, when installed: the measures of a plan. */
public interface MeasureSource {

    List<PublicMeasure> ofPlan(long planId);
}
