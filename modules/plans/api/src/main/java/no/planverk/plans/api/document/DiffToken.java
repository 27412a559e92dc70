package no.planverk.plans.api.document;

/** A word (or the space between words) of one side of a comparison; {@code changed} marks words the other side lacks. */
public record DiffToken(String text, boolean changed) {
}
