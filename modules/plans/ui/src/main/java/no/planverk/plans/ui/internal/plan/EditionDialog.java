package no.planverk.plans.ui.internal.plan;

import static no.planverk.plans.ui.internal.PlansTexts.t;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.H4;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.UnorderedList;
import java.util.List;
import java.util.function.Function;
import no.planverk.plans.api.GoalNode;
import no.planverk.plans.api.PlanEdition;
import no.planverk.plans.ui.internal.PlanLabels;
import no.planverk.ui.api.Formats;

/** A frozen earlier version of a plan, read only: its fields and its goal tree as they were. */
class EditionDialog extends Dialog {

    private static final long serialVersionUID = 1L;

    final UnorderedList goals = new UnorderedList();
    final Button close = new Button(t("action.close"), e -> close());

    EditionDialog(PlanEdition edition, Function<Long, String> unitName, Function<Long, String> planName) {
        setHeaderTitle(t("edition.title", edition.label()));
        setWidth("min(48em, 95vw)");
        add(new Paragraph(t("edition.kept", Formats.dateTime(edition.createdAt()))),
                PlanFacts.of(edition.plan(), unitName, planName), new H4(t("edition.goals")));
        if (edition.goals().isEmpty()) {
            add(new Paragraph(t("edition.noGoals")));
        } else {
            fill(goals, edition.goals());
            goals.setId("planverk-edition-goals");
            add(goals);
        }
        getFooter().add(close);
    }

    private static void fill(UnorderedList list, List<GoalNode> nodes) {
        for (GoalNode n : nodes) {
            ListItem item = new ListItem(PlanLabels.goalLevel(n.goal().level()) + ": " + n.goal().label());
            if (!n.children().isEmpty()) {
                UnorderedList sub = new UnorderedList();
                fill(sub, n.children());
                item.add(sub);
            }
            list.add(item);
        }
    }
}
