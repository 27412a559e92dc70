package no.planverk.forecasting.core.internal.csv;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import no.planverk.forecasting.api.DementiaRate;
import no.planverk.forecasting.api.ForecastResult;
import no.planverk.forecasting.api.HousingCapacity;
import no.planverk.forecasting.api.InputKind;
import no.planverk.forecasting.api.PopulationProjection;
import no.planverk.forecasting.api.ServiceCost;
import no.planverk.forecasting.api.ServiceResult;
import no.planverk.forecasting.api.ServiceUsers;
import no.planverk.forecasting.api.YearResult;
import no.planverk.platform.tabular.Csv;

/** Canonical CSV: comma, decimal point, no exponent, CRLF-free lines, a header row; parses back to the same values. */
final class CsvWriter {

    private CsvWriter() {
    }

    static String population(PopulationProjection p) {
        return write(List.of("year", "age", "population"), out -> {
            for (var e : p.years().entrySet()) {
                List<Double> ages = e.getValue();
                for (int a = 0; a < ages.size(); a++) {
                    String age = a == ages.size() - 1 && p.openTop() ? a + "+" : String.valueOf(a);
                    out.printRecord(e.getKey(), age, number(ages.get(a)));
                }
            }
        });
    }

    static String rows(InputKind kind, List<?> rows) {
        return switch (kind) {
            case SERVICE_USERS -> write(ServiceUsersCsv.COLUMNS, out -> {
                for (ServiceUsers u : cast(rows, ServiceUsers.class)) {
                    out.printRecord(u.service(), u.ageFrom(), u.ageTo(), number(u.users()));
                }
            });
            case COSTS -> write(CostsCsv.COLUMNS, out -> {
                for (ServiceCost c : cast(rows, ServiceCost.class)) {
                    out.printRecord(c.service(), number(c.ftePerUser()), number(c.costPerUser()));
                }
            });
            case DEMENTIA -> write(DementiaCsv.COLUMNS, out -> {
                for (DementiaRate d : cast(rows, DementiaRate.class)) {
                    out.printRecord(d.ageFrom(), d.ageTo(), number(d.rate()));
                }
            });
            case HOUSING -> write(HousingCsv.COLUMNS, out -> {
                for (HousingCapacity h : cast(rows, HousingCapacity.class)) {
                    out.printRecord(h.centre(), h.step(), h.type(), number(h.places()));
                }
            });
            case POPULATION -> throw new IllegalArgumentException("Write a population with write(PopulationProjection)");
        };
    }

    static String users(ForecastResult r) {
        return write(List.of("year", "service", "scenario", "users"), out -> {
            for (ServiceResult s : r.services()) {
                out.printRecord(s.year(), s.service(), s.scenario(), rounded(s.users(), 2));
            }
        });
    }

    static String result(ForecastResult r) {
        return write(List.of("year", "scenario", "service", "users", "change", "change_percent", "fte", "cost_nok"), out -> {
            for (ServiceResult s : r.services()) {
                out.printRecord(s.year(), s.scenario(), s.service(), rounded(s.users(), 2), rounded(s.change(), 2),
                        rounded(s.changePercent(), 2), rounded(s.fte(), 2), rounded(s.cost(), 0));
            }
        });
    }

    static String years(ForecastResult r) {
        return write(List.of("year", "population", "coverage_population", "dementia_persons", "dementia_share", "places_needed", "places_gap"),
                out -> {
                    for (YearResult y : r.years()) {
                        out.printRecord(y.year(), rounded(y.population(), 0), rounded(y.coveragePopulation(), 0),
                                rounded(y.dementiaPersons(), 1), rounded(y.dementiaShare(), 6), rounded(y.placesNeeded(), 2),
                                rounded(y.placesGap(), 2));
                    }
                });
    }

    /** The rows of a file, one {@link #printRecord} call per row. */
    private static final class Rows {
        final List<List<?>> rows = new ArrayList<>();

        void printRecord(Object... cells) {
            rows.add(Arrays.asList(cells));
        }
    }

    private interface Body {
        void print(Rows out);
    }

    /** Through the platform's tabular layer: plain CSV (LF, no BOM), formula-like text guarded, numbers as they are. */
    private static String write(List<String> header, Body body) {
        Rows out = new Rows();
        body.print(out);
        return Csv.write(header, out.rows, Csv.Style.PLAIN);
    }

    /** The shortest exact decimal form: 1234, 0.0181, never 1.0E9. */
    static String number(Double d) {
        if (d == null) {
            return "";
        }
        String s = BigDecimal.valueOf(d).stripTrailingZeros().toPlainString();
        return s.equals("-0") ? "0" : s;
    }

    private static String rounded(Double d, int decimals) {
        return d == null ? "" : number(BigDecimal.valueOf(d).setScale(decimals, java.math.RoundingMode.HALF_UP).doubleValue());
    }

    private static <T> List<T> cast(List<?> rows, Class<T> type) {
        for (Object o : rows) {
            if (!type.isInstance(o)) {
                throw new IllegalArgumentException("Expected " + type.getSimpleName() + " rows, got " + (o == null ? "null" : o.getClass().getSimpleName()));
            }
        }
        @SuppressWarnings("unchecked")
        List<T> typed = (List<T>) rows;
        return typed;
    }
}
