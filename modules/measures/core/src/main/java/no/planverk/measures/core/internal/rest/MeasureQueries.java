package no.planverk.measures.core.internal.rest;

import no.planverk.measures.api.Funding;
import no.planverk.measures.api.Light;
import no.planverk.measures.api.MeasureQuery;
import no.planverk.measures.api.MeasureStatus;
import no.planverk.platform.api.ApiRequest;

/** The grid's filters from query parameters, each checked with a message naming it. */
final class MeasureQueries {

    private MeasureQueries() {
    }

    static MeasureQuery of(ApiRequest r) {
        return new MeasureQuery(r.longQuery("plan").orElse(null), r.longQuery("goal").orElse(null), r.longQuery("unit").orElse(null),
                r.longQuery("municipality").orElse(null), r.intQuery("year").orElse(null), r.choice("status", MeasureStatus::parse).orElse(null),
                r.choice("light", Light::parse).orElse(null), r.choice("funding", Funding::parse).orElse(null),
                r.query("attention").map(Boolean::parseBoolean).orElse(null), r.query("q").orElse(null), r.query("sort").orElse(null),
                r.intQuery("offset").orElse(0), r.intQuery("limit").orElse(50));
    }
}
