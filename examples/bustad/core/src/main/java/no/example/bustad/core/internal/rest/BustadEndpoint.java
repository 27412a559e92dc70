package no.example.bustad.core.internal.rest;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;
import no.example.bustad.api.BustadService;
import no.example.bustad.api.EntryDraft;
import no.example.bustad.api.EntryStatus;
import no.example.bustad.api.HousingStep;
import no.example.bustad.api.WaitingEntry;
import no.planverk.platform.api.ApiEndpoint;
import no.planverk.platform.api.ApiResponse;
import no.planverk.platform.api.InvalidInputException;
import no.planverk.platform.api.NotFoundException;
import no.planverk.platform.api.route.RouteRequest;
import no.planverk.platform.api.route.RoutedEndpoint;
import no.planverk.platform.api.route.Routes;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/**
 * {@code /api/v1/bustad}, as a table of routes. Planverk has authenticated the caller and checked the read role (any
 * Planverk role) and the route's roles (the platform's writers for POST and PUT) before a handler runs; the service
 * checks that writers are coordinators and records the audit trail. Errors come back as Planverk's JSON errors (400
 * with the fields, 403, 404, 405, 409).
 *
 * <pre>
 * GET  /api/v1/bustad/entries[?status=waiting][&amp;unit=ID]   positions in queue order
 * POST /api/v1/bustad/entries                             {"reference","unitId","step","listedOn","note"}: 201
 * GET  /api/v1/bustad/entries/{id}
 * PUT  /api/v1/bustad/entries/{id}                        the same fields, "status" and the "version" you read
 * GET  /api/v1/bustad/summary                             waiting positions per step
 * </pre>
 */
@Component(service = ApiEndpoint.class)
public class BustadEndpoint implements RoutedEndpoint {

    private final BustadService bustad;
    private final Routes routes;

    @Activate
    public BustadEndpoint(@Reference BustadService bustad) {
        this.bustad = bustad;
        this.routes = Routes.of("bustad")
                .get("/entries", r -> ApiResponse.ok(bustad.list(r.query("status").map(BustadEndpoint::status).orElse(null),
                        r.longQuery("unit").orElse(null)).stream().map(Entry::of).toList()))
                .post("/entries", r -> ApiResponse.created(Entry.of(bustad.create(r.body(Change.class).draft(), r.user()))))
                .get("/entries/{id}", this::entry)
                .put("/entries/{id}", this::update)
                .get("/summary", r -> ApiResponse.ok(summary()));
    }

    @Override
    public Routes routes() {
        return routes;
    }

    private ApiResponse entry(RouteRequest r) {
        long id = r.id("id");
        return ApiResponse.ok(Entry.of(bustad.find(id).orElseThrow(() -> NotFoundException.of("Position", id))));
    }

    private ApiResponse update(RouteRequest r) {
        Change c = r.body(Change.class);
        return ApiResponse.ok(Entry.of(bustad.update(r.id("id"), r.version(c.version()), c.draft(), r.user())));
    }

    private Map<String, Long> summary() {
        Map<String, Long> out = new LinkedHashMap<>();
        bustad.waitingByStep().forEach((step, n) -> out.put(step.id(), n));
        return out;
    }

    static EntryStatus status(String v) {
        return EntryStatus.parse(v).orElseThrow(() -> InvalidInputException.field("status",
                "The status is waiting, offered, housed or withdrawn, not '" + v + "'"));
    }

    static HousingStep step(String v) {
        return v == null ? null : HousingStep.parse(v).orElseThrow(() -> InvalidInputException.field("step",
                "The step is tilrettelagd-bustad, omsorgsbustad, bemanna-bustad or sjukeheim, not '" + v + "'"));
    }

    /** A position as JSON: step and status by their ids ({@code bemanna-bustad}, {@code waiting}). */
    public record Entry(long id, String reference, long unitId, String step, LocalDate listedOn, String status, String note,
            Integer position, long version) {

        static Entry of(WaitingEntry e) {
            return new Entry(e.id(), e.reference(), e.unitId(), e.step().id(), e.listedOn(), e.status().id(), e.note(), e.position(),
                    e.version());
        }
    }

    /** The body of POST and PUT; {@code status} may be left out (waiting), {@code version} is needed for PUT. */
    public record Change(String reference, Long unitId, String step, LocalDate listedOn, String status, String note, Long version) {

        /** The draft; a step or status that is not known is reported together with the draft's own field errors. */
        EntryDraft draft() {
            Map<String, String> errors = new LinkedHashMap<>();
            HousingStep s = parse("step", () -> BustadEndpoint.step(step), errors);
            EntryStatus st = status == null ? null : parse("status", () -> BustadEndpoint.status(status), errors);
            try {
                EntryDraft d = new EntryDraft(reference, unitId, s, listedOn, st, note);
                if (errors.isEmpty()) {
                    return d;
                }
            } catch (InvalidInputException e) {
                e.fieldErrors().forEach(errors::putIfAbsent);
            }
            throw new InvalidInputException(String.join("; ", errors.values()), errors);
        }

        private static <T> T parse(String field, java.util.function.Supplier<T> parser, Map<String, String> errors) {
            try {
                return parser.get();
            } catch (InvalidInputException e) {
                errors.put(field, e.fieldErrors().getOrDefault(field, e.getMessage()));
                return null;
            }
        }
    }
}
