package no.planverk.forecasting.ui.internal;

import static no.planverk.forecasting.ui.internal.ForecastTexts.t;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextField;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import no.planverk.forecasting.api.CustomFactor;
import no.planverk.platform.api.InvalidInputException;
import no.planverk.ui.api.NumberInput;

/** A small editable table of custom factors: service, from year, to year, factor; rows added and removed. */
final class FactorRows extends VerticalLayout {

    private static final long serialVersionUID = 1L;
    final List<Row> rows = new ArrayList<>();
    final Button add = new Button(t("run.factors.add"), VaadinIcon.PLUS.create(), e -> addRow());
    private List<String> services = List.of();

    FactorRows() {
        setPadding(false);
        setSpacing(false);
        setId("planverk-forecasting-factors");
        add.setId("planverk-forecasting-factors-add");
        add.addThemeVariants(ButtonVariant.LUMO_SMALL);
        add(add);
    }

    void services(List<String> names) {
        services = names;
        rows.forEach(r -> r.service.setItems(names));
    }

    Row addRow() {
        Row row = new Row();
        rows.add(row);
        addComponentAtIndex(rows.size() - 1, row);
        return row;
    }

    /** Every row's number fields, to be checked before a run. */
    Stream<TextField> numbers() {
        return rows.stream().flatMap(r -> Stream.of(r.from, r.to, r.factor));
    }

    /** The rows with a service; a row without a year takes the base year or the horizon. */
    List<CustomFactor> factors(int baseYear, int horizon) {
        List<CustomFactor> out = new ArrayList<>();
        for (Row r : rows) {
            if (r.service.getValue() == null) {
                continue;
            }
            if (NumberInput.doubleValue(r.factor) == null) {
                throw InvalidInputException.field("customFactors", t("run.factors.noFactor", r.service.getValue()));
            }
            Integer fromYear = NumberInput.intValue(r.from);
            Integer toYear = NumberInput.intValue(r.to);
            out.add(new CustomFactor(r.service.getValue(), fromYear == null ? baseYear : fromYear, toYear == null ? horizon : toYear,
                    NumberInput.doubleValue(r.factor)));
        }
        return out;
    }

    /** One factor's fields. */
    final class Row extends HorizontalLayout {
        private static final long serialVersionUID = 1L;
        final ComboBox<String> service = new ComboBox<>(t("run.factors.service"));
        final TextField from = NumberInput.integer(t("run.factors.from"), 1900, 2200);
        final TextField to = NumberInput.integer(t("run.factors.to"), 1900, 2200);
        final TextField factor = NumberInput.decimal(t("run.factors.factor"), 0, 100);

        Row() {
            service.setItems(services);
            from.setWidth("7em");
            to.setWidth("7em");
            factor.setWidth("7em");
            factor.setPlaceholder("1,1");
            Button remove = new Button(VaadinIcon.TRASH.create(), e -> {
                rows.remove(this);
                FactorRows.this.remove(this);
            });
            remove.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_ERROR);
            remove.getElement().setAttribute("aria-label", t("run.factors.remove"));
            setDefaultVerticalComponentAlignment(FlexComponent.Alignment.BASELINE);
            getStyle().set("flex-wrap", "wrap");
            add(service, from, to, factor, remove);
        }
    }
}
