package no.planverk.competence.core.internal.io;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import no.planverk.competence.api.Category;
import no.planverk.competence.api.PositionDraft;
import no.planverk.platform.api.InvalidInputException;
import no.planverk.platform.api.OrgUnit;

/** Rows of a workforce file turned into drafts; every bad cell becomes a row error naming its line and column. */
final class PositionRows {

    /** A checked draft and the row it came from. */
    record Drafted(Cells.Row row, PositionDraft draft) {
    }

    private static final Pattern BAND = Pattern.compile("(\\d{1,3})\\s*[-–]\\s*(\\d{1,3})");
    private static final Pattern OPEN = Pattern.compile("(\\d{1,3})\\s*\\+");
    private static final Pattern NUMBER = Pattern.compile("\\d{1,6}([.,]\\d{1,4})?");
    /** The general age limit in the public sector: an open band "67+" runs to it. */
    static final int AGE_LIMIT = 70;

    private final Map<String, Long> unitsByKey = new HashMap<>();

    PositionRows(List<OrgUnit> units) {
        Map<String, Integer> names = new HashMap<>();
        units.forEach(u -> names.merge(u.name().toLowerCase(Locale.ROOT), 1, Integer::sum));
        for (OrgUnit u : units) {
            if (names.get(u.name().toLowerCase(Locale.ROOT)) == 1) {
                unitsByKey.put(u.name().toLowerCase(Locale.ROOT), u.id());
            }
        }
        units.forEach(u -> unitsByKey.put(u.code().toLowerCase(Locale.ROOT), u.id()));
    }

    List<Drafted> drafts(Cells cells) {
        List<Drafted> out = new ArrayList<>();
        for (Cells.Row row : cells.rows) {
            int errorsBefore = cells.errorCount();
            PositionDraft d = draft(row, cells);
            java.util.Set<String> bad = cells.columnsSince(errorsBefore);
            try {
                PositionDraft checked = d.validated();
                if (bad.isEmpty()) {
                    out.add(new Drafted(row, checked));
                }
            } catch (InvalidInputException e) {
                // the draft's own errors, except for cells already reported as unreadable
                e.fieldMessages().forEach((field, reason) -> {
                    if (!bad.contains(column(field))) {
                        cells.error(row.line(), column(field), reason);
                    }
                });
            }
        }
        return out;
    }

    private PositionDraft draft(Cells.Row row, Cells cells) {
        int line = row.line();
        Long unit = null;
        String unitText = row.get(WorkforceColumns.UNIT);
        if (unitText == null) {
            cells.error(line, WorkforceColumns.UNIT, "competence.import.unit.missing", "The unit''s code is missing");
        } else {
            unit = unitsByKey.get(unitText.toLowerCase(Locale.ROOT));
            if (unit == null) {
                cells.error(line, WorkforceColumns.UNIT, "competence.import.unit.unknown", "No unit has the code (or name) ''{0}''",
                        unitText);
            }
        }
        Integer year = integer(row, WorkforceColumns.YEAR, cells, true);
        Category category = null;
        String cat = row.get(WorkforceColumns.CATEGORY);
        if (cat == null) {
            cells.error(line, WorkforceColumns.CATEGORY, "competence.import.category.missing", "The category is missing");
        } else {
            category = Category.parse(cat).orElse(null);
            if (category == null) {
                cells.error(line, WorkforceColumns.CATEGORY, "competence.import.category.unknown", "Unknown category ''{0}''; use one of {1}",
                        cat, String.join(", ", java.util.Arrays.stream(Category.values()).map(Category::id).toList()));
            }
        }
        Double percent = percent(row, cells);
        Integer count = integer(row, WorkforceColumns.COUNT, cells, false);
        int[] age = age(row, cells);
        Boolean temporary = yesNo(row, cells);
        Integer birthYear = integer(row, WorkforceColumns.BIRTH_YEAR, cells, false);
        return new PositionDraft(unit, year, category, percent, count, age == null ? null : age[0], age == null ? null : age[1],
                Boolean.TRUE.equals(temporary), row.get(WorkforceColumns.FURTHER_EDUCATION), row.get(WorkforceColumns.EMPLOYEE_NO),
                row.get(WorkforceColumns.NAME), birthYear);
    }

    private static Integer integer(Cells.Row row, String column, Cells cells, boolean required) {
        String v = row.get(column);
        if (v == null) {
            if (required) {
                cells.error(row.line(), column, "competence.import.missing", "A value is missing");
            }
            return null;
        }
        if (!v.matches("\\d{1,6}")) {
            cells.error(row.line(), column, "competence.import.integer", "A whole number, not ''{0}''", v);
            return null;
        }
        return Integer.parseInt(v);
    }

    /** "75", "75,5", "75 %"; a value of at most 1 is a share (0.75 = 75 %, as a spreadsheet's percent cells hold it). */
    private static Double percent(Cells.Row row, Cells cells) {
        String v = row.get(WorkforceColumns.PERCENT);
        if (v == null) {
            cells.error(row.line(), WorkforceColumns.PERCENT, "competence.import.percent.missing", "The position size is missing");
            return null;
        }
        String t = v.replace("%", "").strip();
        if (!NUMBER.matcher(t).matches()) {
            cells.error(row.line(), WorkforceColumns.PERCENT, "competence.import.percent", "A position size in percent such as 75 or 62,5, not ''{0}''", v);
            return null;
        }
        double p = Double.parseDouble(t.replace(',', '.'));
        return p <= 1 ? p * 100 : p;
    }

    /** "55-59" (or with an en dash), "67+" (to {@link #AGE_LIMIT}), or an exact age "57". */
    private static int[] age(Cells.Row row, Cells cells) {
        String v = row.get(WorkforceColumns.AGE);
        if (v == null) {
            return null; // the draft asks for it unless the birth year gives it
        }
        Matcher band = BAND.matcher(v);
        if (band.matches()) {
            return new int[] {Integer.parseInt(band.group(1)), Integer.parseInt(band.group(2))};
        }
        Matcher open = OPEN.matcher(v);
        if (open.matches()) {
            int from = Integer.parseInt(open.group(1));
            return new int[] {from, Math.max(from, AGE_LIMIT)};
        }
        if (v.matches("\\d{1,3}")) {
            int a = Integer.parseInt(v);
            return new int[] {a, a};
        }
        cells.error(row.line(), WorkforceColumns.AGE, "competence.import.age", "An age (57) or age band (55-59 or 67+), not ''{0}''", v);
        return null;
    }

    private static Boolean yesNo(Cells.Row row, Cells cells) {
        String v = row.get(WorkforceColumns.TEMPORARY);
        if (v == null) {
            return false;
        }
        switch (v.toLowerCase(Locale.ROOT)) {
            case "ja", "j", "yes", "y", "true", "1", "mellombels", "midlertidig", "vikar":
                return true;
            case "nei", "n", "no", "false", "0", "fast", "permanent":
                return false;
            default:
                cells.error(row.line(), WorkforceColumns.TEMPORARY, "competence.import.temporary", "ja or nei (mellombels or fast), not ''{0}''", v);
                return null;
        }
    }

    /** The file's column for a draft field. */
    private static String column(String field) {
        return switch (field) {
            case "unitId" -> WorkforceColumns.UNIT;
            case "ageFrom", "ageTo" -> WorkforceColumns.AGE;
            case "furtherEducation" -> WorkforceColumns.FURTHER_EDUCATION;
            case "employeeNo" -> WorkforceColumns.EMPLOYEE_NO;
            case "birthYear" -> WorkforceColumns.BIRTH_YEAR;
            default -> field;
        };
    }
}
