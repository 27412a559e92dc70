package no.planverk.plans.ui.internal.plan;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.github.mvysny.kaributesting.v10.GridKt;
import java.time.LocalDate;
import java.util.List;
import no.planverk.plans.api.GoalDraft;
import no.planverk.plans.api.GoalLevel;
import no.planverk.plans.api.Ownership;
import no.planverk.plans.api.Plan;
import no.planverk.plans.api.PlanStatus;
import no.planverk.plans.api.PlanType;
import no.planverk.plans.api.StatusChange;
import no.planverk.plans.ui.internal.PlansUi;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** The lifecycle tab on the real plan service: allowed and refused transitions, history and editions. */
class StatusTabTest {

    private final PlansUi ui = new PlansUi();
    private Plan plan = ui.plan("BRG-UH", PlanType.TEMAPLAN, "Et helt liv med mening, vekst og utvikling", 2018, 2028);

    @AfterEach
    void close() {
        ui.close();
    }

    private StatusTab open() {
        PlanView view = PlansUi.open("plans/plan/" + plan.id(), PlanView.class);
        view.tabs.setSelectedIndex(1);
        return view.status;
    }

    private void move(PlanStatus to) {
        plan = ui.f.plans().changeStatus(plan.id(), plan.version(), StatusChange.to(to, null, null), PlansUi.PLANNER);
    }

    @Test
    void theNotesAnImportWritesAreSaidInNynorsk() {
        ui.f.transfer().importData(no.planverk.plans.api.TransferKind.PLANS, no.planverk.plans.api.TransferFormat.CSV,
                "code,type,title,period_from,period_to,status\nBRG-UH,temaplan,Et helt liv,2018,2028,in-force\n"
                        + "BRG-NY,temaplan,Ein ny plan,2024,2028,in-force\n", PlansUi.PLANNER);
        StatusTab tab = open();
        assertEquals("Sett ved import", GridKt._getFormatted(tab.history, 0, "note"));
        plan = ui.f.plans().findByCode("BRG-NY").orElseThrow();
        tab = open();
        assertEquals("Importert", GridKt._getFormatted(tab.history, 0, "note"));
    }

    @Test
    void aLongNoteShowsItsLimitAndIsRefusedNeverCut() {
        StatusTab tab = open();
        tab.next.setValue(PlanStatus.CONSULTATION);
        String note = "n".repeat(StatusTab.MAX_NOTE + 1);
        tab.note.setValue(note);
        assertTrue(tab.note.isInvalid(), "over the limit while typing");
        tab.change.click();
        assertEquals(note, tab.note.getValue(), "kept as typed, not cut by a maxlength");
        assertEquals(PlanStatus.PREPARATION, ui.f.plans().find(plan.id()).orElseThrow().status(), "nothing changed");
    }

    @Test
    void offersOnlyTheAllowedNextStatusesAndMovesThePlan() {
        StatusTab tab = open();
        assertEquals(List.of(PlanStatus.CONSULTATION, PlanStatus.POLITICAL), tab.next.getListDataView().getItems().toList());
        assertEquals(LocalDate.now(no.planverk.ui.api.Formats.OSLO), tab.date.getValue(), "today by default");
        tab.next.setValue(PlanStatus.CONSULTATION);
        tab.date.setValue(LocalDate.of(2024, 3, 1));
        tab.note.setValue("Offentleg ettersyn i seks veker");
        tab.change.click();

        Plan after = ui.f.plans().find(plan.id()).orElseThrow();
        assertEquals(PlanStatus.CONSULTATION, after.status());
        assertEquals(LocalDate.of(2024, 3, 1), after.statusDate());
        assertEquals(2, GridKt._size(tab.history));
        assertEquals("01.03.2024", GridKt._getFormatted(tab.history, 0, "date"), "newest first, Norwegian date");
        assertEquals("Offentleg ettersyn i seks veker", GridKt._getFormatted(tab.history, 0, "note"));
        assertEquals(List.of(PlanStatus.PREPARATION, PlanStatus.POLITICAL), tab.next.getListDataView().getItems().toList());
        assertTrue(PlansUi.notifications().contains("Planen har no status «På høyring»."), PlansUi.notifications().toString());

        PlanView view = com.github.mvysny.kaributesting.v10.LocatorJ._get(PlanView.class);
        assertTrue(view.facts.getElement().getTextRecursively().contains("På høyring"), "the header follows");
        view.tabs.setSelectedIndex(0);
        view.overview.form.responsible.setValue("Etat for tjenester til utviklingshemmede");
        view.overview.save.click();
        assertFalse(view.overview.stale.isVisible(), "the overview took the new version");
        assertEquals("Etat for tjenester til utviklingshemmede", ui.f.plans().find(plan.id()).orElseThrow().responsible());
    }

    @Test
    void anIllegalTransitionIsRefusedInTheUsersLanguage() {
        StatusTab tab = open();
        tab.apply(StatusChange.to(PlanStatus.IN_FORCE, null, null));
        assertTrue(PlansUi.notifications().contains("Ein plan med status «Under utarbeiding» kan ikkje gå til «Vedteken (gjeld)». "
                + "Lovlege neste steg: På høyring, Til politisk handsaming."), PlansUi.notifications().toString());
        assertEquals(PlanStatus.PREPARATION, ui.f.plans().find(plan.id()).orElseThrow().status());
    }

    @Test
    void replacingNeedsASuccessor() {
        Plan successor = ui.plan("BRG-UH2", PlanType.TEMAPLAN, "Ny plan for tenester til utviklingshemma", 2025, 2035);
        move(PlanStatus.POLITICAL);
        move(PlanStatus.IN_FORCE);
        StatusTab tab = open();
        tab.next.setValue(PlanStatus.REPLACED);
        assertTrue(tab.successor.isVisible());
        assertFalse(tab.plannedAdoption.isVisible());
        tab.change.click();
        assertTrue(tab.successor.isInvalid());
        assertEquals("Vel planen som erstattar denne", tab.successor.getErrorMessage());
        assertEquals(PlanStatus.IN_FORCE, ui.f.plans().find(plan.id()).orElseThrow().status());

        tab.successor.setValue(tab.successor.getListDataView().getItems().filter(p -> p.id() == successor.id()).findFirst().orElseThrow());
        tab.change.click();
        Plan replaced = ui.f.plans().find(plan.id()).orElseThrow();
        assertEquals(PlanStatus.REPLACED, replaced.status());
        assertEquals(successor.id(), replaced.successorId());
        assertTrue(tab.finalNote.isVisible());
        assertFalse(tab.change.isVisible());
    }

    @Test
    void aRevisionKeepsTheOldEditionReadable() {
        ui.f.goals().create(new GoalDraft(plan.id(), null, GoalLevel.MAIN, "1", "Et godt liv", List.of(3), null,
                Ownership.THIS_PLAN, 0), PlansUi.PLANNER);
        move(PlanStatus.POLITICAL);
        move(PlanStatus.IN_FORCE);
        StatusTab tab = open();
        tab.next.setValue(PlanStatus.REVISION);
        assertTrue(tab.plannedAdoption.isVisible());
        tab.plannedAdoption.setValue(LocalDate.of(2025, 6, 19));
        tab.change.click();

        Plan revised = ui.f.plans().find(plan.id()).orElseThrow();
        assertEquals(PlanStatus.REVISION, revised.status());
        assertEquals(LocalDate.of(2025, 6, 19), revised.plannedAdoption());
        assertEquals(1, GridKt._size(tab.editions));
        assertFalse(tab.noEditions.isVisible());
        tab.showEdition(GridKt._get(tab.editions, 0));
        assertTrue(tab.dialog.isOpened());
        assertEquals("Hovudmål: 1 Et godt liv", tab.dialog.goals.getElement().getTextRecursively());
    }

    @Test
    void aStaleStatusChangeIsReportedAndTheNoteKept() {
        StatusTab tab = open();
        move(PlanStatus.CONSULTATION);
        tab.next.setValue(PlanStatus.POLITICAL);
        tab.note.setValue("Til formannskapet");
        tab.change.click();
        assertTrue(PlansUi.notifications().stream().anyMatch(n -> n.startsWith("Nokon andre har endra planen i mellomtida")));
        assertEquals("Til formannskapet", tab.note.getValue());
        assertEquals(List.of(PlanStatus.PREPARATION, PlanStatus.POLITICAL), tab.next.getListDataView().getItems().toList(),
                "the form now starts from the status someone else set");
    }
}
