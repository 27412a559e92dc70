package no.planverk.plans.api.document;

import java.util.List;

/** Two revisions of a document compared word by word, section by section in the newer one's order. */
public record RevisionComparison(DocumentRevision before, DocumentRevision after, List<SectionDiff> sections) {

    public RevisionComparison {
        sections = List.copyOf(sections);
    }
}
