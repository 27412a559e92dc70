package no.planverk.platform.api.link;

/**
 * A measure (tiltak) as other modules show a link to it: its id, its plan's id ({@code null} for a measure with its
 * plan named in free text), its number ("3.3.1.1-b", unique within the plan) and its title.
 */
public record MeasureRef(long id, Long planId, String number, String title) {

    /** "3.3.1.1-b Etablering av stilling som koordinator ...". */
    public String label() {
        return number + " " + title;
    }
}
