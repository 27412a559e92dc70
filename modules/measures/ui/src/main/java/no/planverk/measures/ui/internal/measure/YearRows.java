package no.planverk.measures.ui.internal.measure;

import static no.planverk.measures.ui.internal.MeasuresTexts.t;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextField;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import no.planverk.measures.api.Funding;
import no.planverk.measures.api.MeasureDraft;
import no.planverk.measures.api.YearAmount;
import no.planverk.measures.ui.internal.MeasureLabels;
import no.planverk.ui.api.Formats;
import no.planverk.ui.api.NumberInput;

/**
 * The action part's years: one row per year with its cost in whole kroner (typed as "650 000" or
 * "650000") and its funding. Rows are added and removed by the user; nothing is checked against the
 * service here beyond reading the numbers.
 */
public class YearRows extends VerticalLayout {

    private static final long serialVersionUID = 1L;

    /** One editable year. */
    public static final class YearRow extends HorizontalLayout {
        private static final long serialVersionUID = 1L;
        final TextField year = NumberInput.integer(t("year.year"), 1900, 2200);
        final TextField cost = new TextField(t("year.cost"));
        final ComboBox<Funding> funding = new ComboBox<>(t("year.funding"));
        final Button remove = new Button(VaadinIcon.TRASH.create());

        YearRow(YearAmount y) {
            year.setWidth("7em");
            cost.setSuffixComponent(new Span("kr"));
            cost.setWidth("12em");
            cost.getElement().setAttribute("inputmode", "numeric"); // letters are typed and refused, never dropped
            funding.setItems(Funding.values());
            funding.setItemLabelGenerator(MeasureLabels::funding);
            funding.setClearButtonVisible(true);
            remove.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_ERROR);
            remove.setAriaLabel(t("year.remove"));
            if (y != null) {
                year.setValue(Integer.toString(y.year()));
                cost.setValue(y.costNok() == null ? "" : Formats.integer(y.costNok()));
                funding.setValue(y.funding());
            }
            setAlignItems(FlexComponent.Alignment.BASELINE);
            add(year, cost, funding, remove);
        }
    }

    final List<YearRow> rows = new ArrayList<>();
    final VerticalLayout list = new VerticalLayout();
    final Button addYear = new Button(t("year.add"), VaadinIcon.PLUS.create());
    final Paragraph error = new Paragraph();
    private boolean readOnly;

    public YearRows() {
        setPadding(false);
        setSpacing(false);
        list.setPadding(false);
        list.setSpacing(false);
        addYear.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        addYear.addClickListener(e -> addRow(new YearAmount(nextYear(), null, Funding.FUNDED)));
        error.setVisible(false);
        error.getStyle().set("color", "var(--lumo-error-text-color, #b71c1c)").set("margin", "0");
        error.getElement().setAttribute("role", "alert");
        add(new Span(t("measure.yearsCost")), list, addYear, error);
    }

    private int nextYear() {
        return rows.stream().map(r -> year(r.year.getValue())).filter(java.util.Objects::nonNull).mapToInt(Integer::intValue).max()
                .orElse(MeasureLabels.currentYear() - 1) + 1;
    }

    YearRow addRow(YearAmount y) {
        YearRow row = new YearRow(y);
        row.remove.addClickListener(e -> {
            rows.remove(row);
            list.remove(row);
        });
        rows.add(row);
        lock(row);
        list.add(row);
        return row;
    }

    public void setValue(List<YearAmount> years) {
        rows.clear();
        list.removeAll();
        years.forEach(this::addRow);
        clearError();
    }

    /** The years, or empty when a cost is not a whole number (shown on its field). */
    public Optional<List<YearAmount>> value() {
        clearError();
        List<YearAmount> out = new ArrayList<>();
        boolean ok = true;
        for (YearRow r : rows) {
            Long cost;
            try {
                cost = parse(r.cost.getValue());
                r.cost.setInvalid(false);
            } catch (NumberFormatException e) {
                r.cost.setErrorMessage(t("year.cost.bad"));
                r.cost.setInvalid(true);
                ok = false;
                continue;
            }
            // "20x6" keeps its own message from the field; an empty year is asked for
            if (!NumberInput.valid(r.year) || r.year.getValue().isBlank()) {
                if (!r.year.isInvalid()) {
                    r.year.setErrorMessage(t("year.year.required"));
                    r.year.setInvalid(true);
                }
                ok = false;
                continue;
            }
            out.add(new YearAmount(NumberInput.intValue(r.year), cost, r.funding.getValue()));
        }
        return ok ? Optional.of(out) : Optional.empty();
    }

    /** A year typed as digits, else null. */
    private static Integer year(String text) {
        String s = text == null ? "" : text.strip();
        return s.matches("\\d{1,4}") ? Integer.valueOf(s) : null;
    }

    /** "650 000", "650000" or "" (no cost); anything else is a NumberFormatException. */
    static Long parse(String text) {
        String digits = text == null ? "" : text.replace(" ", "").replace("\u00a0", "").replace("\u202f", "").replace(".", "");
        if (digits.isEmpty()) {
            return null;
        }
        long v = Long.parseLong(digits);
        if (v > MeasureDraft.MAX_COST) {
            throw new NumberFormatException(text);
        }
        return v;
    }

    public void showError(String message) {
        error.setText(message);
        error.setVisible(true);
    }

    public boolean isInvalid() {
        return error.isVisible() || rows.stream().anyMatch(r -> r.cost.isInvalid() || r.year.isInvalid());
    }

    void clearError() {
        error.setVisible(false);
        rows.forEach(r -> {
            r.cost.setInvalid(false);
            r.year.setInvalid(false);
        });
    }

    public void setReadOnly(boolean readOnly) {
        this.readOnly = readOnly;
        addYear.setVisible(!readOnly);
        rows.forEach(this::lock);
    }

    private void lock(YearRow r) {
        r.year.setReadOnly(readOnly);
        r.cost.setReadOnly(readOnly);
        r.funding.setReadOnly(readOnly);
        r.remove.setVisible(!readOnly);
    }
}
