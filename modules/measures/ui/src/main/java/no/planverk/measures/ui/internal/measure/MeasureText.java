package no.planverk.measures.ui.internal.measure;

import static no.planverk.measures.ui.internal.MeasuresTexts.t;

import com.vaadin.flow.component.html.DescriptionList;
import com.vaadin.flow.component.html.DescriptionList.Description;
import com.vaadin.flow.component.html.DescriptionList.Term;
import java.util.List;
import java.util.stream.Collectors;
import no.planverk.measures.api.GoalInfo;
import no.planverk.measures.api.Measure;
import no.planverk.measures.api.PlanDirectory;
import no.planverk.measures.api.YearAmount;
import no.planverk.measures.ui.internal.MeasureLabels;
import no.planverk.measures.ui.internal.UnitNames;
import no.planverk.ui.api.Formats;

/** A measure's fields as text: what everyone sees first on its page (editors then choose "Rediger"). */
final class MeasureText {

    private MeasureText() {
    }

    static DescriptionList of(Measure m, PlanDirectory directory, UnitNames units) {
        DescriptionList list = new DescriptionList();
        list.setId("planverk-measure-text");
        add(list, "measure.title", m.title());
        add(list, "measure.description", m.description());
        if (directory != null && !m.goalIds().isEmpty()) {
            add(list, "measure.goals", directory.goals(m.goalIds()).stream().map(g -> label(g)).collect(Collectors.joining("; ")));
        }
        add(list, "measure.goalText", m.goalText());
        add(list, "measure.kind", MeasureLabels.kind(m.kind()));
        if (directory != null && m.carrierPlanId() != null) {
            add(list, "measure.carrierPlan", directory.plan(m.carrierPlanId()).map(p -> p.title()).orElse(""));
        }
        add(list, "measure.carrierText", m.carrierText());
        add(list, "measure.responsibility", MeasureLabels.responsibility(m.responsibility()));
        add(list, "measure.units", units.join(m.unitIds()));
        add(list, "measure.contact", m.contact());
        add(list, "measure.years", MeasureLabels.years(m));
        add(list, "measure.yearsCost", years(m.years()));
        add(list, "measure.ownership", MeasureLabels.ownership(m.ownership()));
        return list;
    }

    private static String label(GoalInfo g) {
        return g.code() == null ? g.text() : g.code() + " " + g.text();
    }

    /** "2024: 650 000 kr, ikkje finansiert; 2025: …" (years as digits, money Norwegian style). */
    private static String years(List<YearAmount> years) {
        return years.stream().map(y -> y.year() + ": " + (y.costNok() == null ? "–" : Formats.money(y.costNok()))
                + (y.funding() == null ? "" : ", " + MeasureLabels.funding(y.funding()).toLowerCase(java.util.Locale.ROOT)))
                .collect(Collectors.joining("; "));
    }

    private static void add(DescriptionList list, String key, String value) {
        if (value != null && !value.isBlank()) {
            list.add(new Term(t(key)), new Description(value));
        }
    }
}
