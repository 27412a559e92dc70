package no.planverk.plans.ui.internal.goals;

import static no.planverk.plans.ui.internal.goals.GoalTexts.t;

import com.vaadin.flow.component.ComponentEvent;
import com.vaadin.flow.component.ComponentEventListener;
import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.combobox.MultiSelectComboBox;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.function.SerializableFunction;
import com.vaadin.flow.shared.Registration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.IntStream;
import no.planverk.plans.api.Goal;
import no.planverk.plans.api.GoalDraft;
import no.planverk.plans.api.GoalLevel;
import no.planverk.plans.api.GoalRef;
import no.planverk.plans.api.Ownership;
import no.planverk.platform.api.InvalidInputException;
import no.planverk.ui.api.ServerTexts;
import no.planverk.ui.api.TextLimit;

/** The dialog to add or change a goal. It never calls the service: it fires a {@link SaveEvent}. */
public class GoalForm extends Dialog {

    private static final long serialVersionUID = 1L;

    /** Fired with the goal as the user filled it in. */
    public static class SaveEvent extends ComponentEvent<GoalForm> {
        private static final long serialVersionUID = 1L;
        private final GoalDraft draft;

        SaveEvent(GoalForm source, GoalDraft draft) {
            super(source, false);
            this.draft = draft;
        }

        public GoalDraft draft() {
            return draft;
        }
    }

    final Select<GoalLevel> level = new Select<>();
    final TextField code = new TextField(t("goal.code"));
    final TextArea text = new TextArea(t("goal.text"));
    final MultiSelectComboBox<Integer> sdgs = new MultiSelectComboBox<>(t("goal.sdgs"));
    final RadioButtonGroup<Ownership> ownership = new RadioButtonGroup<>(t("goal.ownership"));
    final ComboBox<GoalRef> serves = new ComboBox<>(t("goal.serves"));
    final Span problem = new Span();
    final Button save = new Button(t("action.save"));
    final Button cancel = new Button(t("action.cancel"));
    private final long planId;
    private final transient SerializableFunction<Long, Optional<GoalRef>> resolve;
    private GoalDraft base;
    private Goal editing;

    /**
     * @param search goals whose code or text contains the text (the service's search)
     * @param resolve a goal as a reference with its plan, for the goal a goal serves
     */
    public GoalForm(long planId, SerializableFunction<String, List<GoalRef>> search,
            SerializableFunction<Long, Optional<GoalRef>> resolve) {
        this.planId = planId;
        this.resolve = resolve;
        level.setLabel(t("goal.level"));
        level.setItems(GoalLevel.values());
        level.setItemLabelGenerator(Marks::level);
        code.setHelperText(t("goal.code.help"));
        // the limit shown with a live count and refused on save; no maxlength, which cuts a paste silently
        TextLimit.apply(code, GoalDraft.MAX_CODE);
        TextLimit.apply(text, GoalDraft.MAX_TEXT);
        text.setRequiredIndicatorVisible(true);
        sdgs.setItems(IntStream.rangeClosed(1, 17).boxed().toList());
        sdgs.setItemLabelGenerator(Marks::sdgName);
        ownership.setItems(Ownership.values());
        ownership.setRenderer(new com.vaadin.flow.data.renderer.ComponentRenderer<>(Marks::ownership));
        serves.setHelperText(t("goal.serves.help"));
        serves.setClearButtonVisible(true);
        serves.setItemLabelGenerator(GoalForm::refLabel);
        serves.setItems(query -> search.apply(query.getFilter().orElse("")).stream().filter(r -> r.planId() != planId)
                .skip(query.getOffset()).limit(query.getLimit()));
        serves.setWidthFull();
        problem.getElement().setAttribute("role", "alert");
        problem.getStyle().set("color", "var(--lumo-error-text-color, #b71c1c)");
        FormLayout fields = new FormLayout(level, code, text, sdgs, ownership, serves);
        fields.setColspan(text, 2);
        fields.setColspan(serves, 2);
        fields.setColspan(sdgs, 2);
        fields.setColspan(ownership, 2);
        add(problem, fields);
        setWidth("46em");
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        save.addClickListener(e -> save());
        cancel.addClickListener(e -> close());
        getFooter().add(cancel, save);
        setCloseOnOutsideClick(false);
    }

    /** "ALV-KPS Hovudmål 4 Innbyggjarane …", as in the serves picker and the search. */
    public static String refLabel(GoalRef r) {
        return (r.planCode() == null ? "" : r.planCode() + " ") + (r.code() == null ? "" : r.code() + " ") + r.text();
    }

    /** Opens the form on a draft; {@code goal} is the goal being changed, null for a new one. */
    public void open(String title, GoalDraft draft, Goal goal) {
        base = draft;
        editing = goal;
        setHeaderTitle(title);
        clearErrors();
        level.setValue(draft.level());
        level.setReadOnly(goal == null);
        code.setValue(draft.code() == null ? "" : draft.code());
        text.setValue(draft.text() == null ? "" : draft.text());
        sdgs.setValue(new java.util.LinkedHashSet<>(draft.sdgs()));
        ownership.setValue(draft.ownership() == null ? Ownership.THIS_PLAN : draft.ownership());
        serves.setValue(draft.servesGoalId() == null ? null : resolve.apply(draft.servesGoalId()).orElse(null));
        open();
        text.focus();
    }

    public Goal editing() {
        return editing;
    }

    GoalDraft read() {
        List<Integer> numbers = new ArrayList<>(sdgs.getValue());
        numbers.sort(null);
        return new GoalDraft(planId, base.parentId(), level.getValue(), code.getValue(), text.getValue(), numbers,
                serves.getValue() == null ? null : serves.getValue().goalId(), ownership.getValue(), base.position());
    }

    void save() {
        clearErrors();
        if (text.getValue().isBlank()) {
            mark(text, t("goal.text.required"));
            return;
        }
        if (!TextLimit.check(code, GoalDraft.MAX_CODE) | !TextLimit.check(text, GoalDraft.MAX_TEXT)) {
            return;
        }
        fireEvent(new SaveEvent(this, read()));
    }

    /** Puts each field error of the service on its field; the rest above the fields. Input stays. */
    public void showErrors(InvalidInputException e) {
        Map<String, HasValidation> fields = Map.of("level", level, "parentId", level, "code", code, "text", text,
                "sdgs", sdgs, "ownership", ownership, "servesGoalId", serves);
        boolean shown = false;
        for (Map.Entry<String, no.planverk.platform.api.Message> err : e.fieldMessages().entrySet()) {
            HasValidation field = fields.get(err.getKey());
            if (field != null) {
                mark(field, ServerTexts.of(err.getValue()));
                shown = true;
            }
        }
        if (!shown) {
            problem.setText(t("error.invalid", ServerTexts.of(e)));
        }
    }

    /** A problem for the whole form, such as a stale version. */
    public void showProblem(String message) {
        problem.setText(message);
    }

    private static void mark(HasValidation field, String message) {
        field.setErrorMessage(message);
        field.setInvalid(true);
    }

    private void clearErrors() {
        problem.setText("");
        for (HasValidation f : List.<HasValidation>of(level, code, text, sdgs, ownership, serves)) {
            f.setInvalid(false);
            f.setErrorMessage(null);
        }
    }

    public Registration addSaveListener(ComponentEventListener<SaveEvent> listener) {
        return addListener(SaveEvent.class, listener);
    }
}
