package no.planverk.competence.api;

import java.util.LinkedHashMap;
import java.util.Map;
import no.planverk.platform.api.Fields;

/** A new or changed benchmark; one per kind, year and unit. */
public record BenchmarkDraft(BenchmarkKind kind, Integer year, Long unitId, Double fullTimeShare, Double averagePercent, String source) {

    public static final int MAX_SOURCE = 300;

    public BenchmarkDraft validated() {
        Map<String, String> errors = new LinkedHashMap<>();
        String src = Fields.trim(source);
        Fields.checkLength(errors, "source", src, MAX_SOURCE);
        if (kind == null) {
            errors.put("kind", "target or national");
        }
        if (year == null || year < PositionDraft.MIN_YEAR || year > PositionDraft.MAX_YEAR) {
            errors.put("year", "A year from " + PositionDraft.MIN_YEAR + " to " + PositionDraft.MAX_YEAR);
        }
        if (kind == BenchmarkKind.NATIONAL && unitId != null) {
            errors.put("unitId", "A national figure is for all units; leave the unit empty");
        }
        if (fullTimeShare == null && averagePercent == null) {
            errors.put("fullTimeShare", "Give the full-time share, the average position size, or both");
        }
        if (fullTimeShare != null && (fullTimeShare.isNaN() || fullTimeShare < 0 || fullTimeShare > 1)) {
            errors.put("fullTimeShare", "A share from 0 to 1 (44 % is 0.44)");
        }
        if (averagePercent != null && (averagePercent.isNaN() || averagePercent <= 0 || averagePercent > 100)) {
            errors.put("averagePercent", "A position size above 0 and at most 100");
        }
        Fields.throwIfAny(errors, "The benchmark");
        return new BenchmarkDraft(kind, year, unitId, fullTimeShare, averagePercent, src);
    }
}
