package no.planverk.plans.ui.internal.plan;

import static no.planverk.plans.ui.internal.PlansTexts.t;

import com.vaadin.flow.component.html.DescriptionList;
import com.vaadin.flow.component.html.DescriptionList.Description;
import com.vaadin.flow.component.html.DescriptionList.Term;
import java.util.function.Function;
import no.planverk.plans.api.Plan;
import no.planverk.plans.ui.internal.PlanLabels;
import no.planverk.ui.api.Formats;

/** A plan's fields as a read-only description list (for frozen editions). */
final class PlanFacts {

    private PlanFacts() {
    }

    static DescriptionList of(Plan p, Function<Long, String> unitName, Function<Long, String> planName) {
        DescriptionList list = new DescriptionList();
        add(list, "plan.code", p.code());
        add(list, "plan.type", PlanLabels.type(p.type()));
        add(list, "plan.title", p.title());
        add(list, "plan.status", PlanLabels.status(p.status()) + (p.statusDate() == null ? "" : " (" + Formats.date(p.statusDate()) + ")"));
        add(list, "plan.unit", unitName.apply(p.ownerUnitId()));
        add(list, "plan.responsible", p.responsible());
        add(list, "plan.period", p.period());
        add(list, "plan.decisionRef", p.decisionRef());
        add(list, "plan.decisionDate", Formats.date(p.decisionDate()));
        add(list, "plan.documentUrl", p.documentUrl());
        add(list, "plan.parent", planName.apply(p.parentId()));
        add(list, "plan.successor", planName.apply(p.successorId()));
        add(list, "plan.plannedAdoption", Formats.date(p.plannedAdoption()));
        add(list, "plan.description", p.description());
        return list;
    }

    private static void add(DescriptionList list, String key, String value) {
        if (value != null && !value.isBlank()) {
            list.add(new Term(t(key)), new Description(value));
        }
    }
}
