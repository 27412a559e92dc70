package no.planverk.plans.core.internal.rest;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import no.planverk.plans.api.Indicator;
import no.planverk.plans.api.IndicatorDraft;
import no.planverk.plans.api.IndicatorService;
import no.planverk.plans.api.IndicatorSource;
import no.planverk.plans.api.IndicatorValue;
import no.planverk.plans.core.internal.indicators.StatFigures;
import no.planverk.platform.api.ApiResponse;
import no.planverk.platform.api.InvalidInputException;
import no.planverk.platform.api.Message;
import no.planverk.platform.api.NotFoundException;
import no.planverk.platform.api.Role;
import no.planverk.platform.api.route.RouteRequest;
import no.planverk.platform.api.route.Routes;

/**
 * The indicator routes: GET and POST {@code /plans/goals/{goalId}/indicators} (a goal's indicators; create), GET, PUT and
 * DELETE {@code /plans/indicators/{indicatorId}} (the whole indicator, its actual values included), and PUT and DELETE
 * {@code /plans/indicators/{indicatorId}/actuals/{year}} (one year's actual value). Every change sends the version it
 * read (409 when someone changed the indicator since); the service checks the edit rights on the goal's plan.
 */
final class IndicatorsApi {

    /** An indicator's fields as sent; {@code version} is the one read (PUT only). */
    record IndicatorBody(String name, String unit, Integer baselineYear, Double baselineValue, Integer targetYear, Double targetValue,
            List<IndicatorValue> actuals, IndicatorSource source, Long version) {

        /** The draft; without a {@code source} in the body the one it had stays. */
        IndicatorDraft draft(long goalId, IndicatorSource had) {
            return new IndicatorDraft(goalId, name, unit, baselineYear, baselineValue, targetYear, targetValue, actuals,
                    source == null ? had : source);
        }
    }

    /** One year's actual value and the indicator's version read. */
    record ActualBody(Double value, Long version) {
    }

    private final IndicatorService indicators;

    IndicatorsApi(IndicatorService indicators) {
        this.indicators = indicators;
    }

    Routes addTo(Routes routes) {
        return routes.get("/goals/{goalId}/indicators", r -> ApiResponse.ok(indicators.forGoal(r.id("goalId"))))
                .post("/goals/{goalId}/indicators", this::create)
                .get("/indicators/{indicatorId}", r -> ApiResponse.ok(indicator(r)))
                .put("/indicators/{indicatorId}", this::update)
                .delete("/indicators/{indicatorId}", r -> {
                    indicators.delete(indicator(r).id(), r.version(), r.user());
                    return ApiResponse.noContent();
                })
                .put("/indicators/{indicatorId}/actuals/{year}", this::putActual)
                .delete("/indicators/{indicatorId}/actuals/{year}", this::deleteActual)
                .post("/indicators/{indicatorId}/actuals/import", this::importActuals)
                .post("/indicators/{indicatorId}/actuals/fetch", Set.of(Role.ADMIN), this::fetchActuals);
    }

    private ApiResponse create(RouteRequest r) {
        return ApiResponse.created(indicators.create(r.body(IndicatorBody.class).draft(r.id("goalId"), null), r.user()));
    }

    private ApiResponse update(RouteRequest r) {
        Indicator before = indicator(r);
        IndicatorBody b = r.body(IndicatorBody.class);
        return ApiResponse.ok(indicators.update(before.id(), r.version(b.version()), b.draft(before.goalId(), before.source()), r.user()));
    }

    /** Sets the actual value of a year, added or replaced; the other years stay. */
    private ApiResponse putActual(RouteRequest r) {
        Indicator before = indicator(r);
        int year = year(r);
        ActualBody b = r.body(ActualBody.class);
        long version = r.version(b.version());
        if (b.value() == null) {
            throw InvalidInputException.field("value", Message.of("plans.indicator.actual.incomplete",
                    "Every actual value needs a year and a number"));
        }
        List<IndicatorValue> actuals = new ArrayList<>(before.actuals().stream().filter(v -> v.year() != year).toList());
        actuals.add(new IndicatorValue(year, b.value()));
        return ApiResponse.ok(indicators.update(before.id(), version, withActuals(before, actuals), r.user()));
    }

    /**
     * The body is an SSB table file (JSON-stat 2.0 or PxWeb CSV); {@code ?version=} the version read, {@code region=},
     * {@code contents=} and any dimension's id choose categories. Answers the years added, changed and unchanged.
     */
    private ApiResponse importActuals(RouteRequest r) {
        Indicator before = indicator(r);
        long version = r.version();
        byte[] file = r.bodyBytes();
        Map<String, String> choices = new LinkedHashMap<>();
        for (String name : StatFigures.parameters(file)) {
            r.query(name).ifPresent(v -> choices.put(name, v));
        }
        return ApiResponse.ok(indicators.importActuals(before.id(), version, file, choices, r.user()));
    }

    /**
     * Administrators only (the platform checks the role before anything else): the indicator's SSB table fetched from SSB
     * with its source as the selection and imported as a file would be ({@code ?version=} the version read). Answers as
     * the import; 502 when SSB cannot be reached.
     */
    private ApiResponse fetchActuals(RouteRequest r) {
        Indicator before = indicator(r);
        return ApiResponse.ok(indicators.fetchActuals(before.id(), r.version(), r.user()));
    }

    private ApiResponse deleteActual(RouteRequest r) {
        Indicator before = indicator(r);
        int year = year(r);
        long version = r.version();
        if (before.actuals().stream().noneMatch(v -> v.year() == year)) {
            throw NotFoundException.of("Actual value", year);
        }
        List<IndicatorValue> actuals = before.actuals().stream().filter(v -> v.year() != year).toList();
        return ApiResponse.ok(indicators.update(before.id(), version, withActuals(before, actuals), r.user()));
    }

    private static IndicatorDraft withActuals(Indicator i, List<IndicatorValue> actuals) {
        return new IndicatorDraft(i.goalId(), i.name(), i.unit(), i.baselineYear(), i.baselineValue(), i.targetYear(), i.targetValue(),
                actuals, i.source());
    }

    private static int year(RouteRequest r) {
        long year = r.id("year");
        if (year < 0 || year > 9999) {
            throw NotFoundException.of("Year", year);
        }
        return (int) year;
    }

    private Indicator indicator(RouteRequest r) {
        long id = r.id("indicatorId");
        return indicators.find(id).orElseThrow(() -> NotFoundException.of("Indicator", id));
    }
}
