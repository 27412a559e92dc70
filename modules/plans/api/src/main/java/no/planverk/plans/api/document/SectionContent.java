package no.planverk.plans.api.document;

import java.util.List;

/** A numbered section ("3.2") at its level (1 for a chapter), with its text and blocks in order. */
public record SectionContent(String number, int level, String heading, List<SectionPart> parts) {

    public SectionContent {
        parts = List.copyOf(parts);
    }
}
