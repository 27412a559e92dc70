package no.planverk.plans.core.internal.io;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import no.planverk.plans.api.GoalDraft;
import no.planverk.plans.api.GoalLevel;
import no.planverk.plans.api.IndicatorDraft;
import no.planverk.plans.api.Ownership;
import no.planverk.plans.api.PlanProgram;
import no.planverk.plans.core.internal.JsonMapper;
import no.planverk.plans.core.internal.ProgramRules;
import no.planverk.plans.core.internal.io.TransferDocs.GoalDoc;
import no.planverk.plans.core.internal.io.TransferDocs.GoalRow;
import no.planverk.plans.core.internal.io.TransferDocs.IndicatorDoc;
import no.planverk.plans.core.internal.io.TransferDocs.PlanRow;
import no.planverk.plans.core.internal.io.TransferDocs.ProgramDoc;
import no.planverk.plans.core.internal.persistence.GoalEntity;
import no.planverk.plans.core.internal.persistence.IndicatorEntity;
import no.planverk.plans.core.internal.persistence.PlanEntity;
import no.planverk.plans.core.internal.persistence.PlanGoalLinkEntity;
import no.planverk.plans.core.internal.persistence.PlanProgramEntity;
import no.planverk.platform.api.InvalidInputException;
import no.planverk.platform.api.Message;

/** The goal part of an import: goals, their links up the red thread, indicators and planprograms. */
final class GoalImporter {

    private final Importer in;
    /** Goals of the plans the file touches: plan id → goals. */
    private final Map<Long, List<GoalEntity>> goalsByPlan = new HashMap<>();
    /** plan id → goal code → goal, for the same plans. */
    private final Map<Long, Map<String, GoalEntity>> byCode = new HashMap<>();
    private final Map<GoalRow, GoalEntity> written = new HashMap<>();
    int created;
    int updated;

    GoalImporter(Importer in) {
        this.in = in;
    }

    void goals() {
        Set<String> codes = new HashSet<>();
        List<GoalRow> todo = new ArrayList<>(in.rows.goals);
        Set<String> pending = new HashSet<>();
        todo.forEach(r -> pending.add(r.planCode + "#" + r.doc.code()));
        // CSV parents may come later in the file: repeat while rows get written
        boolean progress = true;
        while (!todo.isEmpty() && progress) {
            progress = false;
            for (var it = todo.iterator(); it.hasNext(); ) {
                GoalRow row = it.next();
                if (row.parent != null && !written.containsKey(row.parent) || row.parentCode != null && parentOf(row) == null
                        && pending.contains(row.planCode + "#" + row.parentCode)) {
                    continue;
                }
                it.remove();
                pending.remove(row.planCode + "#" + row.doc.code());
                progress = true;
                goal(row, codes);
            }
        }
        for (GoalRow row : todo) {
            in.error(row.line, row.path, "parent", Message.of("plans.import.goal.parentNotWritten",
                    "The parent goal ''{0}'' is never written (check its own errors)", row.parentCode));
        }
    }

    private void goal(GoalRow row, Set<String> codes) {
        GoalDoc d = row.doc;
        PlanEntity plan = row.planCode == null ? null : in.plansByCode.get(row.planCode.strip());
        if (plan == null) {
            in.error(row.line, row.path, "plan", Message.of("plans.import.goal.plan.unknown", "No plan has the code ''{0}''", row.planCode));
            return;
        }
        if (!in.rights.canEdit(plan.ownerUnitId(), in.by)) {
            in.error(row.line, row.path, "plan", Message.of("plans.import.goal.denied", "You may not change the goals of plan {0}", plan.code()));
            return;
        }
        GoalLevel level = GoalLevel.parse(d.level()).orElse(null);
        if (level == null) {
            in.error(row.line, row.path, "level", Message.of("plans.import.goal.level.unknown", "Level is main, goal, sub-goal or outcome, not ''{0}''", d.level()));
            return;
        }
        Ownership ownership = d.ownership() == null ? Ownership.THIS_PLAN : Ownership.parse(d.ownership()).orElse(null);
        if (ownership == null) {
            in.error(row.line, row.path, "ownership", Message.of("plans.import.goal.ownership.unknown",
                    "Ownership is this-plan, shared or other-sector, not ''{0}''", d.ownership()));
            return;
        }
        GoalEntity parent = row.parent != null ? written.get(row.parent) : parentOf(row);
        if (row.parentCode != null && parent == null) {
            in.error(row.line, row.path, "parent", Message.of("plans.import.goal.parent.unknown", "No goal ''{0}'' in plan {1}", row.parentCode, plan.code()));
            return;
        }
        GoalLevel expected = parent == null ? GoalLevel.MAIN : parent.level().childLevel().orElse(null);
        if (level != expected) {
            in.error(row.line, row.path, "level", parent == null ? Message.of("plans.import.goal.mainOnly", "A goal without a parent must be a main goal")
                    : expected == null ? Message.of("plans.goal.level.none", "Under a {0} comes a nothing (outcome is the lowest level), not a {1}",
                            parent.level().id(), level.id())
                    : Message.of("plans.goal.level.wrong", "Under a {0} comes a {1}, not a {2}", parent.level().id(), expected.id(), level.id()));
            return;
        }
        GoalDraft draft;
        try {
            draft = new GoalDraft(plan.id(), parent == null ? null : parent.id(), level, d.code(), d.text(), d.sdgs(), null,
                    ownership, row.position).validated();
        } catch (InvalidInputException e) {
            e.fieldMessages().forEach((field, message) -> in.error(row.line, row.path, field, message));
            return;
        }
        if (draft.code() != null && !codes.add(plan.id() + "#" + draft.code())) {
            in.error(row.line, row.path, "code", Message.of("plans.import.goal.twice", "The goal code ''{0}'' appears twice for plan {1}",
                    draft.code(), plan.code()));
            return;
        }
        GoalEntity e = match(plan.id(), draft);
        if (e == null) {
            e = new GoalEntity(draft);
            in.em.persist(e);
            goalsOf(plan.id()).add(e);
            if (draft.code() != null) {
                byCode.get(plan.id()).put(draft.code(), e);
            }
            created++;
        } else {
            e.apply(draft);
            updated++;
        }
        written.put(row, e);
    }

    private GoalEntity parentOf(GoalRow row) {
        PlanEntity plan = row.planCode == null ? null : in.plansByCode.get(row.planCode.strip());
        return plan == null || row.parentCode == null ? null : codeIndex(plan.id()).get(row.parentCode.strip());
    }

    /** The same goal in the database: by code, or (without a code) by parent, level and text. */
    private GoalEntity match(long planId, GoalDraft d) {
        if (d.code() != null) {
            return codeIndex(planId).get(d.code());
        }
        for (GoalEntity g : goalsOf(planId)) {
            var r = g.toRecord();
            if (d.code() != null ? d.code().equals(r.code())
                    : r.code() == null && r.level() == d.level() && r.text().equals(d.text()) && java.util.Objects.equals(r.parentId(), d.parentId())) {
                return g;
            }
        }
        return null;
    }

    private Map<String, GoalEntity> codeIndex(long planId) {
        goalsOf(planId);
        return byCode.get(planId);
    }

    private List<GoalEntity> goalsOf(long planId) {
        if (!byCode.containsKey(planId)) {
            Map<String, GoalEntity> index = new HashMap<>();
            byCode.put(planId, index);
            goalsByPlan.computeIfAbsent(planId, id -> new ArrayList<>(in.em.createQuery(
                    "select g from GoalEntity g where g.planId = :p", GoalEntity.class).setParameter("p", id).getResultList()))
                    .forEach(g -> {
                        if (g.code() != null) {
                            index.put(g.code(), g);
                        }
                    });
        }
        return goalsByPlan.computeIfAbsent(planId, id -> new ArrayList<>(in.em.createQuery(
                "select g from GoalEntity g where g.planId = :p", GoalEntity.class).setParameter("p", id).getResultList()));
    }

    /** "PLANCODE#GOALCODE" → the goal, from the file or the database. */
    private GoalEntity resolve(int line, String path, String column, String ref) {
        int hash = ref.lastIndexOf('#');
        PlanEntity plan = hash < 0 ? null : in.plansByCode.get(ref.substring(0, hash).strip());
        String code = hash < 0 ? null : ref.substring(hash + 1).strip();
        GoalEntity goal = plan == null ? null : codeIndex(plan.id()).get(code);
        if (goal == null) {
            in.error(line, path, column, Message.of("plans.import.goal.ref.unknown", "No goal ''{0}'': write PLANCODE#GOALCODE of an existing goal", ref));
        }
        return goal;
    }

    void links() {
        for (Map.Entry<GoalRow, GoalEntity> w : written.entrySet()) {
            GoalRow row = w.getKey();
            GoalEntity goal = w.getValue();
            Long served = null;
            if (row.doc.serves() != null && !row.doc.serves().isBlank()) {
                GoalEntity target = resolve(row.line, row.path, "serves", row.doc.serves());
                if (target != null && target.planId() == goal.planId()) {
                    in.error(row.line, row.path, "serves", Message.of("plans.import.goal.servesOwn", "A goal serves a goal of another plan, not of its own"));
                } else if (target != null) {
                    served = target.id();
                }
            }
            goal.setServesGoalId(served);
        }
        for (PlanRow row : in.importedRows()) {
            PlanEntity plan = in.imported.get(row);
            List<String> refs = row.doc().serves() == null ? List.of() : row.doc().serves();
            if (!in.created.contains(plan)) {
                in.em.createQuery("delete from PlanGoalLinkEntity l where l.planId = :p").setParameter("p", plan.id()).executeUpdate();
            }
            Set<Long> done = new HashSet<>();
            for (String ref : refs) {
                GoalEntity target = ref == null ? null : resolve(row.line(), row.path(), "servesGoalIds", ref);
                if (target != null && target.planId() != plan.id() && done.add(target.id())) {
                    in.em.persist(new PlanGoalLinkEntity(plan.id(), target.id()));
                }
            }
        }
    }

    void indicators() {
        for (Map.Entry<GoalRow, GoalEntity> w : written.entrySet()) {
            List<IndicatorDoc> docs = w.getKey().doc.indicators();
            if (docs == null || docs.isEmpty()) {
                continue;
            }
            long goalId = w.getValue().id();
            List<IndicatorEntity> existing = in.em.createQuery("select i from IndicatorEntity i where i.goalId = :g",
                    IndicatorEntity.class).setParameter("g", goalId).getResultList();
            for (IndicatorDoc d : docs) {
                try {
                    IndicatorDraft draft = new IndicatorDraft(goalId, d.name(), d.unit(), d.baselineYear(), d.baselineValue(),
                            d.targetYear(), d.targetValue(), d.actuals(), d.source()).validated();
                    IndicatorEntity same = existing.stream().filter(i -> i.toRecord().name().equals(draft.name())).findFirst().orElse(null);
                    if (same == null) {
                        in.em.persist(new IndicatorEntity(draft));
                    } else {
                        same.apply(draft);
                    }
                } catch (InvalidInputException e) {
                    e.fieldMessages().forEach((f, m) -> in.error(w.getKey().line, w.getKey().path + ".indicators", f, m));
                }
            }
        }
    }

    void programs() {
        for (PlanRow row : in.importedRows()) {
            ProgramDoc d = row.doc().program();
            if (d == null) {
                continue;
            }
            long planId = in.imported.get(row).id();
            try {
                PlanProgram p = ProgramRules.validated(new PlanProgram(planId, d.purpose(), d.themes(), d.studies(), d.roles(),
                        d.milestones(), d.participation(), d.consultations(), 0));
                String json = JsonMapper.MAPPER.writeValueAsString(p);
                PlanProgramEntity e = in.em.find(PlanProgramEntity.class, planId);
                if (e == null) {
                    in.em.persist(new PlanProgramEntity(planId, json));
                } else {
                    e.setContent(json);
                }
            } catch (InvalidInputException e) {
                e.fieldMessages().forEach((f, m) -> in.error(row.line(), row.path() + ".program", f, m));
            } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
                in.error(row.line(), row.path(), "program", Message.of("plans.import.program.unstored", "The planprogram could not be stored: {0}",
                        e.getOriginalMessage()));
            }
        }
    }
}
