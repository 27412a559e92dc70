package no.planverk.volunteers.core.internal;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;
import no.planverk.volunteers.api.StepDirectory;
import no.planverk.volunteers.api.StepLabel;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** The steps 1..4, named from the staircase when a {@link StepDirectory} gives it, else plain. */
final class Steps {

    private static final Logger LOG = LoggerFactory.getLogger(Steps.class);

    private Steps() {
    }

    static List<StepLabel> of(StepDirectory directory) {
        Map<Integer, List<String>> named = new HashMap<>();
        if (directory != null) {
            try {
                for (StepLabel l : directory.steps()) {
                    named.put(l.step(), l.staircaseSteps());
                }
            } catch (RuntimeException e) {
                // the staircase is extra: without it the steps keep their numbers
                LOG.warn("The staircase's step names could not be read; the steps are shown by number", e);
                named.clear();
            }
        }
        return IntStream.rangeClosed(StepLabel.FIRST, StepLabel.LAST)
                .mapToObj(i -> new StepLabel(i, named.getOrDefault(i, List.of()))).toList();
    }
}
