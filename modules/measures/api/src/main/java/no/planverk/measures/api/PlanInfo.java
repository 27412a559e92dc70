package no.planverk.measures.api;

import java.util.Collection;
import java.util.Comparator;
import java.util.Locale;
import java.util.Optional;

/** A plan as the measures module sees it, lent by a {@link PlanDirectory}. */
public record PlanInfo(long id, String code, String title, Integer periodFrom, Integer periodTo) {

    /**
     * True when {@code name} is this plan's code or title, in any case; a title followed by more words also
     * matches ("Et helt liv med mening, vekst og utvikling 2018-2028" for the plan titled without the years).
     */
    public boolean matches(String name) {
        if (name == null) {
            return false;
        }
        String n = name.strip().toLowerCase(Locale.ROOT);
        String t = title.toLowerCase(Locale.ROOT);
        return code.equalsIgnoreCase(n) || n.equals(t) || n.startsWith(t + " ");
    }

    /** The plan with this code, else the one with the longest title that {@link #matches} the name. */
    public static Optional<PlanInfo> find(Collection<PlanInfo> plans, String name) {
        if (name == null) {
            return Optional.empty();
        }
        Optional<PlanInfo> byCode = plans.stream().filter(p -> p.code().equalsIgnoreCase(name.strip())).findFirst();
        return byCode.isPresent() ? byCode : plans.stream().filter(p -> p.matches(name)).max(Comparator.comparingInt(p -> p.title().length()));
    }
}
