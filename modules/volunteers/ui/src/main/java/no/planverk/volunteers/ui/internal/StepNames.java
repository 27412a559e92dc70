package no.planverk.volunteers.ui.internal;

import static no.planverk.volunteers.ui.internal.VolTexts.t;

import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import no.planverk.volunteers.api.StepLabel;

/**
 * The steps 1..4 as a view shows them: with the forecasting module, "Trinn 2: Dagtilbod, arbeid og aktivitet" (the
 * municipality's staircase steps in that category); without it "Trinn 2". Read once per view.
 */
public final class StepNames {

    private final List<StepLabel> steps;
    private final Map<Integer, StepLabel> byStep;

    public StepNames(List<StepLabel> steps) {
        this.steps = List.copyOf(steps);
        this.byStep = steps.stream().collect(Collectors.toMap(StepLabel::step, Function.identity(), (a, b) -> a));
    }

    public static StepNames of(Services s) {
        return new StepNames(s.assignments().steps());
    }

    /** The step numbers to choose from. */
    public List<Integer> numbers() {
        return steps.stream().map(StepLabel::step).toList();
    }

    /** True when the staircase names at least one step. */
    public boolean fromStaircase() {
        return steps.stream().anyMatch(StepLabel::named);
    }

    public String label(Integer step) {
        if (step == null) {
            return "";
        }
        StepLabel l = byStep.get(step);
        return l == null || !l.named() ? Labels.step(step) : t("step.named", step, String.join(", ", l.staircaseSteps()));
    }

    /** The helper text of a step field: whose steps they are. */
    public String help(String plainKey) {
        return fromStaircase() ? t("step.help.staircase") : t(plainKey);
    }
}
