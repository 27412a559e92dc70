package no.planverk.forecasting.ui.internal.inputs;

import static no.planverk.forecasting.ui.internal.ForecastTexts.t;

import java.util.ArrayList;
import java.util.List;
import no.planverk.forecasting.api.InputKind;
import no.planverk.ui.api.ColumnHelp;

/** The columns of each kind of input file as the upload explains them (README: "CSV inputs"). */
final class InputColumns {

    private InputColumns() {
    }

    static List<ColumnHelp> of(InputKind kind) {
        List<ColumnHelp> out = new ArrayList<>();
        String[] names = switch (kind) {
            case POPULATION -> new String[] {"year", "age", "population"};
            case SERVICE_USERS -> new String[] {"service", "age_from", "age_to", "users"};
            case COSTS -> new String[] {"service", "fte_per_user", "cost_per_user"};
            case DEMENTIA -> new String[] {"age_from", "age_to", "rate"};
            case HOUSING -> new String[] {"centre", "step", "type", "places"};
        };
        for (String name : names) {
            out.add(new ColumnHelp(name, t("columns." + kind.id() + "." + name), true));
        }
        out.add(new ColumnHelp("", t("columns." + kind.id()), false));
        return out;
    }
}
