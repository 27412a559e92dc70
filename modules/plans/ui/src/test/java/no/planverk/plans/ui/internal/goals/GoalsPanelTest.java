package no.planverk.plans.ui.internal.goals;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.github.mvysny.kaributesting.v10.GridKt;
import com.github.mvysny.kaributesting.v10.NotificationsKt;
import com.github.mvysny.kaributesting.v10.pro.ConfirmDialogKt;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Span;
import java.util.List;
import java.util.Set;
import no.planverk.plans.api.Goal;
import no.planverk.plans.api.GoalDraft;
import no.planverk.plans.api.GoalLevel;
import no.planverk.plans.api.GoalNode;
import no.planverk.plans.api.Ownership;
import no.planverk.platform.api.Role;
import no.planverk.platform.api.UserContext;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** The goal table of a plan, on the real goal service (Karibu-Testing, no browser). */
class GoalsPanelTest {

    private final AlverGoals a = new AlverGoals();

    @AfterEach
    void close() {
        a.close();
    }

    private GoalsPanel panel(boolean canEdit) {
        GoalsPanel p = new GoalsPanel(a.kdp, a.f.goals(), a.f.indicators(), canEdit);
        UI.getCurrent().add(p);
        return p;
    }

    @Test
    void showsTheGoalTreeWithSdgsServedGoalAndOwnership() {
        GoalsPanel p = panel(true);
        assertEquals(2, GridKt._size(p.tree), "main goal and KDP goal 4.1, expanded");
        assertEquals(a.kdpMain, GridKt._get(p.tree, 0));
        assertEquals(a.g41, GridKt._get(p.tree, 1));
        assertEquals("Hovudmål", GridKt._getFormatted(p.tree, 0, "level"));
        Anchor serves = (Anchor) GridKt._getCellComponent(p.tree, 0, "serves");
        assertEquals("ALV-KPS Hovudmål 4", serves.getText());
        assertEquals("plans/thread?goal=" + a.hm4.id(), serves.getHref());
        Span sdgs = (Span) GridKt._getCellComponent(p.tree, 0, "sdgs");
        assertEquals("SDG 3SDG 11", sdgs.getElement().getTextRecursively());
        Span owner = (Span) GridKt._getCellComponent(p.tree, 1, "ownership");
        assertEquals("Denne planen", owner.getElement().getTextRecursively(), "colour comes with a text");
        assertFalse(p.indicators.isVisible(), "no goal selected, no indicators");
    }

    @Test
    void addsAChildGoalOneLevelDown() {
        GoalsPanel p = panel(true);
        p.tree.select(a.g41);
        assertTrue(p.addChild.isEnabled());
        p.addChild.click();
        assertTrue(p.form.isOpened());
        assertEquals(GoalLevel.SUB_GOAL, p.form.level.getValue());
        p.form.code.setValue("4.1.1");
        p.form.text.setValue("Vi skal førebyggje einsemd");
        p.form.sdgs.setValue(Set.of(3, 10));
        p.form.ownership.setValue(Ownership.SHARED);
        p.form.save.click();

        assertFalse(p.form.isOpened());
        List<GoalNode> tree = a.f.goals().tree(a.kdp.id());
        Goal child = tree.get(0).children().get(0).children().get(0).goal();
        assertEquals("4.1.1", child.code());
        assertEquals(List.of(3, 10), child.sdgs());
        assertEquals(Ownership.SHARED, child.ownership());
        assertEquals(3, GridKt._size(p.tree));
        assertEquals(child, p.tree.asSingleSelect().getValue(), "the new goal is selected");
        assertEquals("Delt med annan plan", ((Span) GridKt._getCellComponent(p.tree, 2, "ownership"))
                .getElement().getTextRecursively());
    }

    @Test
    void aServiceFieldErrorIsShownOnTheFieldAndTheInputStays() {
        GoalsPanel p = panel(true);
        p.tree.select(a.kdpMain);
        p.addChild.click();
        p.form.code.setValue("KDP mål 4.1");
        p.form.text.setValue("Eit mål med same kode");
        p.form.save.click();

        assertTrue(p.form.isOpened());
        assertTrue(p.form.code.isInvalid());
        assertTrue(p.form.code.getErrorMessage().contains("er alt brukt"), p.form.code.getErrorMessage());
        assertEquals("Eit mål med same kode", p.form.text.getValue());
        assertEquals(1, a.f.goals().tree(a.kdp.id()).get(0).children().size());
    }

    @Test
    void anEmptyTextIsRefusedBeforeTheService() {
        GoalsPanel p = panel(true);
        p.addMain.click();
        p.form.save.click();
        assertTrue(p.form.text.isInvalid());
        assertEquals("Skriv kva målet er", p.form.text.getErrorMessage());
        assertEquals(1, a.f.goals().tree(a.kdp.id()).size());
    }

    @Test
    void aStaleEditIsReportedAndTheInputKept() {
        GoalsPanel p = panel(true);
        p.tree.select(a.g41);
        p.edit.click();
        Goal other = a.f.goals().update(a.g41.id(), a.g41.version(), new GoalDraft(a.kdp.id(), a.kdpMain.id(), GoalLevel.GOAL,
                "KDP mål 4.1", "Endra av nokon andre", List.of(), null, Ownership.THIS_PLAN, 0), AlverGoals.PLANNER);
        p.form.text.setValue("Mi endring");
        p.form.save.click();

        assertTrue(p.form.isOpened());
        assertEquals(GoalTexts.t("error.stale"), p.form.problem.getText());
        assertEquals("Mi endring", p.form.text.getValue());
        assertEquals(other.text(), a.f.goals().find(a.g41.id()).orElseThrow().text());
    }

    @Test
    void deletingAGoalOthersServeShowsTheRefusal() {
        GoalsPanel p = panel(true);
        p.tree.select(a.g41);
        p.delete.click();
        ConfirmDialogKt._fireConfirm(p.confirm);
        List<String> texts = NotificationsKt.getNotifications().stream().map(n -> n.getElement().getProperty("text")).toList();
        assertTrue(texts.stream().anyMatch(t -> t.startsWith("Målet kan ikkje slettast") && t.contains("unlink")), texts.toString());
        assertTrue(a.f.goals().find(a.g41.id()).isPresent());
    }

    @Test
    void aReaderSeesTheTreeButNoEditing() {
        AlverGoals.signIn(UserContext.of("lesar", Role.READER));
        GoalsPanel p = panel(false);
        assertEquals(2, GridKt._size(p.tree));
        assertFalse(p.addMain.isAttached());
        p.tree.select(a.g41);
        assertEquals("plans/thread?goal=" + a.g41.id(), p.thread.getHref());
        assertTrue(p.indicators.isVisible());
        assertFalse(p.indicators.add.isAttached());
    }
}
