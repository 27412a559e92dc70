package no.planverk.volunteers.api;

/** A measure (tiltak) as the volunteers module shows it: its number ("3.3.1.1-b") and title. */
public record MeasureRef(long id, String number, String title) {

    /** "3.3.1.1-b Etablering av stilling som koordinator ...". */
    public String label() {
        return number + " " + title;
    }
}
