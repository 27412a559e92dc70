package no.planverk.plans.core.internal.rest;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Set;
import no.planverk.plans.api.GoalService;
import no.planverk.plans.api.IndicatorService;
import no.planverk.plans.api.Plan;
import no.planverk.plans.api.PlanDraft;
import no.planverk.plans.api.PlanProgramService;
import no.planverk.plans.api.PlanService;
import no.planverk.plans.api.PlanStatus;
import no.planverk.plans.api.PlanTransferService;
import no.planverk.plans.api.PlanType;
import no.planverk.plans.api.StatusChange;
import no.planverk.platform.api.ApiEndpoint;
import no.planverk.platform.api.ApiRequest;
import no.planverk.platform.api.ApiResponse;
import no.planverk.platform.api.InvalidInputException;
import no.planverk.platform.api.Message;
import no.planverk.platform.api.NotFoundException;
import no.planverk.platform.api.Role;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/**
 * {@code /api/v1/plans}: the plan register. GET lists (type, status, unit, year, q, sort, offset, limit),
 * GET /attention, GET /export, POST /import, GET/PUT/DELETE /{id}, POST /{id}/status, and goals under
 * /{id}/goals and /goals/{goalId} ({@link GoalsApi}). Writes need edit rights on the plan.
 */
@Component(service = ApiEndpoint.class)
public class PlansEndpoint implements ApiEndpoint {

    /** A plan with everything that hangs on it. */
    record PlanDetail(Plan plan, Object goals, Object history, Object editions, Object program, Object indicators, boolean canEdit) {
    }

    /** The body of a PUT: the draft's fields plus the version that was read. */
    record PlanChange(String code, PlanType type, String title, Long ownerUnitId, String responsible, Integer periodFrom,
            Integer periodTo, String decisionRef, LocalDate decisionDate, String documentUrl, Long parentId, Long successorId,
            LocalDate plannedAdoption, String description, List<Long> servesGoalIds, Long version) {
    }

    /** The body of POST /{id}/status. */
    record StatusRequest(PlanStatus to, LocalDate date, String note, Long successorId, LocalDate plannedAdoption, Long version) {
    }

    private final PlanService plans;
    private final GoalService goals;
    private final IndicatorService indicators;
    private final PlanProgramService programs;
    private final TransferApi transfer;
    private final GoalsApi goalsApi;

    @Activate
    public PlansEndpoint(@Reference PlanService plans, @Reference GoalService goals, @Reference IndicatorService indicators,
            @Reference PlanProgramService programs, @Reference PlanTransferService transfer) {
        this.plans = plans;
        this.goals = goals;
        this.indicators = indicators;
        this.programs = programs;
        this.transfer = new TransferApi(transfer);
        this.goalsApi = new GoalsApi(goals, indicators);
    }

    @Override
    public String path() {
        return "plans";
    }

    /** Planners and unit leaders write; the services check the plan's unit. */
    @Override
    public Set<Role> rolesFor(String method, List<String> segments) {
        return method.equals("GET") ? Set.of() : Set.of(Role.PLANNER, Role.UNIT_LEADER);
    }

    @Override
    public ApiResponse handle(ApiRequest r) {
        List<String> s = r.segments();
        if (s.isEmpty()) {
            return switch (r.method()) {
                case "GET" -> ApiResponse.ok(plans.list(Queries.planQuery(r)));
                case "POST" -> ApiResponse.created(plans.create(r.body(PlanDraft.class), r.user()));
                default -> ApiResponse.methodNotAllowed(r.method(), "GET, POST");
            };
        }
        return switch (s.get(0)) {
            case "attention" -> get(r) ? ApiResponse.ok(plans.needsAttention(Queries.integer(r, "months").orElse(6),
                    LocalDate.now(ZoneId.of("Europe/Oslo")))) : ApiResponse.methodNotAllowed(r.method(), "GET");
            case "export" -> get(r) ? transfer.export(r) : ApiResponse.methodNotAllowed(r.method(), "GET");
            case "import" -> r.method().equals("POST") ? transfer.importFile(r) : ApiResponse.methodNotAllowed(r.method(), "POST");
            case "goals" -> goalsApi.handle(r);
            default -> plan(r, r.longSegment(0, "id"));
        };
    }

    private ApiResponse plan(ApiRequest r, long id) {
        if (r.segments().size() > 1) {
            return switch (r.segments().get(1)) {
                case "status" -> r.method().equals("POST") ? status(r, id) : ApiResponse.methodNotAllowed(r.method(), "POST");
                case "goals" -> goalsApi.ofPlan(r, id);
                default -> throw new NotFoundException(Message.of("plans.api.noResource", "No such resource: /api/v1/plans/{0}",
                        String.join("/", r.segments())));
            };
        }
        return switch (r.method()) {
            case "GET" -> ApiResponse.ok(detail(r, id));
            case "PUT" -> {
                PlanChange c = r.body(PlanChange.class);
                yield ApiResponse.ok(plans.update(id, Queries.version(c.version()), new PlanDraft(c.code(), c.type(), c.title(),
                        c.ownerUnitId(), c.responsible(), c.periodFrom(), c.periodTo(), c.decisionRef(), c.decisionDate(),
                        c.documentUrl(), c.parentId(), c.successorId(), c.plannedAdoption(), c.description(), c.servesGoalIds()), r.user()));
            }
            case "DELETE" -> {
                plans.delete(id, Queries.version(r), r.user());
                yield ApiResponse.noContent();
            }
            default -> ApiResponse.methodNotAllowed(r.method(), "GET, PUT, DELETE");
        };
    }

    private PlanDetail detail(ApiRequest r, long id) {
        Plan plan = plans.find(id).orElseThrow(() -> NotFoundException.of("Plan", id));
        return new PlanDetail(plan, goals.tree(id), plans.history(id), plans.editions(id), programs.find(id).orElse(null),
                indicators.forPlan(id), plans.canEdit(plan, r.user()));
    }

    private ApiResponse status(ApiRequest r, long id) {
        StatusRequest s = r.body(StatusRequest.class);
        if (s.to() == null) {
            throw InvalidInputException.field("to", Message.of("plans.api.status.to", "Name the status to change to: {0}", String.join(", ",
                    java.util.Arrays.stream(PlanStatus.values()).map(PlanStatus::name).toList())));
        }
        return ApiResponse.ok(plans.changeStatus(id, Queries.version(s.version()),
                new StatusChange(s.to(), s.date(), s.note(), s.successorId(), s.plannedAdoption()), r.user()));
    }

    private static boolean get(ApiRequest r) {
        return r.method().equals("GET");
    }
}
