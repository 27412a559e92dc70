package no.planverk.plans.core.internal.document;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;
import no.planverk.plans.api.document.BlockChoice;
import no.planverk.plans.api.document.BlockContent;
import no.planverk.plans.api.document.BlockRef;
import no.planverk.plans.api.document.BlockType;
import no.planverk.plans.api.document.DocumentBlockProvider;
import no.planverk.plans.api.document.SectionPart;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The live-block providers installed now. A block whose type no provider offers, whose data is gone or whose
 * provider fails becomes a placeholder text, never an error.
 */
final class DocumentBlocks {

    private static final Logger LOG = LoggerFactory.getLogger(DocumentBlocks.class);

    private final List<DocumentBlockProvider> providers = new CopyOnWriteArrayList<>();

    void add(DocumentBlockProvider p) {
        providers.add(p);
    }

    void remove(DocumentBlockProvider p) {
        providers.remove(p);
    }

    List<BlockType> types(Locale locale) {
        List<BlockType> out = new ArrayList<>();
        for (DocumentBlockProvider p : providers) {
            try {
                out.addAll(p.types(locale));
            } catch (RuntimeException e) {
                LOG.warn("A document block provider failed to list its types", e);
            }
        }
        return out;
    }

    List<BlockChoice> choices(String type, long planId, Locale locale) {
        return provider(type, locale).map(p -> {
            try {
                return p.choices(type, planId, locale);
            } catch (RuntimeException e) {
                LOG.warn("Document block provider for {} failed to list choices for plan {}", type, planId, e);
                return List.<BlockChoice>of();
            }
        }).orElse(List.of());
    }

    /** The block rendered, or with a placeholder saying why it cannot be. */
    SectionPart.Block render(BlockRef ref, Locale locale) {
        Optional<DocumentBlockProvider> p = provider(ref.type(), locale);
        if (p.isEmpty()) {
            return new SectionPart.Block(ref, null, DocumentTexts.text(locale, "plans.document.block.missing",
                    "[This part ({0}) is shown when its module is installed.]", ref.type()));
        }
        try {
            Optional<BlockContent> content = p.get().render(ref, locale);
            if (content.isPresent()) {
                return new SectionPart.Block(ref, content.get(), null);
            }
            return new SectionPart.Block(ref, null, DocumentTexts.text(locale, "plans.document.block.gone",
                    "[What this part ({0} {1}) showed no longer exists.]", ref.type(), ref.param()));
        } catch (RuntimeException e) {
            LOG.warn("Document block {} {} could not be rendered", ref.type(), ref.param(), e);
            return new SectionPart.Block(ref, null, DocumentTexts.text(locale, "plans.document.block.failed",
                    "[This part ({0}) could not be shown just now.]", ref.type()));
        }
    }

    private Optional<DocumentBlockProvider> provider(String type, Locale locale) {
        for (DocumentBlockProvider p : providers) {
            try {
                if (p.types(locale).stream().anyMatch(t -> t.id().equals(type))) {
                    return Optional.of(p);
                }
            } catch (RuntimeException e) {
                LOG.warn("A document block provider failed to list its types", e);
            }
        }
        return Optional.empty();
    }
}
