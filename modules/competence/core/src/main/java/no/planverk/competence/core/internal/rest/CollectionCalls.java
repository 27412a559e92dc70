package no.planverk.competence.core.internal.rest;

import no.planverk.competence.api.CompetenceMeasureService;
import no.planverk.competence.api.FulltimeService;
import no.planverk.competence.api.RequirementService;
import no.planverk.platform.api.ApiRequest;
import no.planverk.platform.api.ApiResponse;
import no.planverk.platform.api.InvalidInputException;
import no.planverk.platform.api.Message;
import no.planverk.platform.api.NotFoundException;
import no.planverk.platform.api.OrgUnitService;

/**
 * The editable collections: {@code requirements[?unit=]}, {@code benchmarks}, {@code measures[?unit=&year=]}. GET
 * lists, POST creates; GET (measures), PUT and DELETE /{id} with the version read (PUT in the body, DELETE as ?version=).
 */
final class CollectionCalls {

    private final RequirementService requirements;
    private final FulltimeService fulltime;
    private final CompetenceMeasureService measures;
    private final OrgUnitService units;

    CollectionCalls(RequirementService requirements, FulltimeService fulltime, CompetenceMeasureService measures, OrgUnitService units) {
        this.requirements = requirements;
        this.fulltime = fulltime;
        this.measures = measures;
        this.units = units;
    }

    ApiResponse handle(ApiRequest r) {
        String what = r.segments().get(0);
        if (r.segments().size() > 2) {
            throw new NotFoundException(Message.of("competence.api.noSuchResource", "No such resource: /api/v1/competence/{0}",
                    String.join("/", r.segments())));
        }
        if (r.segments().size() == 1) {
            return switch (r.method()) {
                case "GET" -> ApiResponse.ok(switch (what) {
                    case "requirements" -> requirements.list(Queries.unit(r, units));
                    case "benchmarks" -> fulltime.benchmarks();
                    default -> measures.list(Queries.unit(r, units), r.intQuery("year").orElse(null));
                });
                case "POST" -> ApiResponse.created(switch (what) {
                    case "requirements" -> requirements.create(r.body(Bodies.RequirementChange.class).draft(), r.user());
                    case "benchmarks" -> fulltime.create(r.body(Bodies.BenchmarkChange.class).draft(), r.user());
                    default -> measures.create(r.body(Bodies.MeasureChange.class).draft(), r.user());
                });
                default -> ApiResponse.methodNotAllowed(r.method(), "GET, POST");
            };
        }
        long id = r.longSegment(1, "id");
        return switch (r.method()) {
            case "GET" -> {
                if (!what.equals("measures")) {
                    yield ApiResponse.methodNotAllowed("GET", "PUT, DELETE");
                }
                yield ApiResponse.ok(measures.find(id).orElseThrow(() -> new NotFoundException(Message.of("competence.measure.notFound",
                        "Competence measure {0} was not found", String.valueOf(id)))));
            }
            case "PUT" -> ApiResponse.ok(update(r, what, id));
            case "DELETE" -> {
                long version = r.longQuery("version").orElseThrow(() -> InvalidInputException.field("version",
                        Message.of("competence.api.version", "Add ?version=N: the version you read")));
                switch (what) {
                    case "requirements" -> requirements.delete(id, version, r.user());
                    case "benchmarks" -> fulltime.delete(id, version, r.user());
                    default -> measures.delete(id, version, r.user());
                }
                yield ApiResponse.noContent();
            }
            default -> ApiResponse.methodNotAllowed(r.method(), "GET, PUT, DELETE");
        };
    }

    private Object update(ApiRequest r, String what, long id) {
        return switch (what) {
            case "requirements" -> {
                Bodies.RequirementChange c = r.body(Bodies.RequirementChange.class);
                yield requirements.update(id, Bodies.version(c.version()), c.draft(), r.user());
            }
            case "benchmarks" -> {
                Bodies.BenchmarkChange c = r.body(Bodies.BenchmarkChange.class);
                yield fulltime.update(id, Bodies.version(c.version()), c.draft(), r.user());
            }
            default -> {
                Bodies.MeasureChange c = r.body(Bodies.MeasureChange.class);
                yield measures.update(id, Bodies.version(c.version()), c.draft(), r.user());
            }
        };
    }
}
