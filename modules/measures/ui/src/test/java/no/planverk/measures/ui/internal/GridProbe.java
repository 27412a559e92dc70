package no.planverk.measures.ui.internal;

import com.github.mvysny.kaributesting.v10.GridKt;
import java.util.List;
import no.planverk.measures.api.Light;
import no.planverk.measures.api.Measure;

/** The grid's filters for tests in other packages (the view's fields are package-private). */
public final class GridProbe {

    private GridProbe() {
    }

    /** Chooses the light filter and returns the numbers shown. */
    public static List<String> numbersWithLight(MeasuresView view, Light light) {
        view.light.setValue(light);
        return GridKt._fetch(view.grid, 0, 1000).stream().map(Measure::number).toList();
    }
}
