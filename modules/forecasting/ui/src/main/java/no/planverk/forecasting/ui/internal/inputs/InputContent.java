package no.planverk.forecasting.ui.internal.inputs;

import static no.planverk.forecasting.ui.internal.ForecastTexts.t;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import no.planverk.forecasting.api.DementiaRate;
import no.planverk.forecasting.api.HousingCapacity;
import no.planverk.forecasting.api.InputKind;
import no.planverk.forecasting.api.PopulationProjection;
import no.planverk.forecasting.api.ServiceCost;
import no.planverk.forecasting.api.ServiceUsers;
import no.planverk.forecasting.ui.internal.result.Table;
import no.planverk.forecasting.ui.internal.result.Table.Format;

/** An input's content as a table: its rows, or for a population the years by age group. */
final class InputContent {

    /** Age groups of the population summary: from these ages up to the next (the last to the top age). */
    static final int[] GROUPS = {0, 20, 67, 80, 90};

    private InputContent() {
    }

    static Table of(InputKind kind, Object parsed) {
        return switch (kind) {
            case POPULATION -> population((PopulationProjection) parsed);
            case SERVICE_USERS -> rows(parsed, ServiceUsers.class, new Table().col("service", t("content.service"), Format.TEXT)
                    .col("ageFrom", t("content.ageFrom"), Format.YEAR).col("ageTo", t("content.ageTo"), Format.YEAR)
                    .col("users", t("content.users"), Format.NUMBER), r -> new Object[] {r.service(), r.ageFrom(), r.ageTo(), r.users()});
            case COSTS -> rows(parsed, ServiceCost.class, new Table().col("service", t("content.service"), Format.TEXT)
                    .col("fte", t("content.fte"), Format.DECIMALS).col("cost", t("content.cost"), Format.MONEY),
                    r -> new Object[] {r.service(), r.ftePerUser(), r.costPerUser()});
            case DEMENTIA -> rows(parsed, DementiaRate.class, new Table().col("ageFrom", t("content.ageFrom"), Format.YEAR)
                    .col("ageTo", t("content.ageTo"), Format.YEAR).col("rate", t("content.rate"), Format.SHARE),
                    r -> new Object[] {r.ageFrom(), r.ageTo(), r.rate()});
            case HOUSING -> rows(parsed, HousingCapacity.class, new Table().col("centre", t("housing.centre"), Format.TEXT)
                    .col("step", t("housing.step"), Format.YEAR).col("type", t("housing.type"), Format.TEXT)
                    .col("places", t("content.places"), Format.NUMBER), r -> new Object[] {r.centre(), r.step(), r.type(), r.places()});
        };
    }

    private static <T> Table rows(Object parsed, Class<T> type, Table table, java.util.function.Function<T, Object[]> row) {
        for (Object o : (List<?>) parsed) {
            table.row(row.apply(type.cast(o)));
        }
        return table;
    }

    /** Year by age group with the total; groups above the top age are left out. */
    static Table population(PopulationProjection p) {
        int top = p.topAge();
        List<int[]> groups = new ArrayList<>();
        for (int i = 0; i < GROUPS.length && GROUPS[i] <= top; i++) {
            int to = i + 1 < GROUPS.length && GROUPS[i + 1] <= top ? GROUPS[i + 1] - 1 : top;
            groups.add(new int[] {GROUPS[i], to});
        }
        Table table = new Table().col("year", t("result.year"), Format.YEAR).col("total", t("content.total"), Format.INTEGER);
        for (int[] g : groups) {
            String label = g[1] == top ? g[0] + (p.openTop() || g[0] != top ? "+" : "") : g[0] + "–" + g[1];
            table.col("age-" + g[0], label, Format.INTEGER);
        }
        for (Map.Entry<Integer, List<Double>> e : p.years().entrySet()) {
            List<Object> row = new ArrayList<>();
            row.add(e.getKey());
            row.add(Math.round(p.total(e.getKey())));
            for (int[] g : groups) {
                double sum = 0;
                for (int a = g[0]; a <= g[1]; a++) {
                    sum += e.getValue().get(a);
                }
                row.add(Math.round(sum));
            }
            table.row(row.toArray());
        }
        return table;
    }
}
