package no.planverk.competence.api;

/**
 * A target or national reference for a year: full-time share (0..1) and/or average position size (percent).
 * A target may be for one unit (and the units below) or, with {@code unitId} null, for all; a national figure is
 * for all. {@code source} says where the figure comes from (e.g. "KS, helse og omsorg 2024").
 */
public record Benchmark(long id, BenchmarkKind kind, int year, Long unitId, Double fullTimeShare, Double averagePercent, String source,
        long version) {
}
