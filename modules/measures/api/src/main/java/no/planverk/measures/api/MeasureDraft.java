package no.planverk.measures.api;

import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import no.planverk.platform.api.Fields;
import no.planverk.platform.api.InvalidInputException;
import no.planverk.platform.api.Message;
import no.planverk.plans.api.Ownership;

/** The editable fields of a measure. Status, percent and light change through reports. */
public record MeasureDraft(Long planId, String planName, String number, String title, String description,
        List<Long> goalIds, String goalText, MeasureKind kind, Long carrierPlanId, String carrierText,
        Responsibility responsibility, List<Long> unitIds, String contact, Integer fromYear, Integer toYear,
        List<YearAmount> years, Ownership ownership) {

    /** Letters, digits and . / - _ ; compiled once: an import validates every row (issue 18). */
    private static final java.util.regex.Pattern NUMBER = java.util.regex.Pattern.compile("[\\p{L}\\p{N}_./-]+");
    public static final int MAX_NUMBER = 20;
    public static final int MAX_TITLE = 500;
    public static final int MAX_TEXT = 300;
    public static final int MAX_DESCRIPTION = 4000;
    public static final long MAX_COST = 100_000_000_000L;

    public MeasureDraft {
        goalIds = goalIds == null ? List.of() : List.copyOf(goalIds);
        unitIds = unitIds == null ? List.of() : List.copyOf(unitIds);
        years = years == null ? List.of() : List.copyOf(years);
    }

    /** A draft with a number and a title only, in a plan. */
    public static MeasureDraft of(Long planId, String number, String title) {
        return new MeasureDraft(planId, null, number, title, null, List.of(), null, MeasureKind.MEASURE, null, null,
                Responsibility.UNITS, List.of(), null, null, null, List.of(), Ownership.THIS_PLAN);
    }

    public MeasureDraft inPlan(Long newPlanId) {
        return new MeasureDraft(newPlanId, newPlanId == null ? planName : null, number, title, description, goalIds, goalText, kind,
                carrierPlanId, carrierText, responsibility, unitIds, contact, fromYear, toYear, years, ownership);
    }

    public MeasureDraft withPlanName(String name) {
        return new MeasureDraft(null, name, number, title, description, goalIds, goalText, kind, carrierPlanId, carrierText,
                responsibility, unitIds, contact, fromYear, toYear, years, ownership);
    }

    public MeasureDraft withNumber(String newNumber) {
        return new MeasureDraft(planId, planName, newNumber, title, description, goalIds, goalText, kind, carrierPlanId, carrierText,
                responsibility, unitIds, contact, fromYear, toYear, years, ownership);
    }

    public MeasureDraft withGoals(List<Long> newGoalIds) {
        return new MeasureDraft(planId, planName, number, title, description, newGoalIds, goalText, kind, carrierPlanId, carrierText,
                responsibility, unitIds, contact, fromYear, toYear, years, ownership);
    }

    public MeasureDraft withUnits(List<Long> newUnitIds) {
        return new MeasureDraft(planId, planName, number, title, description, goalIds, goalText, kind, carrierPlanId, carrierText,
                responsibility, newUnitIds, contact, fromYear, toYear, years, ownership);
    }

    /** The same measure running {@code from}-{@code to}; amounts of years outside are dropped. */
    public MeasureDraft withYears(Integer from, Integer to) {
        List<YearAmount> kept = years.stream().filter(y -> y != null && (from == null || y.year() >= from) && (to == null || y.year() <= to))
                .toList();
        return new MeasureDraft(planId, planName, number, title, description, goalIds, goalText, kind, carrierPlanId, carrierText,
                responsibility, unitIds, contact, from, to, kept, ownership);
    }

    /**
     * Trimmed copy with defaults (kind measure, ownership this plan, responsibility units); throws
     * {@link InvalidInputException} naming each bad field.
     */
    public MeasureDraft validated() {
        Map<String, Message> errors = new LinkedHashMap<>();
        String n = Fields.trim(number);
        if (n == null) {
            errors.put("number", Message.of("measures.number.required", "Number is required (e.g. 86 or 4.1.2), unique within the plan"));
        } else if (n.length() > MAX_NUMBER || !NUMBER.matcher(n).matches()) {
            errors.put("number", Message.of("measures.number.format", "Number: at most {0} letters, digits, ''.'', ''-'', ''/'' or ''_'', no spaces",
                    String.valueOf(MAX_NUMBER)));
        }
        String t = Fields.trim(title);
        if (t == null) {
            errors.put("title", Message.of("measures.title.required", "Title is required"));
        }
        Problems.checkLength(errors, "title", t, MAX_TITLE, "measures.title.tooLong");
        String d = Fields.trim(description);
        Problems.checkLength(errors, "description", d, MAX_DESCRIPTION, "measures.description.tooLong");
        String pn = Fields.trim(planName);
        Problems.checkLength(errors, "planName", pn, MAX_TEXT, "measures.planName.tooLong");
        String gt = Fields.trim(goalText);
        Problems.checkLength(errors, "goalText", gt, MAX_DESCRIPTION, "measures.goalText.tooLong");
        String ct = Fields.trim(carrierText);
        Problems.checkLength(errors, "carrierText", ct, MAX_TEXT, "measures.carrierText.tooLong");
        String c = Fields.trim(contact);
        Problems.checkLength(errors, "contact", c, MAX_TEXT, "measures.contact.tooLong");
        if (planId == null && pn == null) {
            errors.put("planId", Message.of("measures.plan.required", "Name the plan the measure belongs to"));
        }
        MeasureKind k = kind == null ? MeasureKind.MEASURE : kind;
        if (k == MeasureKind.PLAN_REFERENCE && carrierPlanId == null && ct == null) {
            errors.put("carrierText", Message.of("measures.carrier.required", "Name the theme or action plan that carries this measure"));
        }
        Responsibility r = responsibility == null ? Responsibility.UNITS : responsibility;
        checkYears(errors);
        Problems.throwIfAny(errors, "measures.measure.invalid", "The measure");
        return new MeasureDraft(planId, pn, n, t, d, goalIds.stream().distinct().toList(), gt, k, carrierPlanId, ct, r,
                unitIds.stream().distinct().toList(), c, fromYear, toYear,
                years.stream().sorted(java.util.Comparator.comparingInt(YearAmount::year)).toList(),
                ownership == null ? Ownership.THIS_PLAN : ownership);
    }

    private void checkYears(Map<String, Message> errors) {
        checkYear(errors, "fromYear", fromYear);
        checkYear(errors, "toYear", toYear);
        if (fromYear != null && toYear != null && toYear < fromYear) {
            errors.put("toYear", Message.of("measures.years.backwards", "The measure ends ({0}) before it starts ({1})",
                    String.valueOf(toYear), String.valueOf(fromYear)));
        }
        Set<Integer> seen = new HashSet<>();
        for (YearAmount y : years) {
            if (y == null) {
                errors.put("years", Message.of("measures.year.empty", "A year of the action part is empty"));
                continue;
            }
            checkYear(errors, "years", y.year());
            if (!seen.add(y.year())) {
                errors.put("years", Message.of("measures.year.twice", "The year {0} appears twice", String.valueOf(y.year())));
            }
            if (y.costNok() != null && (y.costNok() < 0 || y.costNok() > MAX_COST)) {
                errors.put("years", Message.of("measures.year.cost", "Cost in {0}: whole kroner from 0 to {1}, not {2}", String.valueOf(y.year()),
                        String.valueOf(MAX_COST), String.valueOf(y.costNok())));
            }
            if (fromYear != null && y.year() < fromYear || toYear != null && y.year() > toYear) {
                errors.put("years", Message.of("measures.year.outside", "The year {0} is outside the measure''s years {1}-{2}",
                        String.valueOf(y.year()), fromYear == null ? "" : String.valueOf(fromYear), toYear == null ? "" : String.valueOf(toYear)));
            }
        }
    }

    private static void checkYear(Map<String, Message> errors, String field, Integer year) {
        if (year != null && (year < 1900 || year > 2200)) {
            errors.put(field, Message.of("measures.year.range", "A year between 1900 and 2200, not {0}", String.valueOf(year)));
        }
    }
}
