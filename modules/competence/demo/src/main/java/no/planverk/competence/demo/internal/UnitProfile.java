package no.planverk.competence.demo.internal;

import java.util.Map;
import no.planverk.competence.api.Category;

/**
 * The shape of a demo unit: its FTE in the first year, its category mix (weights) and each category's chance of a
 * full-time position in that year.
 */
record UnitProfile(String code, double fte, Map<Category, Double> mix) {

    /** Chance of full time in 2022 by category; part-time work is most common among health workers and assistants. */
    static double fullTime(Category c) {
        return switch (c) {
            case LEGE -> 0.9;
            case SOSIONOM -> 0.8;
            case FYSIOTERAPEUT, ERGOTERAPEUT -> 0.7;
            case SPESIALSJUKEPLEIAR -> 0.55;
            case VERNEPLEIAR, MILJOTERAPEUT, ANNA -> 0.45;
            case SJUKEPLEIAR -> 0.40;
            case HELSEFAGARBEIDAR -> 0.28;
            case LAERLING -> 1.0;
            case ASSISTENT -> 0.08;
        };
    }

    /** Further education a member of the category may have, or none. */
    static String[] educations(Category c) {
        return switch (c) {
            case SJUKEPLEIAR, SPESIALSJUKEPLEIAR -> new String[] {"demensomsorg", "geriatri", "psykisk helse", "palliasjon"};
            case HELSEFAGARBEIDAR -> new String[] {"demensomsorg", "psykisk helse", "velferdsteknologi"};
            case VERNEPLEIAR, MILJOTERAPEUT -> new String[] {"miljøterapi", "tvang og makt (kap. 9)"};
            default -> new String[0];
        };
    }
}
