package no.planverk.plans.core.internal.rest;

import no.planverk.plans.api.PlanQuery;
import no.planverk.plans.api.PlanStatus;
import no.planverk.plans.api.PlanType;
import no.planverk.platform.api.ApiRequest;

/** The register's filters from query parameters, each checked with a message naming it. */
final class Queries {

    private Queries() {
    }

    static PlanQuery planQuery(ApiRequest r) {
        return new PlanQuery(r.choice("type", PlanType::parse).orElse(null), r.choice("status", PlanStatus::parse).orElse(null),
                r.longQuery("unit").orElse(null), r.intQuery("year").orElse(null), r.query("q").orElse(null), r.query("sort").orElse(null),
                r.intQuery("offset").orElse(0), r.intQuery("limit").orElse(50));
    }
}
