package no.planverk.plans.core.internal.io;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import javax.persistence.EntityManager;
import no.planverk.plans.api.Goal;
import no.planverk.plans.api.GoalNode;
import no.planverk.plans.api.Indicator;
import no.planverk.plans.api.Plan;
import no.planverk.plans.api.PlanProgram;
import no.planverk.plans.api.PlanQuery;
import no.planverk.plans.core.internal.GoalTrees;
import no.planverk.plans.core.internal.JsonMapper;
import no.planverk.plans.core.internal.io.TransferDocs.FileDoc;
import no.planverk.plans.core.internal.io.TransferDocs.GoalDoc;
import no.planverk.plans.core.internal.io.TransferDocs.IndicatorDoc;
import no.planverk.plans.core.internal.io.TransferDocs.PlanDoc;
import no.planverk.plans.core.internal.io.TransferDocs.ProgramDoc;
import no.planverk.plans.core.internal.persistence.GoalEntity;
import no.planverk.plans.core.internal.persistence.IndicatorEntity;
import no.planverk.plans.core.internal.persistence.PlanEntity;
import no.planverk.plans.core.internal.persistence.PlanProgramEntity;
import no.planverk.plans.core.internal.persistence.PlanReads;
import no.planverk.platform.api.OrgUnitService;

/** Writes plans in the import formats, so an export can be imported again unchanged. */
final class Exporter {

    private final EntityManager em;
    private final OrgUnitService units;
    private final Map<Long, String> unitCodes = new HashMap<>();
    private final Map<Long, String> planCodes = new HashMap<>();
    private final Map<Long, Goal> goals = new HashMap<>();

    Exporter(EntityManager em, OrgUnitService units) {
        this.em = em;
        this.units = units;
        units.list().forEach(u -> unitCodes.put(u.id(), u.code()));
        em.createQuery("select p from PlanEntity p", PlanEntity.class).getResultList().forEach(p -> planCodes.put(p.id(), p.code()));
    }

    List<PlanEntity> plans(PlanQuery query) {
        List<Long> ids = PlanReads.page(em, query.page(0, Integer.MAX_VALUE), query.unitId() == null ? null : units.subtree(query.unitId())).stream().map(Plan::id).toList();
        List<PlanEntity> all = new ArrayList<>();
        for (Long id : ids) {
            all.add(em.find(PlanEntity.class, id));
        }
        return all;
    }

    String plansCsv(List<PlanEntity> plans) {
        List<List<Object>> rows = new ArrayList<>();
        for (Plan p : PlanReads.records(em, plans)) {
            rows.add(Arrays.asList(p.code(), p.type().id(), p.title(), unitCodes.get(p.ownerUnitId()), p.responsible(),
                    p.periodFrom(), p.periodTo(), p.status().id(), p.statusDate(), p.decisionRef(), p.decisionDate(),
                    p.documentUrl(), planCodes.get(p.parentId()), planCodes.get(p.successorId()), p.plannedAdoption(),
                    p.description(), p.servesGoalIds().stream().map(this::ref).collect(Collectors.joining("|"))));
        }
        return CsvFormat.write(CsvFormat.PLAN_COLUMNS, rows);
    }

    String goalsCsv(List<PlanEntity> plans) {
        List<List<Object>> rows = new ArrayList<>();
        for (PlanEntity plan : plans) {
            List<Goal> all = GoalTrees.build(GoalTrees.goalsOf(em, plan.id())).stream().flatMap(n -> n.flatten().stream()).toList();
            all.forEach(g -> goals.put(g.id(), g));
            for (Goal g : all) {
                Goal parent = g.parentId() == null ? null : goals.get(g.parentId());
                rows.add(Arrays.asList(plan.code(), g.code(), g.level().id(), parent == null ? null : parent.code(), g.text(),
                        g.sdgs().stream().map(String::valueOf).collect(Collectors.joining("|")),
                        g.servesGoalId() == null ? null : ref(g.servesGoalId()), g.ownership().id()));
            }
        }
        return CsvFormat.write(CsvFormat.GOAL_COLUMNS, rows);
    }

    String json(List<PlanEntity> plans) {
        List<PlanDoc> docs = new ArrayList<>();
        for (Plan p : PlanReads.records(em, plans)) {
            List<GoalNode> tree = GoalTrees.build(GoalTrees.goalsOf(em, p.id()));
            Map<Long, List<Indicator>> indicators = em.createQuery("select i from IndicatorEntity i where i.goalId in"
                    + " (select g.id from GoalEntity g where g.planId = :p) order by i.id", IndicatorEntity.class)
                    .setParameter("p", p.id()).getResultList().stream().map(IndicatorEntity::toRecord)
                    .collect(Collectors.groupingBy(Indicator::goalId));
            PlanProgramEntity program = em.find(PlanProgramEntity.class, p.id());
            docs.add(new PlanDoc(p.code(), p.type().id(), p.title(), unitCodes.get(p.ownerUnitId()), p.responsible(),
                    p.periodFrom(), p.periodTo(), p.status().id(), text(p.statusDate()), p.decisionRef(), text(p.decisionDate()),
                    p.documentUrl(), planCodes.get(p.parentId()), planCodes.get(p.successorId()), text(p.plannedAdoption()),
                    p.description(), p.servesGoalIds().stream().map(this::ref).toList(),
                    tree.stream().map(n -> goal(n, indicators)).toList(), program == null ? null : program(program), null));
        }
        return JsonFormat.write(new FileDoc(TransferDocs.FORMAT, TransferDocs.VERSION, docs));
    }

    private GoalDoc goal(GoalNode n, Map<Long, List<Indicator>> indicators) {
        Goal g = n.goal();
        List<IndicatorDoc> ind = indicators.getOrDefault(g.id(), List.of()).stream().map(i -> new IndicatorDoc(i.name(), i.unit(),
                i.baselineYear(), i.baselineValue(), i.targetYear(), i.targetValue(), i.actuals(), i.source().isEmpty() ? null : i.source())).toList();
        return new GoalDoc(g.code(), g.level().id(), g.text(), g.sdgs(), g.servesGoalId() == null ? null : ref(g.servesGoalId()),
                g.ownership().id(), ind.isEmpty() ? null : ind, n.children().stream().map(c -> goal(c, indicators)).toList(), null);
    }

    private static ProgramDoc program(PlanProgramEntity e) {
        try {
            PlanProgram p = JsonMapper.MAPPER.readValue(e.content(), PlanProgram.class);
            return new ProgramDoc(p.purpose(), p.themes(), p.studies(), p.roles(), p.milestones(), p.participation(), p.consultations());
        } catch (com.fasterxml.jackson.core.JsonProcessingException ex) {
            throw new IllegalStateException("A stored planprogram is unreadable", ex);
        }
    }

    /** "PLANCODE#GOALCODE" of a goal; goals without a code cannot be referred to and give their id. */
    private String ref(long goalId) {
        Goal g = goals.computeIfAbsent(goalId, id -> {
            GoalEntity e = em.find(GoalEntity.class, id);
            return e == null ? null : e.toRecord();
        });
        if (g == null) {
            return null;
        }
        return planCodes.get(g.planId()) + "#" + (g.code() == null ? "id:" + g.id() : g.code());
    }

    private static String text(Object date) {
        return date == null ? null : date.toString();
    }

}
