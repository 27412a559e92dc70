package no.planverk.measures.core.internal.rest;

import java.util.Optional;
import java.util.function.Function;
import no.planverk.measures.api.Funding;
import no.planverk.measures.api.Light;
import no.planverk.measures.api.MeasureQuery;
import no.planverk.measures.api.MeasureStatus;
import no.planverk.platform.api.ApiRequest;
import no.planverk.platform.api.InvalidInputException;
import no.planverk.platform.api.Message;

/** The grid's filters from query parameters, each checked with a message naming it. */
final class MeasureQueries {

    private MeasureQueries() {
    }

    static MeasureQuery of(ApiRequest r) {
        return new MeasureQuery(r.longQuery("plan").orElse(null), r.longQuery("goal").orElse(null), r.longQuery("unit").orElse(null),
                r.longQuery("municipality").orElse(null), r.intQuery("year").orElse(null), choice(r, "status", MeasureStatus::parse),
                choice(r, "light", Light::parse),
                choice(r, "funding", Funding::parse), r.query("attention").map(Boolean::parseBoolean).orElse(null),
                r.query("q").orElse(null), r.query("sort").orElse(null), r.intQuery("offset").orElse(0), r.intQuery("limit").orElse(50));
    }

    private static <E> E choice(ApiRequest r, String name, Function<String, Optional<E>> parse) {
        return r.query(name).map(v -> parse.apply(v).orElseThrow(() -> InvalidInputException.field(name, Message.of("measures.query.unknown",
                "Unknown {0} ''{1}''", name, v)))).orElse(null);
    }
}
