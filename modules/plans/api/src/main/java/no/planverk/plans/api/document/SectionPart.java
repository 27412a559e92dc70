package no.planverk.plans.api.document;

import org.osgi.annotation.versioning.ProviderType;

/** A piece of a section: Markdown text or a live block. */
@ProviderType
public sealed interface SectionPart permits SectionPart.Text, SectionPart.Block {

    /** Markdown as the author wrote it; every renderer sanitises it (no raw HTML survives). */
    record Text(String markdown) implements SectionPart {
    }

    /** A live block: its content, or (content null) the placeholder shown when it cannot be rendered. */
    record Block(BlockRef ref, BlockContent content, String placeholder) implements SectionPart {
    }
}
