package no.planverk.forecasting.ui.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.github.mvysny.kaributesting.v10.ComboBoxKt;
import com.github.mvysny.kaributesting.v10.LocatorJ;
import com.github.mvysny.kaributesting.v10.pro.ConfirmDialogKt;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.html.Anchor;
import java.util.List;
import java.util.Optional;
import no.planverk.forecasting.api.LinkTarget;
import no.planverk.forecasting.api.RunInfo;
import no.planverk.forecasting.api.RunLink;
import no.planverk.forecasting.api.RunSpec;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** A saved run's page: links only to kinds a module offers, rename, delete, and what readers see. */
class SavedRunViewTest {

    /** The plans module's goals as its bridge would offer them: goals 7 and 8 exist. */
    static final LinkTarget GOALS = new LinkTarget() {
        private final List<RunLink> all = List.of(new RunLink("goal", 7, "KDP helse: 3.3.1 Fleire skal bu heime", "plans/plan/4"),
                new RunLink("goal", 8, "KDP helse: 3.3.2 Fleire i arbeid", "plans/plan/4"));

        @Override
        public String kind() {
            return "goal";
        }

        @Override
        public Optional<RunLink> describe(long id) {
            return id == 7 ? Optional.of(new RunLink("goal", 7, "3.3.1 Fleire skal bu heime", "plans/plan/4")) : Optional.empty();
        }

        @Override
        public List<RunLink> search(String text, int limit) {
            return all.stream().filter(l -> l.label().toLowerCase().contains(text.toLowerCase())).limit(limit).toList();
        }
    };

    private final ForecastingUi ui = new ForecastingUi();

    @AfterEach
    void close() {
        ui.close();
    }

    private RunInfo saved() {
        ui.example();
        long population = ui.f.service().inputs(no.planverk.forecasting.api.InputKind.POPULATION).get(0).id();
        long users = ui.f.service().inputs(no.planverk.forecasting.api.InputKind.SERVICE_USERS).get(0).id();
        return ui.f.service().saveRun("Alver", "", RunSpec.of(population, users), ForecastingUi.PLANNER);
    }

    private static SavedRunView open(RunInfo run) {
        return ForecastingUi.open("forecasting/run/" + run.id(), SavedRunView.class);
    }

    @Test
    void withoutLinkTargetsThereAreNoLinkControls() {
        SavedRunView view = open(saved());
        assertFalse(view.links.controls.isVisible());
        assertTrue(view.rename.isVisible());
        LocatorJ._get(com.vaadin.flow.component.html.Paragraph.class, s -> s.withText(
                "Plan- og tiltaksmodulane er ikkje installerte, så prognosen kan ikkje lenkjast til mål eller tiltak."));
    }

    @Test
    void aPlannerLinksTheRunToAGoalThatIsThereAndRemovesTheLink() {
        ui.f.linkTarget(GOALS);
        RunInfo run = saved();
        SavedRunView view = open(run);
        assertTrue(view.links.controls.isVisible());
        assertEquals(List.of("goal"), view.links.kind.getListDataView().getItems().toList(), "only the kinds installed");

        assertEquals("Mål", view.links.target.getLabel());

        view.links.add.click();
        assertTrue(view.links.target.isInvalid(), "nothing picked: the field says so");
        assertEquals("Vel eit mål eller tiltak i lista.", view.links.target.getErrorMessage());
        assertEquals(List.of(), ui.f.service().savedRun(run.id()).info().links());

        ComboBoxKt.setUserInput(view.links.target, "heime");
        assertEquals(List.of("KDP helse: 3.3.1 Fleire skal bu heime"), ComboBoxKt.getSuggestions(view.links.target),
                "the goals are found by their text, shown with plan, code and text");
        ComboBoxKt.selectByLabel(view.links.target, "KDP helse: 3.3.1 Fleire skal bu heime");
        view.links.add.click();
        Anchor link = LocatorJ._get(Anchor.class, s -> s.withText("Mål 3.3.1 Fleire skal bu heime"));
        assertEquals("plans/plan/4", link.getHref());
        assertEquals(1, ui.f.service().runsLinkedTo("goal", 7).size());

        LocatorJ._get(com.vaadin.flow.component.button.Button.class,
                s -> s.withAttribute("aria-label", "Fjern lenkja til Mål 3.3.1 Fleire skal bu heime")).click();
        assertEquals(0, ui.f.service().runsLinkedTo("goal", 7).size());
    }

    @Test
    void aPlannerRenamesAndDeletesTheRun() {
        RunInfo run = saved();
        SavedRunView view = open(run);
        view.rename.click();
        NameDialog dialog = LocatorJ._get(NameDialog.class);
        assertEquals("Alver", dialog.name.getValue());
        dialog.name.setValue("Alver, hovudalternativet");
        dialog.ok.click();
        assertEquals("Alver, hovudalternativet", ui.f.service().savedRun(run.id()).info().name());
        assertEquals("Alver, hovudalternativet", view.title.getText());

        view.delete.click();
        ConfirmDialog confirm = LocatorJ._get(ConfirmDialog.class);
        ConfirmDialogKt._fireConfirm(confirm);
        assertEquals(0, ui.f.service().runs().size());
        LocatorJ._get(RunsView.class);
    }

    @Test
    void aReaderSeesTheRunButNoRenameDeleteOrLinkControls() {
        ui.f.linkTarget(GOALS);
        RunInfo run = saved();
        ForecastingUi.signIn(ForecastingUi.READER);
        SavedRunView view = open(run);
        assertFalse(view.rename.isVisible());
        assertFalse(view.delete.isVisible());
        assertFalse(view.links.controls.isVisible());
        assertEquals("2021", view.outcome.years.cell(1, "year"));
    }

    @Test
    void theRunSaysWhichDefinitionOfDelayedAgeingItsFiguresUse() {
        RunInfo now = saved();
        SavedRunView view = open(now);
        assertTrue(LocatorJ._get(view, com.vaadin.flow.component.html.Paragraph.class, s -> s.withId("planverk-forecasting-saved-model"))
                .getText().startsWith("Modellversjon 2: utsett aldring reknar ein alder a som året frå a til a + 1"));
        assertEquals("25,4", view.outcome.byYear().cell(1, "scenario-delayed"), "k = 0.1: 0.9·26.9 + 0.1·11.7");

        RunInfo before = ui.f.service().saveRun("Før", "", ui.f.service().savedRun(now.id()).spec(), ForecastingUi.PLANNER);
        ui.f.forgetModelVersion(before.id());
        SavedRunView old = open(before);
        assertTrue(LocatorJ._get(old, com.vaadin.flow.component.html.Paragraph.class, s -> s.withId("planverk-forecasting-saved-model"))
                .getText().startsWith("Modellversjon 1 (før desember 2026): utsett aldring flytte heile aldersår"));
        assertEquals("11,7", old.outcome.byYear().cell(1, "scenario-delayed"), "computed as it was saved: every age in the band below");
    }

    @Test
    void aRunOnAnSsbPopulationSaysWhereItCameFrom() {
        long population = ui.f.service().createInput(no.planverk.forecasting.api.InputKind.POPULATION, "SSB 14288", null,
                no.planverk.forecasting.core.internal.io.SsbFiles.file("14288-long.csv"), java.util.Map.of("region", "Alver"),
                ForecastingUi.PLANNER).id();
        long users = ui.store(no.planverk.forecasting.api.InputKind.SERVICE_USERS, "Brukarar",
                "service,age_from,age_to,users\nheimetenester,0,79,100\nheimetenester,80,120,300\n").id();
        RunInfo run = ui.f.service().saveRun("Alver frå SSB", "", RunSpec.of(population, users), ForecastingUi.PLANNER);
        SavedRunView view = open(run);
        assertEquals("Folketalsframskriving frå SSB, tabell 14288 · 4631 Alver · Framskrevet folkemengde 1. januar, hovedalternativet (MMMM).",
                LocatorJ._get(view, com.vaadin.flow.component.html.Span.class, s -> s.withId("planverk-forecasting-saved-source-population"))
                        .getText());
    }

    @Test
    void anUnknownRunSaysSo() {
        SavedRunView view = ForecastingUi.open("forecasting/run/999", SavedRunView.class);
        assertEquals("Fann ikkje prognosen", view.title.getText());
    }
}
