package no.planverk.plans.ui.internal.plan;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.github.mvysny.kaributesting.v10.LocatorJ;
import com.github.mvysny.kaributesting.v10.pro.ConfirmDialogKt;
import com.vaadin.flow.component.html.H2;
import no.planverk.plans.api.Plan;
import no.planverk.plans.api.PlanDraft;
import no.planverk.plans.api.PlanType;
import no.planverk.plans.ui.internal.PlansUi;
import no.planverk.plans.ui.internal.PlansView;
import no.planverk.plans.ui.internal.goals.GoalsPanel;
import no.planverk.plans.ui.internal.program.ProgramPanel;
import no.planverk.platform.api.Role;
import no.planverk.platform.api.UserContext;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** The plan page's header, overview form and tabs on the real plan service. */
class PlanViewTest {

    private final PlansUi ui = new PlansUi();
    private final Plan kdp;

    PlanViewTest() {
        ui.plan("ALV-KPS", PlanType.SAMFUNNSDEL, "Kommuneplanen sin samfunnsdel", 2021, 2033);
        kdp = ui.f.plans().create(new PlanDraft("ALV-KDP-HSO", PlanType.KOMMUNEDELPLAN,
                "Kommunedelplan for helse, sosial og omsorg", ui.unit("ALV-HO"), "Kommunalsjef", 2021, 2033, "K-sak 12/21", null,
                "https://www.alver.kommune.no/kdp-hso.pdf", ui.f.plans().findByCode("ALV-KPS").orElseThrow().id(), null, null,
                null, null), PlansUi.PLANNER);
    }

    @AfterEach
    void close() {
        ui.close();
    }

    private PlanView open() {
        return PlansUi.open("plans/plan/" + kdp.id(), PlanView.class);
    }

    /** Opens the plan and clicks "Rediger". */
    private PlanView openForm() {
        PlanView view = open();
        view.overview.edit.click();
        return view;
    }

    @Test
    void showsTheHeaderAndAllFields() {
        PlanView view = open();
        assertEquals("Kommunedelplan for helse, sosial og omsorg", view.title.getText());
        assertEquals("ALV-KDP-HSOKommunedelplanUnder utarbeidingPeriode 2021–2033", view.facts.getElement().getTextRecursively());
        assertEquals("Helse og omsorg", view.overview.form.unit.getValue().name());
        assertEquals("ALV-KPS", view.overview.form.parent.getValue().code());
        assertEquals("K-sak 12/21", view.overview.form.decisionRef.getValue());
        assertEquals("Kommunedelplan for helse, sosial og omsorg – Planverk", view.getPageTitle());
        assertTrue(view.overview.links.getElement().getTextRecursively().contains("Overordna: ALV-KPS – Kommuneplanen sin samfunnsdel"));
    }

    @Test
    void savesAnEditAndUpdatesTheHeader() {
        PlanView view = openForm();
        view.overview.form.title.setValue("KDP helse, sosial og omsorg 2021–2033");
        view.overview.form.responsible.setValue("Kommunalsjef helse");
        view.overview.save.click();
        Plan saved = ui.f.plans().find(kdp.id()).orElseThrow();
        assertEquals("KDP helse, sosial og omsorg 2021–2033", saved.title());
        assertEquals("Kommunalsjef helse", saved.responsible());
        assertEquals("KDP helse, sosial og omsorg 2021–2033", view.title.getText());
        assertFalse(view.overview.form.hasChanges());
    }

    @Test
    void aFieldErrorIsShownOnItsFieldAndTheInputStays() {
        PlanView view = openForm();
        view.overview.form.periodFrom.setValue("2033");
        view.overview.form.periodTo.setValue("2021");
        view.overview.save.click();
        assertTrue(view.overview.form.periodTo.isInvalid());
        assertTrue(view.overview.form.periodTo.getErrorMessage().contains("before it starts"), view.overview.form.periodTo.getErrorMessage());
        assertEquals("2033", view.overview.form.periodFrom.getValue());
        assertTrue(PlansUi.notifications().contains("Noko må rettast: sjå felta som er merkte."), PlansUi.notifications().toString());
        assertEquals(2021, ui.f.plans().find(kdp.id()).orElseThrow().periodFrom());
    }

    @Test
    void aStaleSaveKeepsTheInputAndOffersAReload() {
        PlanView view = openForm();
        Plan other = ui.f.plans().update(kdp.id(), kdp.version(), new PlanDraft(kdp.code(), kdp.type(), "Endra av nokon andre",
                kdp.ownerUnitId(), kdp.responsible(), 2021, 2033, kdp.decisionRef(), null, kdp.documentUrl(), kdp.parentId(), null,
                null, null, null), UserContext.of("kollega", Role.PLANNER));
        view.overview.form.title.setValue("Mi endring");
        view.overview.save.click();

        assertTrue(view.overview.stale.isVisible());
        assertTrue(view.overview.stale.getElement().getTextRecursively().startsWith("Nokon andre har endra denne planen"));
        assertEquals("Mi endring", view.overview.form.title.getValue(), "the user's input is still there");
        assertEquals(other.title(), ui.f.plans().find(kdp.id()).orElseThrow().title(), "nothing was overwritten");

        view.overview.reload.click();
        assertFalse(view.overview.stale.isVisible());
        assertTrue(view.overview.editing(), "the reload keeps the form open");
        assertEquals("Endra av nokon andre", view.overview.form.title.getValue());
        assertEquals("Endra av nokon andre", view.title.getText());
        view.overview.form.title.setValue("Mi endring");
        view.overview.save.click();
        assertEquals("Mi endring", ui.f.plans().find(kdp.id()).orElseThrow().title(), "after the reload the save goes through");
    }

    @Test
    void readersSeeTheValuesAsTextAndNoForm() {
        PlansUi.signIn(PlansUi.READER);
        PlanView view = open();
        String text = view.overview.facts.getElement().getTextRecursively();
        assertTrue(text.contains("K-sak 12/21") && text.contains("Helse og omsorg"), text);
        assertFalse(view.overview.form.isAttached() && view.overview.form.isVisible(), "no greyed-out form");
        assertFalse(view.overview.edit.isAttached());
        assertFalse(view.overview.save.isAttached());
        assertFalse(view.delete.isAttached());
        view.tabs.setSelectedIndex(1);
        assertFalse(view.status.change.isAttached());
        assertEquals(1, view.status.history.getListDataView().getItemCount());
    }

    @Test
    void editorsSeeTextFirstAndRedigerTurnsItIntoTheForm() {
        PlanView view = open();
        assertTrue(view.overview.facts.isVisible());
        assertFalse(view.overview.form.isVisible());
        assertFalse(view.overview.actions.isVisible(), "no Save before Rediger");
        assertEquals("Rediger", view.overview.edit.getText());
        assertTrue(view.overview.indexOf(view.overview.edit) < view.overview.indexOf(view.overview.facts),
                "Rediger above the values, not below a long description");
        view.overview.edit.click();
        assertTrue(view.overview.form.isVisible());
        assertFalse(view.overview.facts.isVisible());
        assertEquals("K-sak 12/21", view.overview.form.decisionRef.getValue());
        view.overview.reset.click();
        assertTrue(view.overview.facts.isVisible(), "Avbryt goes back to the text");
    }

    @Test
    void deleteSitsAtTheEndOfThePageQuietAndNamesThePlan() {
        PlanView view = open();
        assertEquals(view.getComponentCount() - 1, view.indexOf(view.delete.getParent().orElseThrow()), "the last thing on the page");
        assertTrue(view.delete.getThemeNames().containsAll(java.util.List.of("error", "tertiary")));
        view.delete.click();
        assertTrue(view.confirm.getElement().getProperty("message", "").contains("Kommunedelplan for helse, sosial og omsorg")
                || view.confirm.getElement().getTextRecursively().contains("Kommunedelplan for helse, sosial og omsorg"));
    }

    @Test
    void aUnitLeaderEditsOnlyThePlansOfTheirUnit() {
        PlansUi.signIn(UserContext.of("leiar", Role.UNIT_LEADER).withUnits("ALV-HO"));
        assertTrue(open().overview.edit.isAttached());
        PlansUi.signIn(UserContext.of("leiar", Role.UNIT_LEADER).withUnits("ALV-KUL"));
        assertFalse(open().overview.edit.isAttached());
    }

    @Test
    void lettersInAYearKeepTheFieldInvalidAndNothingIsSaved() {
        PlanView view = openForm();
        view.overview.form.periodTo.setValue("20x6");
        view.overview.save.click();
        assertTrue(view.overview.form.periodTo.isInvalid());
        assertEquals("«20x6» er ikkje eit heilt tal.", view.overview.form.periodTo.getErrorMessage());
        assertEquals("20x6", view.overview.form.periodTo.getValue(), "what the user typed stays");
        assertEquals(2033, ui.f.plans().find(kdp.id()).orElseThrow().periodTo(), "nothing saved");
        assertTrue(view.overview.editing());
    }

    @Test
    void aTooLongTitleIsCountedAndRefusedNotCut() {
        PlanView view = openForm();
        String title = "x".repeat(2000);
        view.overview.form.title.setValue(title);
        assertEquals(0, view.overview.form.title.getMaxLength(), "no browser maxlength: it cuts a paste silently");
        assertTrue(view.overview.form.title.getHelperText().replace('\u00a0', ' ').replace('\u202f', ' ').contains("2 000 / 300 teikn"),
                view.overview.form.title.getHelperText());
        assertTrue(view.overview.form.title.isInvalid(), "marked as the user types");
        view.overview.save.click();
        assertEquals(title, view.overview.form.title.getValue());
        assertTrue(view.overview.form.title.getErrorMessage().startsWith("For lang: høgst 300 teikn"), view.overview.form.title.getErrorMessage());
        assertEquals("Kommunedelplan for helse, sosial og omsorg", ui.f.plans().find(kdp.id()).orElseThrow().title());
    }

    @Test
    void theGoalAndProgramPanelsAreBuiltWhenTheirTabsOpen() {
        PlanView view = open();
        assertEquals(0, view.goalsHolder.getComponentCount());
        view.tabs.setSelectedIndex(2);
        assertInstanceOf(GoalsPanel.class, view.goalsHolder.getComponentAt(0));
        view.tabs.setSelectedIndex(3);
        assertInstanceOf(ProgramPanel.class, view.programHolder.getComponentAt(0));
    }

    @Test
    void deletingAfterConfirmingGoesBackToTheGrid() {
        Plan theme = ui.plan("ALV-DEMENS", PlanType.HANDLINGSPLAN, "Demensplan", 2022, 2026);
        PlanView view = PlansUi.open("plans/plan/" + theme.id(), PlanView.class);
        view.delete.click();
        ConfirmDialogKt._fireConfirm(view.confirm);
        assertTrue(ui.f.plans().find(theme.id()).isEmpty());
        LocatorJ._get(PlansView.class);
    }

    @Test
    void deletingAPlanOthersHangUnderIsRefusedWithTheReason() {
        PlanView view = PlansUi.open("plans/plan/" + kdp.parentId(), PlanView.class);
        view.delete.click();
        ConfirmDialogKt._fireConfirm(view.confirm);
        assertTrue(PlansUi.notifications().stream().anyMatch(n -> n.startsWith("Planen kan ikkje slettast: The plan has 1 plans under it")),
                PlansUi.notifications().toString());
        assertTrue(ui.f.plans().find(kdp.parentId()).isPresent());
    }

    @Test
    void anUnknownPlanSaysSo() {
        PlanView view = PlansUi.open("plans/plan/99999", PlanView.class);
        assertEquals("Fann ikkje planen", LocatorJ._get(view, H2.class).getText());
    }
}
