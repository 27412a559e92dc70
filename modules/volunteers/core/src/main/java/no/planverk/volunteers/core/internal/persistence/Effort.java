package no.planverk.volunteers.core.internal.persistence;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Function;
import javax.persistence.EntityManager;
import javax.persistence.TypedQuery;
import no.planverk.platform.api.OrgUnit;
import no.planverk.platform.api.OrgUnitService;
import no.planverk.volunteers.api.EffortReport;
import no.planverk.volunteers.api.EffortReport.Total;

/** Totals of logged hours in a period, from one query over the period's entries. */
public final class Effort {

    private Effort() {
    }

    /** {@code unitIds} (or null) limits to those units, {@code measureId} (or null) to assignments serving the measure. */
    public static EffortReport report(EntityManager em, LocalDate from, LocalDate to, Set<Long> unitIds, Long measureId,
            OrgUnitService units, Map<Long, String> orgNames) {
        TypedQuery<Object[]> q = em.createQuery("select h.unitId, h.organisationId, h.step, h.date, h.hours, h.volunteerId"
                + " from HoursEntity h where h.date >= :from and h.date <= :to" + (unitIds == null ? "" : " and h.unitId in :units")
                + (measureId == null ? "" : " and h.assignmentId in (select a.id from AssignmentEntity a where a.measureId = :measure)"),
                Object[].class).setParameter("from", from).setParameter("to", to);
        if (unitIds != null) {
            q.setParameter("units", unitIds);
        }
        if (measureId != null) {
            q.setParameter("measure", measureId);
        }
        List<Object[]> rows = q.getResultList();
        Set<Long> volunteers = new HashSet<>();
        BigDecimal sum = BigDecimal.ZERO;
        for (Object[] r : rows) {
            sum = sum.add((BigDecimal) r[4]);
            if (r[5] != null) {
                volunteers.add((Long) r[5]);
            }
        }
        return new EffortReport(from, to, sum.setScale(2), rows.size(), volunteers.size(),
                byName(totals(rows, r -> String.valueOf(r[0]), k -> units.find(Long.parseLong(k)).map(OrgUnit::name).orElse("unit " + k))),
                byName(totals(rows, r -> r[1] == null ? "none" : String.valueOf(r[1]), k -> k.equals("none") ? "No organisation"
                        : orgNames.getOrDefault(Long.valueOf(k), "organisation " + k))),
                totals(rows, r -> String.valueOf(r[2]), k -> "Step " + k),
                totals(rows, r -> ((LocalDate) r[3]).toString().substring(0, 7), k -> k));
    }

    /** Sorted by name, "No organisation" last. */
    private static List<Total> byName(List<Total> totals) {
        return totals.stream().sorted(java.util.Comparator.comparing((Total t) -> t.key().equals("none")).thenComparing(Total::name))
                .toList();
    }

    /** One total per key, sorted by key. */
    private static List<Total> totals(List<Object[]> rows, Function<Object[], String> key, Function<String, String> name) {
        Map<String, BigDecimal> hours = new TreeMap<>();
        Map<String, Integer> entries = new TreeMap<>();
        for (Object[] r : rows) {
            String k = key.apply(r);
            hours.merge(k, (BigDecimal) r[4], BigDecimal::add);
            entries.merge(k, 1, Integer::sum);
        }
        return hours.entrySet().stream().map(e -> new Total(e.getKey(), name.apply(e.getKey()), e.getValue().setScale(2),
                entries.get(e.getKey()))).toList();
    }
}
