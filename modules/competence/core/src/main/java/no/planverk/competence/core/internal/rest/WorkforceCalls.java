package no.planverk.competence.core.internal.rest;

import no.planverk.competence.api.FileFormat;
import no.planverk.competence.api.WorkforceService;
import no.planverk.platform.api.ApiRequest;
import no.planverk.platform.api.ApiResponse;
import no.planverk.platform.api.InvalidInputException;
import no.planverk.platform.api.Message;
import no.planverk.platform.api.NotFoundException;
import no.planverk.platform.api.OrgUnitService;

/**
 * {@code /api/v1/competence/workforce}: GET ?unit=&year= (the rows; planners and the unit's leaders), POST creates;
 * PUT and DELETE /{id} (?version= for DELETE); GET /summary?unit=&year= (everyone); GET /export?unit=&year=&format=;
 * POST /erase?unit= (personal fields; admins and the unit's leaders).
 */
final class WorkforceCalls {

    private final WorkforceService workforce;
    private final OrgUnitService units;

    WorkforceCalls(WorkforceService workforce, OrgUnitService units) {
        this.workforce = workforce;
        this.units = units;
    }

    ApiResponse handle(ApiRequest r) {
        if (r.segments().size() == 1) {
            return switch (r.method()) {
                case "GET" -> ApiResponse.ok(workforce.positions(Queries.requiredUnit(r, units), r.intQuery("year").orElse(null), r.user()));
                case "POST" -> ApiResponse.created(workforce.create(r.body(Bodies.PositionChange.class).draft(), r.user()));
                default -> ApiResponse.methodNotAllowed(r.method(), "GET, POST");
            };
        }
        if (r.segments().size() > 2) {
            throw new NotFoundException(Message.of("competence.api.noSuchResource", "No such resource: /api/v1/competence/{0}",
                    String.join("/", r.segments())));
        }
        return switch (r.segments().get(1)) {
            case "summary" -> CompetenceEndpoint.get(r, () -> ApiResponse.ok(workforce.summary(Queries.requiredUnit(r, units),
                    r.intQuery("year").orElse(null))));
            case "export" -> CompetenceEndpoint.get(r, () -> export(r));
            case "erase" -> CompetenceEndpoint.only(r, "POST", () -> ApiResponse.ok(java.util.Map.of("erased",
                    workforce.erasePersonalData(Queries.requiredUnit(r, units), r.user()))));
            default -> row(r, r.longSegment(1, "id"));
        };
    }

    private ApiResponse row(ApiRequest r, long id) {
        return switch (r.method()) {
            case "PUT" -> {
                Bodies.PositionChange c = r.body(Bodies.PositionChange.class);
                yield ApiResponse.ok(workforce.update(id, Bodies.version(c.version()), c.draft(), r.user()));
            }
            case "DELETE" -> {
                workforce.delete(id, r.longQuery("version").orElseThrow(() -> InvalidInputException.field("version",
                        Message.of("competence.api.version", "Add ?version=N: the version you read"))), r.user());
                yield ApiResponse.noContent();
            }
            default -> ApiResponse.methodNotAllowed(r.method(), "PUT, DELETE");
        };
    }

    private ApiResponse export(ApiRequest r) {
        FileFormat f = Queries.format(r);
        byte[] bytes = workforce.export(Queries.requiredUnit(r, units), r.intQuery("year").orElse(null), f, r.user());
        return f == FileFormat.XLSX ? ApiResponse.bytes("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", bytes,
                "bemanning.xlsx") : ApiResponse.bytes("text/csv;charset=UTF-8", bytes, "bemanning.csv");
    }
}
