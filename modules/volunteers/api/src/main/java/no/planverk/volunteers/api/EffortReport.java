package no.planverk.volunteers.api;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/**
 * Volunteer effort in a period: hours and entries in all, the number of distinct (not erased) volunteers, and
 * totals per unit, organisation ("none" for hours not given through one), staircase step and month.
 */
public record EffortReport(LocalDate from, LocalDate to, BigDecimal hours, int entries, int volunteers, List<Total> byUnit,
        List<Total> byOrganisation, List<Total> byStep, List<Total> byMonth) {

    /** One line of a total: the key (id, step or yyyy-MM), a name to show, hours and entries. */
    public record Total(String key, String name, BigDecimal hours, int entries) {
    }
}
