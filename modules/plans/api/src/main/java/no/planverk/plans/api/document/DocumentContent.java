package no.planverk.plans.api.document;

import java.util.List;

/**
 * A whole document ready to render: live blocks already rendered (or a placeholder where their module is absent),
 * comments left out. Plan documents and other documents built from plan data (a consultation's assessment of
 * submissions) are rendered from this by a {@link DocumentRenderer}.
 */
public record DocumentContent(String municipality, String title, String subtitle, List<SectionContent> sections) {

    public DocumentContent {
        subtitle = subtitle == null ? "" : subtitle;
        sections = List.copyOf(sections);
    }
}
