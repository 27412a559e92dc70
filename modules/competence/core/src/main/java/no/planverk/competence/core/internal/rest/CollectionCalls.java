package no.planverk.competence.core.internal.rest;

import no.planverk.competence.api.CompetenceMeasureService;
import no.planverk.competence.api.FulltimeService;
import no.planverk.competence.api.RequirementService;
import no.planverk.platform.api.ApiResponse;
import no.planverk.platform.api.Message;
import no.planverk.platform.api.NotFoundException;
import no.planverk.platform.api.route.RouteRequest;

/**
 * The handlers of the editable collections: {@code requirements[?unit=]}, {@code benchmarks}, {@code measures[?unit=&year=]}.
 * GET lists, POST creates; GET (measures), PUT and DELETE /{id} with the version read (PUT in the body, DELETE as ?version=).
 */
final class CollectionCalls {

    private final RequirementService requirements;
    private final FulltimeService fulltime;
    private final CompetenceMeasureService measures;
    private final Queries queries;

    CollectionCalls(RequirementService requirements, FulltimeService fulltime, CompetenceMeasureService measures, Queries queries) {
        this.requirements = requirements;
        this.fulltime = fulltime;
        this.measures = measures;
        this.queries = queries;
    }

    ApiResponse requirements(RouteRequest r) {
        return ApiResponse.ok(requirements.list(queries.unit(r)));
    }

    ApiResponse createRequirement(RouteRequest r) {
        return ApiResponse.created(requirements.create(r.body(Bodies.RequirementChange.class).draft(), r.user()));
    }

    ApiResponse updateRequirement(RouteRequest r) {
        Bodies.RequirementChange c = r.body(Bodies.RequirementChange.class);
        return ApiResponse.ok(requirements.update(r.id("id"), r.version(c.version()), c.draft(), r.user()));
    }

    ApiResponse deleteRequirement(RouteRequest r) {
        requirements.delete(r.id("id"), r.version(), r.user());
        return ApiResponse.noContent();
    }

    ApiResponse benchmarks(RouteRequest r) {
        return ApiResponse.ok(fulltime.benchmarks());
    }

    ApiResponse createBenchmark(RouteRequest r) {
        return ApiResponse.created(fulltime.create(r.body(Bodies.BenchmarkChange.class).draft(), r.user()));
    }

    ApiResponse updateBenchmark(RouteRequest r) {
        Bodies.BenchmarkChange c = r.body(Bodies.BenchmarkChange.class);
        return ApiResponse.ok(fulltime.update(r.id("id"), r.version(c.version()), c.draft(), r.user()));
    }

    ApiResponse deleteBenchmark(RouteRequest r) {
        fulltime.delete(r.id("id"), r.version(), r.user());
        return ApiResponse.noContent();
    }

    ApiResponse measures(RouteRequest r) {
        return ApiResponse.ok(measures.list(queries.unit(r), r.intQuery("year").orElse(null)));
    }

    ApiResponse createMeasure(RouteRequest r) {
        return ApiResponse.created(measures.create(r.body(Bodies.MeasureChange.class).draft(), r.user()));
    }

    ApiResponse measure(RouteRequest r) {
        long id = r.id("id");
        return ApiResponse.ok(measures.find(id).orElseThrow(() -> new NotFoundException(Message.of("competence.measure.notFound",
                "Competence measure {0} was not found", String.valueOf(id)))));
    }

    ApiResponse updateMeasure(RouteRequest r) {
        Bodies.MeasureChange c = r.body(Bodies.MeasureChange.class);
        return ApiResponse.ok(measures.update(r.id("id"), r.version(c.version()), c.draft(), r.user()));
    }

    ApiResponse deleteMeasure(RouteRequest r) {
        measures.delete(r.id("id"), r.version(), r.user());
        return ApiResponse.noContent();
    }
}
