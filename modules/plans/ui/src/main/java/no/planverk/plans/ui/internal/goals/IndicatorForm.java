package no.planverk.plans.ui.internal.goals;

import static no.planverk.plans.ui.internal.goals.GoalTexts.t;

import com.vaadin.flow.component.ComponentEvent;
import com.vaadin.flow.component.ComponentEventListener;
import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.shared.Registration;
import java.util.List;
import java.util.Map;
import no.planverk.plans.api.Indicator;
import no.planverk.plans.api.IndicatorDraft;
import no.planverk.plans.api.IndicatorSource;
import no.planverk.platform.api.InvalidInputException;
import no.planverk.ui.api.NumberInput;
import no.planverk.ui.api.ServerTexts;
import no.planverk.ui.api.TextLimit;

/** The dialog to add or change an indicator (its actual values are kept as they are). */
public class IndicatorForm extends Dialog {

    private static final long serialVersionUID = 1L;
    /** Values beyond a trillion are typing errors, not measurements. */
    static final double MAX_VALUE = 1e12;

    /** Fired with the indicator as the user filled it in. */
    public static class SaveEvent extends ComponentEvent<IndicatorForm> {
        private static final long serialVersionUID = 1L;
    /** Values beyond a trillion are typing errors, not measurements. */
    static final double MAX_VALUE = 1e12;
        private final IndicatorDraft draft;

        SaveEvent(IndicatorForm source, IndicatorDraft draft) {
            super(source, false);
            this.draft = draft;
        }

        public IndicatorDraft draft() {
            return draft;
        }
    }

    final TextField name = new TextField(t("indicator.name"));
    final TextField unit = new TextField(t("indicator.unit"));
    final TextField baselineYear = NumberInput.integer(t("indicator.baselineYear"), 1900, 2200);
    final TextField baselineValue = NumberInput.decimal(t("indicator.baselineValue"), -MAX_VALUE, MAX_VALUE);
    final TextField targetYear = NumberInput.integer(t("indicator.targetYear"), 1900, 2200);
    final TextField targetValue = NumberInput.decimal(t("indicator.targetValue"), -MAX_VALUE, MAX_VALUE);
    /** Where the actual values are imported from: SSB table, contents code, region, fixed categories ("Kjonn=0;Alder=080+"). */
    final TextField sourceTable = new TextField(t("indicator.source.table"));
    final TextField sourceContents = new TextField(t("indicator.source.contents"));
    final TextField sourceRegion = new TextField(t("indicator.source.region"));
    final TextField sourceCategories = new TextField(t("indicator.source.categories"));
    final Span problem = new Span();
    final Button save = new Button(t("action.save"));
    final Button cancel = new Button(t("action.cancel"));
    private IndicatorDraft base;
    private Indicator editing;

    public IndicatorForm() {
        name.setRequiredIndicatorVisible(true);
        unit.setHelperText(t("indicator.unit.help"));
        TextLimit.apply(name, IndicatorDraft.MAX_NAME);
        TextLimit.apply(unit, IndicatorDraft.MAX_UNIT);
        numbers().forEach(f -> f.setRequiredIndicatorVisible(true));
        problem.getElement().setAttribute("role", "alert");
        problem.getStyle().set("color", "var(--lumo-error-text-color, #b71c1c)");
        sourceCategories.setHelperText(t("indicator.source.categories.help"));
        sourceTable.setHelperText(t("indicator.source.table.help"));
        for (TextField f : List.of(sourceTable, sourceContents, sourceRegion)) {
            TextLimit.apply(f, IndicatorSource.MAX_CODE);
        }
        TextLimit.apply(sourceCategories, IndicatorSource.MAX_CATEGORIES);
        FormLayout fields = new FormLayout(name, unit, baselineYear, baselineValue, targetYear, targetValue, sourceTable, sourceContents,
                sourceRegion, sourceCategories);
        fields.setColspan(name, 2);
        add(problem, fields);
        setWidth("36em");
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        save.addClickListener(e -> save());
        cancel.addClickListener(e -> close());
        getFooter().add(cancel, save);
        setCloseOnOutsideClick(false);
    }

    /** Opens the form; {@code indicator} is the one being changed, null for a new one. */
    public void open(String title, IndicatorDraft draft, Indicator indicator) {
        base = draft;
        editing = indicator;
        setHeaderTitle(title);
        clearErrors();
        name.setValue(draft.name() == null ? "" : draft.name());
        unit.setValue(draft.unit() == null ? "" : draft.unit());
        NumberInput.set(baselineYear, draft.baselineYear());
        NumberInput.set(baselineValue, draft.baselineValue());
        NumberInput.set(targetYear, draft.targetYear());
        NumberInput.set(targetValue, draft.targetValue());
        IndicatorSource src = draft.source();
        sourceTable.setValue(src.table() == null ? "" : src.table());
        sourceContents.setValue(src.contents() == null ? "" : src.contents());
        sourceRegion.setValue(src.region() == null ? "" : src.region());
        sourceCategories.setValue(src.categoriesText());
        open();
        name.focus();
    }

    public Indicator editing() {
        return editing;
    }

    IndicatorDraft read() {
        return new IndicatorDraft(base.goalId(), name.getValue(), unit.getValue(), NumberInput.intValue(baselineYear),
                NumberInput.doubleValue(baselineValue), NumberInput.intValue(targetYear), NumberInput.doubleValue(targetValue),
                base.actuals(), new IndicatorSource(sourceTable.getValue(), sourceContents.getValue(), sourceRegion.getValue(),
                        IndicatorSource.categoriesOf(sourceCategories.getValue())));
    }

    void save() {
        clearErrors();
        boolean ok = required(name, name.getValue().isBlank()) && TextLimit.check(name, IndicatorDraft.MAX_NAME);
        ok &= TextLimit.check(unit, IndicatorDraft.MAX_UNIT);
        for (TextField f : numbers()) {
            // "20x6" keeps its own message and blocks saving; it is never read as 206
            ok &= NumberInput.valid(f) && required(f, f.getValue().isBlank());
        }
        if (ok) {
            fireEvent(new SaveEvent(this, read()));
        }
    }

    private List<TextField> numbers() {
        return List.of(baselineYear, baselineValue, targetYear, targetValue);
    }

    private static boolean required(HasValidation field, boolean missing) {
        if (missing) {
            field.setErrorMessage(t("error.required"));
            field.setInvalid(true);
        }
        return !missing;
    }

    /** Puts each field error of the service on its field; the rest above the fields. Input stays. */
    public void showErrors(InvalidInputException e) {
        Map<String, List<HasValidation>> fields = Map.of("name", List.of(name), "unit", List.of(unit),
                "baseline", List.of(baselineYear, baselineValue), "target", List.of(targetYear, targetValue),
                "source.table", List.of(sourceTable), "source.contents", List.of(sourceContents), "source.region", List.of(sourceRegion),
                "source.categories", List.of(sourceCategories));
        boolean shown = false;
        for (Map.Entry<String, no.planverk.platform.api.Message> err : e.fieldMessages().entrySet()) {
            for (HasValidation f : fields.getOrDefault(err.getKey(), List.of())) {
                f.setErrorMessage(ServerTexts.of(err.getValue()));
                f.setInvalid(true);
                shown = true;
            }
        }
        if (!shown) {
            problem.setText(t("error.invalid", ServerTexts.of(e)));
        }
    }

    public void showProblem(String message) {
        problem.setText(message);
    }

    private void clearErrors() {
        problem.setText("");
        for (HasValidation f : List.<HasValidation>of(name, unit, baselineYear, baselineValue, targetYear, targetValue, sourceTable,
                sourceContents, sourceRegion, sourceCategories)) {
            f.setInvalid(false);
            f.setErrorMessage(null);
        }
    }

    public Registration addSaveListener(ComponentEventListener<SaveEvent> listener) {
        return addListener(SaveEvent.class, listener);
    }
}
