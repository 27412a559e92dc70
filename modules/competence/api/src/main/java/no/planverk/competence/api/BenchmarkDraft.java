package no.planverk.competence.api;

import no.planverk.platform.api.Fields;

/** A new or changed benchmark; one per kind, year and unit. */
public record BenchmarkDraft(BenchmarkKind kind, Integer year, Long unitId, Double fullTimeShare, Double averagePercent, String source) {

    public static final int MAX_SOURCE = 300;

    public BenchmarkDraft validated() {
        Problems errors = new Problems();
        String src = Fields.trim(source);
        errors.length("source", src, MAX_SOURCE);
        if (kind == null) {
            errors.put("kind", "competence.benchmark.kind", "target or national");
        }
        if (year == null || year < PositionDraft.MIN_YEAR || year > PositionDraft.MAX_YEAR) {
            errors.put("year", "competence.benchmark.year", "A year from {0} to {1}", String.valueOf(PositionDraft.MIN_YEAR), String.valueOf(PositionDraft.MAX_YEAR));
        }
        if (kind == BenchmarkKind.NATIONAL && unitId != null) {
            errors.put("unitId", "competence.benchmark.national.unit", "A national figure is for all units; leave the unit empty");
        }
        if (fullTimeShare == null && averagePercent == null) {
            errors.put("fullTimeShare", "competence.benchmark.figures", "Give the full-time share, the average position size, or both");
        }
        if (fullTimeShare != null && (fullTimeShare.isNaN() || fullTimeShare < 0 || fullTimeShare > 1)) {
            errors.put("fullTimeShare", "competence.benchmark.share", "A share from 0 to 1 (44 % is 0.44)");
        }
        if (averagePercent != null && (averagePercent.isNaN() || averagePercent <= 0 || averagePercent > 100)) {
            errors.put("averagePercent", "competence.benchmark.average", "A position size above 0 and at most 100");
        }
        errors.throwIfAny("The benchmark");
        return new BenchmarkDraft(kind, year, unitId, fullTimeShare, averagePercent, src);
    }
}
