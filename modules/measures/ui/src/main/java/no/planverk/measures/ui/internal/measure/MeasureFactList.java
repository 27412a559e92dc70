package no.planverk.measures.ui.internal.measure;

import static no.planverk.measures.ui.internal.MeasuresTexts.t;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Span;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import no.planverk.measures.api.MeasureFact;
import no.planverk.measures.api.MeasureFacts;
import no.planverk.ui.api.Texts;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** "From other modules": facts that installed modules give about a measure, each a label, a value and a link. */
final class MeasureFactList {

    private static final Logger LOG = LoggerFactory.getLogger(MeasureFactList.class);

    private MeasureFactList() {
    }

    /** The section, or empty when no module has anything on the measure. */
    static Optional<Component> of(List<MeasureFacts> sources, long measureId) {
        Locale locale = Texts.currentLocale();
        List<MeasureFact> facts = new ArrayList<>();
        for (MeasureFacts source : sources) {
            try {
                facts.addAll(source.facts(measureId, locale));
            } catch (RuntimeException e) {
                // one module's failure must not take the measure page down
                LOG.warn("Facts of {} for measure {} failed", source.getClass().getName(), measureId, e);
            }
        }
        if (facts.isEmpty()) {
            return Optional.empty();
        }
        Div section = new Div(new H3(t("measure.facts")));
        section.setId("planverk-measure-facts");
        for (MeasureFact f : facts) {
            Span label = new Span(f.label() + ": ");
            label.getStyle().set("font-weight", "600");
            Div line = new Div(label, new Span(f.value()));
            if (f.route() != null) {
                Anchor more = new Anchor(f.route(), t("measure.facts.more"));
                more.getStyle().set("margin-left", "var(--lumo-space-s, 0.5rem)");
                line.add(more);
            }
            section.add(line);
        }
        return Optional.of(section);
    }
}
