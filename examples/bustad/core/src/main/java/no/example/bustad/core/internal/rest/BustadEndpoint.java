package no.example.bustad.core.internal.rest;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import no.example.bustad.api.BustadService;
import no.example.bustad.api.EntryDraft;
import no.example.bustad.api.EntryStatus;
import no.example.bustad.api.HousingStep;
import no.example.bustad.api.WaitingEntry;
import no.planverk.platform.api.ApiEndpoint;
import no.planverk.platform.api.ApiRequest;
import no.planverk.platform.api.ApiResponse;
import no.planverk.platform.api.InvalidInputException;
import no.planverk.platform.api.NotFoundException;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/**
 * {@code /api/v1/bustad}. Planverk has authenticated the caller and checked the read role (any Planverk role) before
 * {@link #handle}; the service checks that writers are coordinators and records the audit trail. Errors come back as
 * Planverk's JSON errors (400 with the fields, 403, 404, 409).
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
public class BustadEndpoint implements ApiEndpoint {

    private final BustadService bustad;

    @Activate
    public BustadEndpoint(@Reference BustadService bustad) {
        this.bustad = bustad;
    }

    @Override
    public String path() {
        return "bustad";
    }

    @Override
    public ApiResponse handle(ApiRequest r) {
        List<String> s = r.segments();
        if (s.isEmpty()) {
            throw new NotFoundException("Use /api/v1/bustad/entries or /api/v1/bustad/summary");
        }
        return switch (s.get(0)) {
            case "entries" -> s.size() == 1 ? entries(r) : entry(r);
            case "summary" -> r.method().equals("GET") ? ApiResponse.ok(summary()) : ApiResponse.methodNotAllowed(r.method(), "GET");
            default -> throw new NotFoundException("No such path: /api/v1/bustad/" + String.join("/", s));
        };
    }

    private ApiResponse entries(ApiRequest r) {
        return switch (r.method()) {
            case "GET" -> ApiResponse.ok(bustad.list(r.query("status").map(BustadEndpoint::status).orElse(null),
                    r.longQuery("unit").orElse(null)).stream().map(Entry::of).toList());
            case "POST" -> ApiResponse.created(Entry.of(bustad.create(r.body(Change.class).draft(), r.user())));
            default -> ApiResponse.methodNotAllowed(r.method(), "GET, POST");
        };
    }

    private ApiResponse entry(ApiRequest r) {
        if (r.segments().size() > 2) {
            throw new NotFoundException("No such path: /api/v1/bustad/" + String.join("/", r.segments()));
        }
        long id = r.longSegment(1, "id");
        return switch (r.method()) {
            case "GET" -> ApiResponse.ok(Entry.of(bustad.find(id).orElseThrow(() -> NotFoundException.of("Position", id))));
            case "PUT" -> {
                Change c = r.body(Change.class);
                if (c.version() == null) {
                    throw InvalidInputException.field("version", "Send the version you read, to guard against lost updates");
                }
                yield ApiResponse.ok(Entry.of(bustad.update(id, c.version(), c.draft(), r.user())));
            }
            default -> ApiResponse.methodNotAllowed(r.method(), "GET, PUT");
        };
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
