package no.planverk.competence.api;

import java.util.List;

/**
 * The gaps of a register year: one per requirement of the units asked for, the sums per category, and the
 * deviations from statutory requirements (statutory requirements with a gap).
 */
public record GapReport(Integer year, List<Gap> gaps, List<CategoryGap> categories, List<Gap> deviations) {

    public GapReport(Integer year, List<Gap> gaps, List<CategoryGap> categories) {
        this(year, gaps, categories, gaps.stream().filter(Gap::deviation).toList());
    }

    public GapReport {
        gaps = List.copyOf(gaps);
        categories = List.copyOf(categories);
        deviations = List.copyOf(deviations);
    }
}
