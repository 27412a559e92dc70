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
import no.planverk.plans.api.document.DocumentRenderer;
import no.planverk.plans.api.document.PlanDocumentService;
import no.planverk.platform.api.ApiEndpoint;
import no.planverk.platform.api.ApiResponse;
import no.planverk.platform.api.InvalidInputException;
import no.planverk.platform.api.Message;
import no.planverk.platform.api.NotFoundException;
import no.planverk.platform.api.Role;
import no.planverk.platform.api.route.RouteRequest;
import no.planverk.platform.api.route.RoutedEndpoint;
import no.planverk.platform.api.route.Routes;
import no.planverk.platform.api.transfer.ModuleTransfer;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ReferenceCardinality;
import org.osgi.service.component.annotations.ReferencePolicy;

/**
 * {@code /api/v1/plans}: the plan register, its import and export ({@link TransferApi}), goals ({@link GoalsApi}) and
 * documents ({@link DocumentsApi}), as the routes below. Planners and unit leaders write; the services check the plan's unit.
 */
@Component(service = ApiEndpoint.class)
public class PlansEndpoint implements RoutedEndpoint {

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
    private final Routes routes;

    /** HTML, PDF and DOCX export; while it is missing those formats answer 503. */
    private volatile DocumentRenderer renderer;

    @Activate
    public PlansEndpoint(@Reference PlanService plans, @Reference GoalService goals, @Reference IndicatorService indicators,
            @Reference PlanProgramService programs, @Reference PlanTransferService transfer, @Reference PlanDocumentService documents,
            @Reference(target = "(module=plans)") ModuleTransfer imports) {
        this.plans = plans;
        this.goals = goals;
        this.indicators = indicators;
        this.programs = programs;
        TransferApi files = new TransferApi(transfer, imports);
        GoalsApi goalsApi = new GoalsApi(goals, indicators);
        this.routes = Routes.of("plans", Set.of(Role.PLANNER, Role.UNIT_LEADER))
                .get("", r -> ApiResponse.ok(plans.list(Queries.planQuery(r))))
                .post("", r -> ApiResponse.created(plans.create(r.body(PlanDraft.class), r.user())))
                .get("/attention", r -> ApiResponse.ok(plans.needsAttention(r.intQuery("months").orElse(6), LocalDate.now(ZoneId.of("Europe/Oslo")))))
                .get("/export", files::export)
                .post("/import", files::importFile)
                .get("/{id}", this::detail)
                .put("/{id}", this::update)
                .delete("/{id}", this::delete)
                .post("/{id}/status", this::status)
                .get("/{id}/goals", goalsApi::tree)
                .post("/{id}/goals", goalsApi::create)
                .get("/goals", goalsApi::search)
                .get("/goals/{goalId}", goalsApi::detail)
                .put("/goals/{goalId}", goalsApi::update)
                .delete("/goals/{goalId}", goalsApi::delete);
        new DocumentsApi(documents, () -> renderer).addTo(routes);
        new IndicatorsApi(indicators).addTo(routes);
    }

    @Reference(cardinality = ReferenceCardinality.OPTIONAL, policy = ReferencePolicy.DYNAMIC, unbind = "unsetRenderer")
    void setRenderer(DocumentRenderer renderer) {
        this.renderer = renderer;
    }

    void unsetRenderer(DocumentRenderer gone) {
        if (renderer == gone) {
            renderer = null;
        }
    }

    @Override
    public Routes routes() {
        return routes;
    }

    private ApiResponse detail(RouteRequest r) {
        long id = r.id("id");
        Plan plan = plans.find(id).orElseThrow(() -> NotFoundException.of("Plan", id));
        return ApiResponse.ok(new PlanDetail(plan, goals.tree(id), plans.history(id), plans.editions(id), programs.find(id).orElse(null),
                indicators.forPlan(id), plans.canEdit(plan, r.user())));
    }

    private ApiResponse update(RouteRequest r) {
        PlanChange c = r.body(PlanChange.class);
        return ApiResponse.ok(plans.update(r.id("id"), r.version(c.version()), new PlanDraft(c.code(), c.type(), c.title(), c.ownerUnitId(),
                c.responsible(), c.periodFrom(), c.periodTo(), c.decisionRef(), c.decisionDate(), c.documentUrl(), c.parentId(),
                c.successorId(), c.plannedAdoption(), c.description(), c.servesGoalIds()), r.user()));
    }

    private ApiResponse delete(RouteRequest r) {
        plans.delete(r.id("id"), r.version(), r.user());
        return ApiResponse.noContent();
    }

    private ApiResponse status(RouteRequest r) {
        StatusRequest s = r.body(StatusRequest.class);
        if (s.to() == null) {
            throw InvalidInputException.field("to", Message.of("plans.api.status.to", "Name the status to change to: {0}", String.join(", ",
                    java.util.Arrays.stream(PlanStatus.values()).map(PlanStatus::name).toList())));
        }
        return ApiResponse.ok(plans.changeStatus(r.id("id"), r.version(s.version()),
                new StatusChange(s.to(), s.date(), s.note(), s.successorId(), s.plannedAdoption()), r.user()));
    }
}
