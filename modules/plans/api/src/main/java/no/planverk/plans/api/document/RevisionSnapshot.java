package no.planverk.plans.api.document;

import java.util.List;

/** The whole document as it stood at a revision, sections in reading order. */
public record RevisionSnapshot(DocumentRevision revision, List<SectionText> sections) {

    public RevisionSnapshot {
        sections = List.copyOf(sections);
    }
}
