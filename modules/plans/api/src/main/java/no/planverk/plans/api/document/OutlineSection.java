package no.planverk.plans.api.document;

/** One line of a document's outline: a chapter (level 1) or section, numbered "1", "1.1", "1.1.1". */
public record OutlineSection(long id, Long parentId, String number, int level, int position, String heading, long version) {
}
