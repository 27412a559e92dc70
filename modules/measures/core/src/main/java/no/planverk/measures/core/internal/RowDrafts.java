package no.planverk.measures.core.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.function.Function;
import no.planverk.measures.api.Funding;
import no.planverk.measures.api.GoalInfo;
import no.planverk.measures.api.MeasureDraft;
import no.planverk.measures.api.MeasureKind;
import no.planverk.plans.api.Ownership;
import no.planverk.measures.api.PlanDirectory;
import no.planverk.measures.api.PlanInfo;
import no.planverk.measures.api.Responsibility;
import no.planverk.measures.api.YearAmount;
import no.planverk.platform.api.InvalidInputException;
import no.planverk.platform.api.Message;
import no.planverk.platform.api.OrgUnit;
import no.planverk.platform.api.OrgUnitService;

/**
 * Turns rows of cells into measure drafts, naming the line and column of every bad cell. Plans are named
 * by code when the plans module is installed (else by name); units by code; goals by id or by their code
 * in the plan's goal table.
 */
final class RowDrafts {

    /** A row that became a draft. */
    record Drafted(Cells.Row row, MeasureDraft draft) {
    }

    private static final java.util.regex.Pattern DIGITS = java.util.regex.Pattern.compile("\\d{1,15}");
    private static final java.util.regex.Pattern ID = java.util.regex.Pattern.compile("\\d{1,18}");

    private final OrgUnitService units;
    private final ImportDirectory directory;
    /** Units by code, read once for the file (findByCode is a query per call). */
    private Map<String, OrgUnit> unitsByCode;

    RowDrafts(OrgUnitService units, PlanDirectory directory) {
        this.units = units;
        this.directory = directory == null ? null : new ImportDirectory(directory);
    }

    List<Drafted> drafts(Cells cells) {
        List<Drafted> out = new ArrayList<>();
        for (Cells.Row row : cells.rows) {
            int before = cells.errors.size();
            MeasureDraft d = draft(cells, row);
            if (d == null) {
                continue;
            }
            // the draft's own rules run even when a cell was bad, so a row lists all its errors at once
            java.util.Set<String> named = new java.util.HashSet<>();
            cells.errors.subList(before, cells.errors.size()).forEach(e -> named.add(e.column()));
            try {
                MeasureDraft valid = d.validated();
                if (directory != null) {
                    Links.check(valid, directory);
                }
                if (cells.errors.size() == before) {
                    out.add(new Drafted(row, valid));
                }
            } catch (InvalidInputException e) {
                e.fieldMessages().forEach((field, reason) -> {
                    if (!named.contains(row.where(column(field)))) {
                        cells.error(row.line(), row.where(column(field)), reason);
                    }
                });
                if (e.fieldMessages().isEmpty()) {
                    cells.error(row.line(), row.path(), e.message());
                }
            }
        }
        return out;
    }

    private MeasureDraft draft(Cells cells, Cells.Row r) {
        Long planId = null;
        String planName = r.get("plan");
        Optional<PlanInfo> plan = Optional.empty();
        if (directory != null && planName != null) {
            plan = directory.find(planName);
            if (plan.isEmpty()) {
                cells.error(r.line(), r.where("plan"), Message.of("measures.import.plan.unknown", "No plan has the code or title ''{0}''", planName));
                return null;
            }
            planId = plan.get().id();
        }
        Long carrierId = null;
        String carrier = r.get("carrier");
        if (directory != null && carrier != null) {
            carrierId = directory.find(carrier).map(PlanInfo::id).orElse(null);
        }
        MeasureKind kind = choice(cells, r, "kind", MeasureKind::parse, "measure, plan");
        Responsibility resp = choice(cells, r, "responsibility", Responsibility::parse, "units, cross-sector, all");
        Ownership own = choice(cells, r, "ownership", Ownership::parse, "this-plan, shared, other-sector");
        return new MeasureDraft(planId, planId == null ? planName : null, r.get("number"), r.get("title"), r.get("description"),
                goals(cells, r, planId), r.get("goal_text"), kind, carrierId, carrierId == null ? carrier : null, resp, units(cells, r),
                r.get("contact"), year(cells, r, "from_year"), year(cells, r, "to_year"), years(cells, r), own);
    }

    private <E> E choice(Cells cells, Cells.Row r, String column, Function<String, Optional<E>> parse, String allowed) {
        String v = r.get(column);
        if (v == null) {
            return null;
        }
        Optional<E> e = parse.apply(v);
        if (e.isEmpty()) {
            cells.error(r.line(), r.where(column), Message.of("measures.import.value.unknown", "Unknown value ''{0}''; use one of {1}", v, String.valueOf(allowed)));
        }
        return e.orElse(null);
    }

    private List<Long> units(Cells cells, Cells.Row r) {
        List<Long> ids = new ArrayList<>();
        for (String code : split(r.get("units"))) {
            Optional<Long> id = unit(code).map(OrgUnit::id);
            if (id.isEmpty()) {
                cells.error(r.line(), r.where("units"), Message.of("measures.import.unit.unknown", "No organisation unit has the code ''{0}''", code));
            }
            id.ifPresent(ids::add);
        }
        return ids;
    }

    private Optional<OrgUnit> unit(String code) {
        if (unitsByCode == null) {
            unitsByCode = new java.util.HashMap<>();
            units.list().forEach(u -> unitsByCode.put(u.code(), u));
        }
        return Optional.ofNullable(unitsByCode.get(code));
    }

    private List<Long> goals(Cells cells, Cells.Row r, Long planId) {
        List<String> refs = split(r.get("goals"));
        if (refs.isEmpty()) {
            return List.of();
        }
        if (directory == null) {
            cells.error(r.line(), r.where("goals"), Message.of("measures.import.goals.noPlans",
                    "Goals are linked when the plans module is installed; without it, use goal_text"));
            return List.of();
        }
        List<GoalInfo> ofPlan = planId == null ? List.of() : directory.goals(planId);
        List<Long> ids = new ArrayList<>();
        for (String ref : refs) {
            Optional<Long> id = ofPlan.stream().filter(g -> ref.equalsIgnoreCase(g.code())).map(GoalInfo::id).findFirst();
            if (id.isEmpty() && ID.matcher(ref).matches()) {
                id = directory.goals(List.of(Long.valueOf(ref))).stream().map(GoalInfo::id).findFirst();
            }
            if (id.isEmpty()) {
                cells.error(r.line(), r.where("goals"), Message.of("measures.import.goal.unknown",
                        "No goal ''{0}'' in the plan''s goal table (give its code or id)", ref));
            }
            id.ifPresent(ids::add);
        }
        return ids;
    }

    private static Integer year(Cells cells, Cells.Row r, String column) {
        Long v = number(cells, r, column, "measures.import.year", "A year such as 2025");
        return v == null ? null : v.intValue();
    }

    private static Long number(Cells cells, Cells.Row r, String column, String key, String expected) {
        String v = r.get(column);
        if (v == null) {
            return null;
        }
        String digits = v.replace(" ", "").replace("\u00a0", "").replace("\u202f", "");
        if (!DIGITS.matcher(digits).matches()) {
            cells.error(r.line(), r.where(column), Message.of(key, expected + ", not ''{0}''", v));
            return null;
        }
        return Long.valueOf(digits);
    }

    private static List<YearAmount> years(Cells cells, Cells.Row r) {
        java.util.SortedSet<Integer> named = new java.util.TreeSet<>();
        for (String column : r.cells().keySet()) {
            var m = MeasureColumns.YEAR_COLUMN.matcher(column);
            if (m.matches()) {
                named.add(Integer.parseInt(m.group(2)));
            }
        }
        Map<Integer, YearAmount> years = new TreeMap<>();
        for (int year : named) {
            Long cost = number(cells, r, "cost_" + year, "measures.import.cost", "Whole kroner such as 650000");
            String f = r.get("funding_" + year);
            Funding funding = f == null ? null : Funding.parse(f).orElse(null);
            if (f != null && funding == null) {
                cells.error(r.line(), r.where("funding_" + year), Message.of("measures.import.funding.unknown",
                        "Unknown funding ''{0}''; use funded, not-funded or within-frame", f));
            }
            if (cost != null || funding != null) {
                years.put(year, new YearAmount(year, cost, funding));
            }
        }
        return new ArrayList<>(years.values());
    }

    private static List<String> split(String v) {
        if (v == null) {
            return List.of();
        }
        return java.util.Arrays.stream(v.split("\\|")).map(String::strip).filter(s -> !s.isEmpty()).toList();
    }

    /** The file column of a draft field. */
    private static String column(String field) {
        return switch (field) {
            case "planId", "planName" -> "plan";
            case "goalIds" -> "goals";
            case "goalText" -> "goal_text";
            case "carrierPlanId", "carrierText" -> "carrier";
            case "unitIds" -> "units";
            case "fromYear" -> "from_year";
            case "toYear" -> "to_year";
            case "years" -> "cost_<year>";
            default -> field;
        };
    }
}
