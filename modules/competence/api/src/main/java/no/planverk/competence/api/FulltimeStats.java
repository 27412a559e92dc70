package no.planverk.competence.api;

/**
 * Full-time culture of a unit (with the units below it) in a register year. Positions are counted one by one:
 * {@code fullTimeShare} = positions at 100 % ÷ positions; {@code averagePercent} = Σ percent ÷ positions;
 * {@code fte} = Σ percent ÷ 100; {@code temporaryShare} = temporary positions ÷ positions. Shares are 0..1,
 * and 0 when there are no positions.
 */
public record FulltimeStats(long unitId, String unitCode, String unitName, int year, int positions, int fullTime, double fullTimeShare,
        double averagePercent, double fte, double temporaryShare) {
}
