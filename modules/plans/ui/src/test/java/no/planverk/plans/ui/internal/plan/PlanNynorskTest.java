package no.planverk.plans.ui.internal.plan;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.github.mvysny.kaributesting.v10.LocatorJ;
import com.vaadin.flow.component.button.Button;
import java.util.List;
import no.planverk.plans.api.Plan;
import no.planverk.plans.api.PlanType;
import no.planverk.plans.core.internal.PlansMessages;
import no.planverk.plans.ui.internal.AttentionView;
import no.planverk.plans.ui.internal.PlanNav;
import no.planverk.plans.ui.internal.PlanTreeView;
import no.planverk.plans.ui.internal.PlansUi;
import no.planverk.plans.ui.internal.PlansView;
import no.planverk.platform.testing.Catalogs;
import no.planverk.ui.api.ServerTexts;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import no.planverk.ui.testing.Rendered;

/** In nynorsk, the plan list, tree, attention list and plan page, and the services' messages in them (a taken code) hold no English. */
class PlanNynorskTest {

    private final PlansUi ui = new PlansUi();

    @BeforeEach
    void translate() {
        ServerTexts.use(Catalogs.translator(new PlansMessages()));
    }

    @AfterEach
    void close() {
        ServerTexts.use(null);
        ui.close();
    }

    private static void noEnglish() {
        String all = Rendered.text() + "\n" + String.join("\n", PlansUi.notifications());
        assertEquals(List.of(), Catalogs.englishSentences(all), all);
    }

    @Test
    void aTakenCodeIsExplainedInNynorsk() {
        ui.plan("ALV-KPS", PlanType.SAMFUNNSDEL, "Samfunnsdelen", 2021, 2033);
        PlansView grid = PlansUi.open("plans", PlansView.class);
        LocatorJ._get(grid, Button.class, spec -> spec.withText("Ny plan")).click();
        PlanCreateDialog dialog = LocatorJ._get(PlanCreateDialog.class);
        dialog.form.code.setValue("ALV-KPS");
        dialog.form.type.setValue(PlanType.TEMAPLAN);
        dialog.form.title.setValue("Ein ny plan");
        dialog.save.click();
        assertEquals("Koden «ALV-KPS» er alt brukt av ein annan plan.", dialog.form.code.getErrorMessage());
        noEnglish();
    }

    @Test
    void theListTreeAttentionAndPlanPageSpeakNynorsk() {
        Plan plan = ui.plan("ALV-KPS", PlanType.SAMFUNNSDEL, "Samfunnsdelen", 2021, 2033);
        PlansUi.open("plans", PlansView.class);
        noEnglish();
        PlansUi.open(PlanNav.TREE, PlanTreeView.class);
        noEnglish();
        PlansUi.open(PlanNav.ATTENTION, AttentionView.class);
        noEnglish();
        PlansUi.open(PlanNav.PLAN + "/" + plan.id(), PlanView.class);
        noEnglish();
    }
}
