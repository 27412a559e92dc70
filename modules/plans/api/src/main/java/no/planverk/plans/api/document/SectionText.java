package no.planverk.plans.api.document;

/** A section as it stood in a revision. */
public record SectionText(long sectionId, String number, int level, String heading, String markdown) {
}
