package no.planverk.forecasting.ui.internal.result;

import static no.planverk.forecasting.ui.internal.ForecastTexts.t;

import java.util.function.Function;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import no.planverk.forecasting.api.ForecastOutcome;
import no.planverk.forecasting.api.ForecastResult;
import no.planverk.forecasting.api.HousingNeed;
import no.planverk.forecasting.api.InstitutionPlaces;
import no.planverk.forecasting.api.Scenario;
import no.planverk.forecasting.api.ServiceResult;
import no.planverk.forecasting.api.YearResult;
import no.planverk.forecasting.ui.internal.Labels;
import no.planverk.ui.api.chart.ChartOptions;
import no.planverk.forecasting.ui.internal.result.Table.Format;

/** The tables and chart options of an outcome. */
final class ResultTables {

    private final ForecastOutcome outcome;
    private final ForecastResult result;
    final List<String> scenarios;
    final List<String> services;

    /** The activity and mastery staircase's step of a housing type, "" when it has none; null: no such column. */
    private Function<String, String> housingStep;

    ResultTables(ForecastOutcome outcome) {
        this.outcome = outcome;
        this.result = outcome.result();
        this.scenarios = outcome.request().scenarios().stream().map(Scenario::name).toList();
        LinkedHashSet<String> names = new LinkedHashSet<>();
        result.services().forEach(r -> names.add(r.service()));
        this.services = List.copyOf(names);
    }

    List<Integer> yearList() {
        return result.years().stream().map(YearResult::year).toList();
    }

    int coverageAge() {
        InstitutionPlaces p = outcome.request().places();
        return p == null ? InstitutionPlaces.DEFAULT_COVERAGE_AGE : p.coverageAge();
    }

    private Double users(String scenario, String service, int year) {
        return result.find(scenario, service, year).map(ServiceResult::users).orElse(null);
    }

    /** Rows = years, columns = scenarios: users of one service. */
    Table byYear(String service) {
        Table table = new Table().col("year", t("result.year"), Format.YEAR);
        scenarios.forEach(s -> table.col("scenario-" + s, Labels.scenario(s), Format.NUMBER));
        for (int year : yearList()) {
            List<Object> row = new ArrayList<>();
            row.add(year);
            scenarios.forEach(s -> row.add(users(s, service, year)));
            table.row(row.toArray());
        }
        return table;
    }

    /** Every service and scenario at the horizon: users, change, FTE and cost (the last two when given). */
    Table atHorizon() {
        List<ServiceResult> rows = new ArrayList<>();
        for (String service : services) {
            for (String s : scenarios) {
                result.find(s, service, result.horizon()).ifPresent(rows::add);
            }
        }
        boolean fte = rows.stream().map(ServiceResult::fte).anyMatch(Objects::nonNull);
        boolean cost = rows.stream().map(ServiceResult::cost).anyMatch(Objects::nonNull);
        Table table = new Table().col("service", t("result.service"), Format.TEXT).col("scenario", t("result.scenario"), Format.TEXT)
                .col("users", t("result.users"), Format.NUMBER).col("change", t("result.change", result.baseYear()), Format.NUMBER)
                .col("changePercent", t("result.changePercent"), Format.PERCENT_POINTS);
        if (fte) {
            table.col("fte", t("result.fte"), Format.NUMBER);
        }
        if (cost) {
            table.col("cost", t("result.cost"), Format.MONEY);
        }
        for (ServiceResult r : rows) {
            List<Object> row = new ArrayList<>(List.of(r.service(), Labels.scenario(r.scenario()), r.users(), r.change()));
            row.add(r.changePercent());
            if (fte) {
                row.add(r.fte());
            }
            if (cost) {
                row.add(r.cost());
            }
            table.row(row.toArray());
        }
        return table;
    }

    /** Per year: population, the coverage group, dementia and places (the last two when the run has them). */
    Table years() {
        boolean dementia = result.years().stream().anyMatch(y -> y.dementiaPersons() != null);
        boolean places = result.years().stream().anyMatch(y -> y.placesNeeded() != null);
        Table table = new Table().col("year", t("result.year"), Format.YEAR).col("population", t("result.population"), Format.PEOPLE)
                .col("coverage", t("result.coverage", coverageAge()), Format.PEOPLE);
        if (dementia) {
            table.col("dementia", t("result.dementia"), Format.PEOPLE).col("dementiaShare", t("result.dementiaShare"), Format.SHARE);
        }
        if (places) {
            table.col("places", t("result.places"), Format.NUMBER).col("placesGap", t("result.placesGap"), Format.NUMBER);
        }
        for (YearResult y : result.years()) {
            List<Object> row = new ArrayList<>(List.of(y.year(), y.population(), y.coveragePopulation()));
            if (dementia) {
                row.add(y.dementiaPersons());
                row.add(y.dementiaShare());
            }
            if (places) {
                row.add(y.placesNeeded());
                row.add(y.placesGap());
            }
            table.row(row.toArray());
        }
        return table;
    }

    boolean hasHousing() {
        return !outcome.housingNeeds().isEmpty();
    }

    List<Integer> housingYears() {
        return outcome.housingNeeds().stream().map(HousingNeed::year).distinct().sorted().toList();
    }

    /** Names each housing type's step of the activity and mastery staircase in the housing table. */
    void housingSteps(Function<String, String> stepOfType) {
        housingStep = stepOfType;
    }

    /**
     * The housing staircase in a year: each centre and step with today's places, the places needed and the gap; with
     * the staircase's reference data, the step of the activity and mastery staircase each housing type belongs to.
     */
    Table housing(int year) {
        Table table = new Table().col("centre", t("housing.centre"), Format.TEXT).col("step", t("housing.step"), Format.YEAR)
                .col("type", t("housing.type"), Format.TEXT);
        if (housingStep != null) {
            table.col("staircase", t("housing.staircase"), Format.TEXT);
        }
        table.col("capacity", t("housing.capacity"), Format.NUMBER).col("needed", t("housing.needed", year), Format.NUMBER)
                .col("gap", t("housing.gap"), Format.NUMBER);
        outcome.housingNeeds().stream().filter(n -> n.year() == year).forEach(n -> {
            if (housingStep == null) {
                table.row(n.centre(), n.step(), n.type(), n.capacity(), n.needed(), n.gap());
            } else {
                table.row(n.centre(), n.step(), n.type(), housingStep.apply(n.type()), n.capacity(), n.needed(), n.gap());
            }
        });
        return table;
    }

    String lineOption(String service) {
        Map<String, List<Double>> series = new LinkedHashMap<>();
        for (String s : scenarios) {
            series.put(Labels.scenario(s), yearList().stream().map(y -> users(s, service, y)).toList());
        }
        return ChartOptions.line(t("chart.line.title", service), t("result.users"), yearList().stream().map(String::valueOf).toList(), series);
    }

    String barOption() {
        Map<String, List<Double>> series = new LinkedHashMap<>();
        for (String s : scenarios) {
            series.put(Labels.scenario(s), services.stream().map(v -> users(s, v, result.horizon())).toList());
        }
        return ChartOptions.bar(t("chart.bar.title", result.horizon()), t("result.users"), services, series);
    }
}
