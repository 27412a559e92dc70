package no.planverk.measures.ui.internal;

import com.github.mvysny.kaributesting.v10.GridKt;
import java.util.List;

/** The goal tree's root rows as the user reads them (the hierarchy column's text). */
final class MeasuresTreeRows {

    record Row(String text, GoalTree.Row row) {
    }

    private MeasuresTreeRows() {
    }

    static List<Row> roots(MeasuresView view) {
        return GridKt._getRootItems(view.tree).stream()
                .map(r -> new Row(GridKt._getFormatted(view.tree.getColumnByKey("goal"), r), r)).toList();
    }
}
