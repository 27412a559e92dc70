package no.planverk.plans.core.internal.rest;

import java.util.Optional;
import no.planverk.plans.api.PlanQuery;
import no.planverk.plans.api.PlanStatus;
import no.planverk.plans.api.PlanType;
import no.planverk.platform.api.ApiRequest;
import no.planverk.platform.api.InvalidInputException;
import no.planverk.platform.api.Message;

/** Query parameters of the plans API, each checked with a message naming it. */
final class Queries {

    private Queries() {
    }

    static PlanQuery planQuery(ApiRequest r) {
        PlanType type = r.query("type").map(t -> PlanType.parse(t).orElseThrow(
                () -> InvalidInputException.field("type", Message.of("plans.query.type", "Unknown plan type ''{0}''", t)))).orElse(null);
        PlanStatus status = r.query("status").map(t -> PlanStatus.parse(t).orElseThrow(
                () -> InvalidInputException.field("status", Message.of("plans.query.status", "Unknown status ''{0}''", t)))).orElse(null);
        return new PlanQuery(type, status, longValue(r, "unit").orElse(null), integer(r, "year").orElse(null),
                r.query("q").orElse(null), r.query("sort").orElse(null), integer(r, "offset").orElse(0),
                integer(r, "limit").orElse(50));
    }

    static Optional<Integer> integer(ApiRequest r, String name) {
        return longValue(r, name).map(v -> {
            if (v > Integer.MAX_VALUE || v < Integer.MIN_VALUE) {
                throw InvalidInputException.field(name, name + " is out of range");
            }
            return v.intValue();
        });
    }

    static Optional<Long> longValue(ApiRequest r, String name) {
        return r.query(name).map(v -> {
            try {
                return Long.parseLong(v.strip());
            } catch (NumberFormatException e) {
                throw InvalidInputException.field(name, name + " must be a number, not '" + v + "'");
            }
        });
    }

    static long version(ApiRequest r) {
        return longValue(r, "version").orElseThrow(() -> InvalidInputException.field("version", Message.of("plans.query.version", "Add ?version=N: the version you read")));
    }

    static long version(Long v) {
        if (v == null) {
            throw InvalidInputException.field("version", Message.of("plans.body.version",
                    "Send the version you read, to guard against lost updates"));
        }
        return v;
    }
}
