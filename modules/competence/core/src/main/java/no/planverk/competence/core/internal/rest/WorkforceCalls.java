package no.planverk.competence.core.internal.rest;

import java.util.Map;
import no.planverk.competence.api.FileFormat;
import no.planverk.competence.api.WorkforceService;
import no.planverk.platform.api.ApiResponse;
import no.planverk.platform.api.route.RouteRequest;

/**
 * The handlers of {@code /api/v1/competence/workforce}: GET ?unit=&year= (the rows; planners and the unit's leaders), POST
 * creates; PUT and DELETE /{id} (?version= for DELETE); GET /summary?unit=&year= (everyone); GET
 * /export?unit=&year=&format=; POST /erase?unit= (personal fields; admins and the unit's leaders).
 */
final class WorkforceCalls {

    private final WorkforceService workforce;
    private final Queries queries;

    WorkforceCalls(WorkforceService workforce, Queries queries) {
        this.workforce = workforce;
        this.queries = queries;
    }

    ApiResponse rows(RouteRequest r) {
        return ApiResponse.ok(workforce.positions(queries.requiredUnit(r), r.intQuery("year").orElse(null), r.user()));
    }

    ApiResponse create(RouteRequest r) {
        return ApiResponse.created(workforce.create(r.body(Bodies.PositionChange.class).draft(), r.user()));
    }

    ApiResponse update(RouteRequest r) {
        Bodies.PositionChange c = r.body(Bodies.PositionChange.class);
        return ApiResponse.ok(workforce.update(r.id("id"), r.version(c.version()), c.draft(), r.user()));
    }

    ApiResponse delete(RouteRequest r) {
        workforce.delete(r.id("id"), r.version(), r.user());
        return ApiResponse.noContent();
    }

    ApiResponse summary(RouteRequest r) {
        return ApiResponse.ok(workforce.summary(queries.requiredUnit(r), r.intQuery("year").orElse(null)));
    }

    ApiResponse erase(RouteRequest r) {
        return ApiResponse.ok(Map.of("erased", workforce.erasePersonalData(queries.requiredUnit(r), r.user())));
    }

    ApiResponse export(RouteRequest r) {
        FileFormat f = Queries.fileFormat(r);
        byte[] bytes = workforce.export(queries.requiredUnit(r), r.intQuery("year").orElse(null), f, r.user());
        return f == FileFormat.XLSX ? ApiResponse.bytes("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", bytes,
                "bemanning.xlsx") : ApiResponse.bytes("text/csv;charset=UTF-8", bytes, "bemanning.csv");
    }
}
