package no.planverk.forecasting.ui.internal;

import static no.planverk.forecasting.ui.internal.ForecastTexts.t;

import com.vaadin.flow.component.checkbox.CheckboxGroup;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.details.Details;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextField;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;
import no.planverk.forecasting.api.ForecastCsv;
import no.planverk.forecasting.api.ForecastService;
import no.planverk.forecasting.api.InputInfo;
import no.planverk.forecasting.api.InputKind;
import no.planverk.forecasting.api.InstitutionPlaces;
import no.planverk.forecasting.api.RunSpec;
import no.planverk.forecasting.api.ServiceUsers;
import no.planverk.forecasting.api.WelfareTech;
import no.planverk.platform.api.InvalidInputException;
import no.planverk.platform.api.PlanverkException;
import no.planverk.ui.api.NumberInput;

/**
 * What a run is made of: stored inputs, years, delay, scenarios, welfare technology, custom factors and places.
 * The years on offer are the chosen population's; the services those of the chosen service users.
 */
final class RunForm extends VerticalLayout {

    private static final long serialVersionUID = 1L;
    private final transient ForecastService forecasts;
    private final transient ForecastCsv csv;
    final ComboBox<InputInfo> population = input(InputKind.POPULATION, "run.population", true);
    final ComboBox<InputInfo> serviceUsers = input(InputKind.SERVICE_USERS, "run.serviceUsers", true);
    final ComboBox<InputInfo> costs = input(InputKind.COSTS, "run.costs", false);
    final ComboBox<InputInfo> dementia = input(InputKind.DEMENTIA, "run.dementia", false);
    final ComboBox<InputInfo> housing = input(InputKind.HOUSING, "run.housing", false);
    final ComboBox<Integer> baseYear = new ComboBox<>(t("run.baseYear"));
    final ComboBox<Integer> horizon = new ComboBox<>(t("run.horizon"));
    final TextField delayPerDecade = NumberInput.decimal(t("run.delay"), 0, 10);
    final CheckboxGroup<String> scenarios = new CheckboxGroup<>(t("run.scenarios"));
    final ComboBox<String> welfareFrom = new ComboBox<>(t("run.welfare.from"));
    final ComboBox<String> welfareTo = new ComboBox<>(t("run.welfare.to"));
    final TextField welfareShare = NumberInput.decimal(t("run.welfare.share"), 0, 100);
    final FactorRows factors = new FactorRows();
    final TextField basePlaces = NumberInput.decimal(t("run.places"), 0, 1_000_000);
    final TextField coverageAge = NumberInput.integer(t("run.coverageAge"), 0, 120);

    RunForm(ForecastService forecasts, ForecastCsv csv) {
        this.forecasts = forecasts;
        this.csv = csv;
        setPadding(false);
        NumberInput.set(delayPerDecade, 1);
        delayPerDecade.setRequiredIndicatorVisible(true);
        delayPerDecade.setHelperText(t("run.delay.help"));
        scenarios.setItems(Labels.SCENARIOS);
        scenarios.setItemLabelGenerator(Labels::scenario);
        scenarios.setValue(Set.of("normal", "delayed"));
        scenarios.setId("planverk-forecasting-scenarios");
        welfareShare.setSuffixComponent(new com.vaadin.flow.component.html.Span("%"));
        welfareShare.setHelperText(t("run.welfare.help"));
        basePlaces.setHelperText(t("run.places.help"));
        NumberInput.set(coverageAge, InstitutionPlaces.DEFAULT_COVERAGE_AGE);
        coverageAge.setRequiredIndicatorVisible(true);
        population.addValueChangeListener(e -> loadYears(e.getValue()));
        serviceUsers.addValueChangeListener(e -> loadServices(e.getValue()));

        FormLayout inputs = grid();
        inputs.add(population, serviceUsers, costs, dementia, housing);
        FormLayout years = grid();
        years.add(baseYear, horizon, delayPerDecade, basePlaces, coverageAge);
        FormLayout welfare = grid();
        welfare.add(welfareFrom, welfareTo, welfareShare);
        Details welfareBox = new Details(t("run.welfare"), welfare);
        Details factorBox = new Details(t("run.factors"), new com.vaadin.flow.component.html.Paragraph(t("run.factors.help")), factors);
        add(inputs, years, scenarios, welfareBox, factorBox);
        reload();
    }

    private static FormLayout grid() {
        FormLayout f = new FormLayout();
        f.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1), new FormLayout.ResponsiveStep("32em", 2),
                new FormLayout.ResponsiveStep("60em", 3));
        f.setWidthFull();
        return f;
    }

    private static ComboBox<InputInfo> input(InputKind kind, String key, boolean required) {
        ComboBox<InputInfo> c = new ComboBox<>(t(key));
        c.setId("planverk-forecasting-input-" + kind.id());
        c.setItemLabelGenerator(i -> i.name() + (i.summary() == null || i.summary().isBlank() ? "" : " (" + i.summary() + ")"));
        c.setRequiredIndicatorVisible(required);
        c.setClearButtonVisible(!required);
        return c;
    }

    /** Reads the stored inputs; each kind starts at its first input (the optional ones can be cleared). */
    void reload() {
        for (InputKind kind : InputKind.values()) {
            ComboBox<InputInfo> box = box(kind);
            List<InputInfo> list = forecasts.inputs(kind);
            box.setItems(list);
            if (!list.isEmpty()) {
                box.setValue(list.get(0));
            }
        }
    }

    ComboBox<InputInfo> box(InputKind kind) {
        return switch (kind) {
            case POPULATION -> population;
            case SERVICE_USERS -> serviceUsers;
            case COSTS -> costs;
            case DEMENTIA -> dementia;
            case HOUSING -> housing;
        };
    }

    private void loadYears(InputInfo info) {
        List<Integer> years = List.of();
        if (info != null) {
            try {
                years = List.copyOf(csv.population(bytes(info)).years().keySet());
            } catch (PlanverkException e) {
                years = List.of(); // the run names what is wrong with it
            }
        }
        baseYear.setItems(years);
        horizon.setItems(years);
        baseYear.setValue(years.isEmpty() ? null : years.get(0));
        horizon.setValue(years.isEmpty() ? null : years.get(years.size() - 1));
    }

    private void loadServices(InputInfo info) {
        Set<String> names = new LinkedHashSet<>();
        if (info != null) {
            try {
                csv.serviceUsers(bytes(info)).stream().map(ServiceUsers::service).forEach(names::add);
            } catch (PlanverkException e) {
                names.clear();
            }
        }
        List<String> list = new ArrayList<>(names);
        welfareFrom.setItems(list);
        welfareTo.setItems(list);
        list.stream().filter(s -> s.toLowerCase().contains("døgn")).findFirst().ifPresent(welfareFrom::setValue);
        list.stream().filter(s -> s.toLowerCase().startsWith("heim") || s.toLowerCase().startsWith("hjem")).findFirst()
                .ifPresent(welfareTo::setValue);
        factors.services(list);
    }

    private byte[] bytes(InputInfo info) {
        return forecasts.input(info.id()).csv().getBytes(StandardCharsets.UTF_8);
    }

    /**
     * Checks every number field (custom factors too), marks the bad ones and gives the first: text that is not a
     * number, out of range, or blank where a value is needed (a blank delay or coverage age would run on a default
     * the user did not see).
     */
    Optional<TextField> firstInvalid() {
        TextField first = null;
        for (TextField f : Stream.concat(Stream.of(delayPerDecade, basePlaces, coverageAge, welfareShare), factors.numbers()).toList()) {
            boolean ok = NumberInput.valid(f);
            if (ok && f.isRequiredIndicatorVisible() && f.getValue().isBlank()) {
                f.setErrorMessage(t("number.required"));
                f.setInvalid(true);
                ok = false;
            }
            if (!ok && first == null) {
                first = f;
            }
        }
        return Optional.ofNullable(first);
    }

    /** The run as asked, after {@link #firstInvalid} found nothing; throws {@link InvalidInputException} for what the form itself can tell is wrong. */
    RunSpec spec() {
        if (population.getValue() == null || serviceUsers.getValue() == null) {
            throw InvalidInputException.field("population", t("run.required"));
        }
        if (scenarios.getValue().isEmpty()) {
            throw InvalidInputException.field("scenarios", t("run.noScenario"));
        }
        Integer from = baseYear.getValue();
        Integer to = horizon.getValue();
        Double delay = NumberInput.doubleValue(delayPerDecade);
        WelfareTech welfare = null;
        if (welfareFrom.getValue() != null && welfareTo.getValue() != null && NumberInput.doubleValue(welfareShare) != null) {
            welfare = new WelfareTech(welfareFrom.getValue(), welfareTo.getValue(), NumberInput.doubleValue(welfareShare) / 100);
        } else if (Labels.SCENARIOS.subList(2, 4).stream().anyMatch(scenarios.getValue()::contains)) {
            throw InvalidInputException.field("welfareTech", t("run.welfare.missing"));
        }
        List<String> chosen = Labels.SCENARIOS.stream().filter(scenarios.getValue()::contains).toList();
        int first = from == null ? 0 : from;
        int last = to == null ? first : to;
        return new RunSpec(population.getValue().id(), serviceUsers.getValue().id(), id(costs), id(dementia), id(housing),
                NumberInput.doubleValue(basePlaces), NumberInput.intValue(coverageAge), from, to, delay == null ? null : delay / 10, welfare,
                factors.factors(first, last), chosen);
    }

    private static Long id(ComboBox<InputInfo> box) {
        return box.getValue() == null ? null : box.getValue().id();
    }
}
