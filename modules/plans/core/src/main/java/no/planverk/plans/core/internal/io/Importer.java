package no.planverk.plans.core.internal.io;

import java.time.Clock;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import javax.persistence.EntityManager;
import javax.persistence.FlushModeType;
import no.planverk.plans.api.PlanDraft;
import no.planverk.plans.api.PlanStatus;
import no.planverk.plans.api.PlanType;
import no.planverk.plans.core.internal.EditRights;
import no.planverk.plans.core.internal.PlanWrites;
import no.planverk.plans.core.internal.io.TransferDocs.PlanDoc;
import no.planverk.plans.core.internal.io.TransferDocs.PlanRow;
import no.planverk.plans.core.internal.io.TransferDocs.Rows;
import no.planverk.plans.core.internal.persistence.NewPlanRows;
import no.planverk.plans.core.internal.persistence.PlanEntity;
import no.planverk.plans.core.internal.persistence.StatusEventEntity;
import no.planverk.platform.api.InvalidInputException;
import no.planverk.platform.api.Message;
import no.planverk.platform.api.OrgUnit;
import no.planverk.platform.api.OrgUnitService;
import no.planverk.platform.api.RowError;
import no.planverk.platform.api.UserContext;

/**
 * Writes the plans of an import file inside one transaction, collecting row errors instead of stopping.
 * The caller rolls everything back when there is any error (or for a preview). Plans first, then their
 * parent/successor links (which may point to plans later in the file), then goals ({@link GoalImporter}).
 */
final class Importer {

    static final Map<String, String> CSV_COLUMNS = Map.ofEntries(Map.entry("ownerUnitId", "unit"),
            Map.entry("periodFrom", "period_from"), Map.entry("periodTo", "period_to"), Map.entry("decisionRef", "decision_ref"),
            Map.entry("documentUrl", "document_url"), Map.entry("servesGoalIds", "serves"), Map.entry("parentId", "parent"),
            Map.entry("successorId", "successor"), Map.entry("plannedAdoption", "planned_adoption"));
    private static final DateTimeFormatter NORWEGIAN_DATE = DateTimeFormatter.ofPattern("d.M.uuuu");

    final EntityManager em;
    final Rows rows;
    final UserContext by;
    final EditRights rights;
    private final OrgUnitService units;
    private final Clock clock;
    private final PlanWrites writes;
    /** The plans this file creates, written in JDBC batches at the end ({@link #insertNew}). */
    private final NewPlanRows fresh;
    final Map<String, PlanEntity> plansByCode = new HashMap<>();
    final Map<PlanRow, PlanEntity> imported = new HashMap<>();
    /** Plans this file creates (they have no links to delete). */
    final Set<PlanEntity> created = java.util.Collections.newSetFromMap(new java.util.IdentityHashMap<>());
    /** Units by code, read once for the file (findByCode is a query per call). */
    private Map<String, OrgUnit> unitsByCode;
    int plansCreated;
    int plansUpdated;

    Importer(EntityManager em, Rows rows, UserContext by, OrgUnitService units, Clock clock) {
        this.em = em;
        this.rows = rows;
        this.by = by;
        this.units = units;
        this.clock = clock;
        this.rights = new EditRights(units);
        this.writes = new PlanWrites(units);
        this.fresh = new NewPlanRows(em);
        em.setFlushMode(FlushModeType.COMMIT);
        em.createQuery("select p from PlanEntity p", PlanEntity.class).getResultList().forEach(p -> plansByCode.put(p.code(), p));
    }

    void error(int line, String path, String column, Message reason) {
        if (rows.errors.size() < no.planverk.platform.api.transfer.ImportSummary.MAX_ERRORS) {
            rows.errors.add(new RowError(line, column(path, column), reason));
        } else if (rows.errors.size() == no.planverk.platform.api.transfer.ImportSummary.MAX_ERRORS) {
            rows.errors.add(new RowError(line, null, Message.of("plans.import.moreErrors", "More errors follow; fix these first")));
        }
    }

    /** The CSV column for a field, or the JSON path with the field's JSON name. */
    static String column(String path, String field) {
        if (field == null) {
            return path;
        }
        return path == null ? CSV_COLUMNS.getOrDefault(field, field) : path + "." + field.replace("ownerUnitId", "unit")
                .replace("servesGoalIds", "serves").replace("parentId", "parent").replace("successorId", "successor");
    }

    void plans() {
        Set<String> seen = new HashSet<>();
        for (PlanRow row : rows.plans) {
            PlanDoc d = row.doc();
            if (d.code() != null && !seen.add(d.code().strip())) {
                error(row.line(), row.path(), "code", Message.of("plans.import.plan.twice", "The plan code ''{0}'' appears twice in the file", d.code()));
                continue;
            }
            plan(row, d);
        }
        for (PlanRow row : rows.plans) {
            PlanEntity e = imported.get(row);
            if (e != null) {
                e.setLinks(planId(row, "parent", row.doc().parent()), planId(row, "successor", row.doc().successor()));
            }
        }
        checkParentCycles();
    }

    private void plan(PlanRow row, PlanDoc d) {
        int errorsBefore = rows.errors.size();
        PlanType type = d.type() == null ? null : PlanType.parse(d.type()).orElse(null);
        if (d.type() != null && type == null) {
            error(row.line(), row.path(), "type", Message.of("plans.import.type.unknown", "Unknown plan type ''{0}''; use one of planstrategi, samfunnsdel,"
                    + " kommunedelplan, temaplan, strategi, handlingsplan, planprogram, other", d.type()));
        }
        PlanStatus status = d.status() == null ? null : PlanStatus.parse(d.status()).orElse(null);
        if (d.status() != null && status == null) {
            error(row.line(), row.path(), "status", Message.of("plans.import.status.unknown", "Unknown status ''{0}''; use one of preparation, consultation,"
                    + " political, returned, in-force, revision, expired, replaced", d.status()));
        }
        LocalDate statusDate = date(row, "statusDate", d.statusDate());
        LocalDate decisionDate = date(row, "decisionDate", d.decisionDate());
        LocalDate plannedAdoption = date(row, "plannedAdoption", d.plannedAdoption());
        Long unitId = null;
        if (d.unit() != null && !d.unit().isBlank()) {
            unitId = unit(d.unit().strip()).map(OrgUnit::id).orElse(null);
            if (unitId == null) {
                error(row.line(), row.path(), "ownerUnitId", Message.of("plans.import.unit.unknown", "No organisation unit has the code ''{0}''", d.unit()));
            }
        }
        PlanDraft draft;
        try {
            draft = new PlanDraft(d.code(), d.type() == null ? null : type == null ? PlanType.OTHER : type, d.title(), unitId, d.responsible(), d.periodFrom(),
                    d.periodTo(), d.decisionRef(), decisionDate, d.documentUrl(), null, null, plannedAdoption, d.description(),
                    List.of()).validated();
        } catch (InvalidInputException e) {
            e.fieldMessages().forEach((field, message) -> error(row.line(), row.path(), field, message));
            return;
        }
        if (rows.errors.size() > errorsBefore) {
            return;
        }
        PlanEntity existing = plansByCode.get(draft.code());
        if (!rights.canEdit(unitId, by) || existing != null && !rights.canEdit(existing.ownerUnitId(), by)) {
            error(row.line(), row.path(), "ownerUnitId", Message.of("plans.import.plan.denied",
                    "You may not import plans of this unit (planners may; unit leaders only their own units)"));
            return;
        }
        LocalDate today = LocalDate.now(clock);
        if (existing == null) {
            PlanStatus s = status == null ? PlanStatus.PREPARATION : status;
            // an unknown status date stays unknown: imports describe plans adopted long ago
            PlanEntity e = new PlanEntity(draft, s, statusDate);
            fresh.add(e);
            fresh.add(new StatusEventEntity(e.id(), s, statusDate, "Imported", by.username(), clock.instant()));
            plansByCode.put(draft.code(), e);
            imported.put(row, e);
            created.add(e);
            // not written before the end (insertNew): that opens the database transaction, the TABLE generators would take
            // their id blocks inside it and hold the id rows locked until the commit, so every plan created meanwhile would wait
            plansCreated++;
        } else {
            existing.apply(draft);
            if (status != null && status != existing.status()) {
                existing.setStatus(status, statusDate == null ? today : statusDate);
                writes.event(em, existing.id(), status, statusDate == null ? today : statusDate, "Set by import", by, clock);
            }
            imported.put(row, existing);
            plansUpdated++;
        }
    }

    private java.util.Optional<OrgUnit> unit(String code) {
        if (unitsByCode == null) {
            unitsByCode = new HashMap<>();
            units.list().forEach(u -> unitsByCode.put(u.code(), u));
        }
        return java.util.Optional.ofNullable(unitsByCode.get(code));
    }

    private Long planId(PlanRow row, String field, String code) {
        if (code == null || code.isBlank()) {
            return null;
        }
        PlanEntity target = plansByCode.get(code.strip());
        if (target == null) {
            error(row.line(), row.path(), field + "Id", Message.of("plans.import.plan.unknown",
                    "No plan has the code ''{0}'' (in the file or the database)", code));
            return null;
        }
        if (target == imported.get(row)) {
            error(row.line(), row.path(), field + "Id", Message.of("plans.import.plan.self", "A plan cannot point to itself"));
            return null;
        }
        return target.id();
    }

    private void checkParentCycles() {
        Map<Long, Long> parents = new HashMap<>();
        plansByCode.values().forEach(p -> parents.put(p.id(), p.parentId()));
        for (Map.Entry<PlanRow, PlanEntity> e : imported.entrySet()) {
            Set<Long> seen = new HashSet<>();
            for (Long p = e.getValue().id(); p != null; p = parents.get(p)) {
                if (!seen.add(p)) {
                    error(e.getKey().line(), e.getKey().path(), "parentId", Message.of("plans.import.parent.cycle", "The parent links go round in a circle"));
                    break;
                }
            }
        }
    }

    LocalDate date(PlanRow row, String field, String text) {
        return date(row.line(), row.path(), field, text);
    }

    LocalDate date(int line, String path, String field, String text) {
        if (text == null || text.isBlank()) {
            return null;
        }
        String t = text.strip();
        try {
            return t.contains(".") ? LocalDate.parse(t, NORWEGIAN_DATE) : LocalDate.parse(t);
        } catch (DateTimeParseException e) {
            error(line, path, field, Message.of("plans.import.date", "A date as 2024-01-31 or 31.01.2024, not ''{0}''", text));
            return null;
        }
    }

    /** Inserts the plans this file creates, as they are now; last in the import (it opens the database transaction). */
    void insertNew() {
        fresh.insert();
    }

    /** Plans of the file that were written, in file order. */
    List<PlanRow> importedRows() {
        return new ArrayList<>(rows.plans.stream().filter(imported::containsKey).toList());
    }
}
