package no.planverk.measures.api;

import java.util.Locale;

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
}
