package no.planverk.plans.api.document;

/**
 * A table cell: its text, already formatted for people (Norwegian numbers, money, dates), and an optional marker
 * colour as {@code #rrggbb} (an ownership colour, a status light), or null.
 */
public record BlockCell(String text, String colour) {

    public static BlockCell of(String text) {
        return new BlockCell(text, null);
    }
}
