package no.planverk.competence.api;

import java.util.LinkedHashMap;
import java.util.Map;
import no.planverk.platform.api.Fields;

/**
 * A new or changed register row. The age is a band ({@code ageFrom..ageTo}); a person-level row may give the birth
 * year instead, and the age is then {@code year − birthYear}. {@code count} defaults to 1 and must be 1 for a
 * person-level row (one with an employee number or a name).
 */
public record PositionDraft(Long unitId, Integer year, Category category, Double percent, Integer count, Integer ageFrom,
        Integer ageTo, boolean temporary, String furtherEducation, String employeeNo, String name, Integer birthYear) {

    public static final int MIN_YEAR = 2000;
    public static final int MAX_YEAR = 2100;
    public static final int MIN_AGE = 15;
    public static final int MAX_AGE = 80;
    public static final int MAX_COUNT = 10_000;
    public static final int MAX_TEXT = 200;
    public static final int MAX_EMPLOYEE_NO = 40;

    public boolean personal() {
        return employeeNo != null || name != null || birthYear != null;
    }

    /**
     * The draft trimmed, with defaults filled in and the age taken from the birth year when no band is given.
     *
     * @throws no.planverk.platform.api.InvalidInputException naming every bad field
     */
    public PositionDraft validated() {
        Map<String, String> errors = new LinkedHashMap<>();
        String edu = Fields.trim(furtherEducation);
        String no = Fields.trim(employeeNo);
        String nm = Fields.trim(name);
        Fields.checkLength(errors, "furtherEducation", edu, MAX_TEXT);
        Fields.checkLength(errors, "employeeNo", no, MAX_EMPLOYEE_NO);
        Fields.checkLength(errors, "name", nm, MAX_TEXT);
        if (unitId == null) {
            errors.put("unitId", "Choose the unit");
        }
        if (year == null || year < MIN_YEAR || year > MAX_YEAR) {
            errors.put("year", "The register year, " + MIN_YEAR + " to " + MAX_YEAR);
        }
        if (category == null) {
            errors.put("category", "Choose the category");
        }
        if (percent == null || percent.isNaN() || percent <= 0 || percent > 100) {
            errors.put("percent", "The position size in percent of full time, above 0 and at most 100");
        }
        int n = count == null ? 1 : count;
        if (n < 1 || n > MAX_COUNT) {
            errors.put("count", "The number of positions, 1 to " + MAX_COUNT);
        }
        boolean person = no != null || nm != null || birthYear != null;
        if (person && n != 1) {
            errors.put("count", "A row with an employee number, name or birth year is one person: count must be 1");
        }
        Integer from = ageFrom;
        Integer to = ageTo == null ? ageFrom : ageTo;
        if (birthYear != null && year != null) {
            int age = year - birthYear;
            if (age < MIN_AGE || age > MAX_AGE) {
                errors.put("birthYear", "Gives the age " + age + " in " + year + "; ages are " + MIN_AGE + " to " + MAX_AGE);
            } else if (from == null) {
                from = age;
                to = age;
            } else if (age < from || age > to) {
                errors.put("birthYear", "Gives the age " + age + " in " + year + ", outside the age band " + from + "-" + to);
            }
        }
        if (from == null) {
            errors.put("ageFrom", "The age or age band (e.g. 55-59)");
        } else if (from < MIN_AGE || to > MAX_AGE || from > to) {
            errors.put("ageFrom", "Ages " + MIN_AGE + " to " + MAX_AGE + ", the band's first age not above its last");
        }
        Fields.throwIfAny(errors, "The position");
        return new PositionDraft(unitId, year, category, percent, n, from, to, temporary, edu, no, nm, birthYear);
    }
}
