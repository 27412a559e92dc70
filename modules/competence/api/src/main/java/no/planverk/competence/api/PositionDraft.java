package no.planverk.competence.api;

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
        Problems errors = new Problems();
        String edu = Fields.trim(furtherEducation);
        String no = Fields.trim(employeeNo);
        String nm = Fields.trim(name);
        errors.length("furtherEducation", edu, MAX_TEXT);
        errors.length("employeeNo", no, MAX_EMPLOYEE_NO);
        errors.length("name", nm, MAX_TEXT);
        if (unitId == null) {
            errors.put("unitId", "competence.position.unit", "Choose the unit");
        }
        if (year == null || year < MIN_YEAR || year > MAX_YEAR) {
            errors.put("year", "competence.position.year", "The register year, {0} to {1}", String.valueOf(MIN_YEAR), String.valueOf(MAX_YEAR));
        }
        if (category == null) {
            errors.put("category", "competence.position.category", "Choose the category");
        }
        if (percent == null || percent.isNaN() || percent <= 0 || percent > 100) {
            errors.put("percent", "competence.position.percent", "The position size in percent of full time, above 0 and at most 100");
        }
        int n = count == null ? 1 : count;
        if (n < 1 || n > MAX_COUNT) {
            errors.put("count", "competence.position.count", "The number of positions, 1 to {0}", String.valueOf(MAX_COUNT));
        }
        boolean person = no != null || nm != null || birthYear != null;
        if (person && n != 1) {
            errors.put("count", "competence.position.count.person", "A row with an employee number, name or birth year is one person: count must be 1");
        }
        Integer from = ageFrom;
        Integer to = ageTo == null ? ageFrom : ageTo;
        if (birthYear != null && year != null) {
            int age = year - birthYear;
            if (age < MIN_AGE || age > MAX_AGE) {
                errors.put("birthYear", "competence.position.birthYear.age", "Gives the age {0} in {1}; ages are {2} to {3}", String.valueOf(age), String.valueOf(year), String.valueOf(MIN_AGE), String.valueOf(MAX_AGE));
            } else if (from == null) {
                from = age;
                to = age;
            } else if (age < from || age > to) {
                errors.put("birthYear", "competence.position.birthYear.band", "Gives the age {0} in {1}, outside the age band {2}-{3}", String.valueOf(age), String.valueOf(year), String.valueOf(from), String.valueOf(to));
            }
        }
        if (from == null) {
            errors.put("ageFrom", "competence.position.age", "The age or age band (e.g. 55-59)");
        } else if (from < MIN_AGE || to > MAX_AGE || from > to) {
            errors.put("ageFrom", "competence.position.age.range", "Ages {0} to {1}, the band''s first age not above its last", String.valueOf(MIN_AGE), String.valueOf(MAX_AGE));
        }
        errors.throwIfAny("The position");
        return new PositionDraft(unitId, year, category, percent, n, from, to, temporary, edu, no, nm, birthYear);
    }
}
