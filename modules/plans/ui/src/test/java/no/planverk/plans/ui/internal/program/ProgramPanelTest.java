package no.planverk.plans.ui.internal.program;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.github.mvysny.kaributesting.v10.GridKt;
import com.github.mvysny.kaributesting.v10.MockVaadin;
import com.github.mvysny.kaributesting.v10.NotificationsKt;
import com.vaadin.flow.component.Svg;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.server.VaadinSession;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import no.planverk.plans.api.Plan;
import no.planverk.plans.api.PlanDraft;
import no.planverk.plans.api.PlanProgram;
import no.planverk.plans.api.PlanType;
import no.planverk.plans.core.internal.PlansFixture;
import no.planverk.plans.ui.internal.goals.GoalTexts;
import no.planverk.platform.api.Role;
import no.planverk.platform.api.UserContext;
import no.planverk.ui.api.Texts;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The planprogram panel on the real program service (Karibu-Testing, no browser). */
class ProgramPanelTest {

    private static final UserContext PLANNER = UserContext.of("planlegg", Role.PLANNER);
    private final PlansFixture f = PlansFixture.inMemory();
    private Plan plan;

    @BeforeEach
    void setUp() {
        MockVaadin.setup();
        UI.getCurrent().setLocale(Texts.NYNORSK);
        VaadinSession.getCurrent().setAttribute(UserContext.class, PLANNER);
        plan = f.plans().create(PlanDraft.of("ALV-KDP-HSO", PlanType.KOMMUNEDELPLAN, "KDP helse, sosial og omsorg", 2021, 2033),
                PLANNER);
    }

    @AfterEach
    void tearDown() {
        MockVaadin.tearDown();
        f.close();
    }

    private ProgramPanel panel() {
        ProgramPanel p = new ProgramPanel(plan, f.programs(), true);
        p.today = LocalDate.of(2025, 3, 10);
        UI.getCurrent().add(p);
        return p;
    }

    @SuppressWarnings("unchecked")
    private static <F> F field(ItemsEditor<?> editor, int index) {
        return (F) editor.fields.getChildren().toList().get(index);
    }

    @Test
    void theConsultationDatePickersSpeakNynorsk() {
        List<DatePicker> pickers = com.github.mvysny.kaributesting.v10.LocatorJ._find(panel(), DatePicker.class);
        assertFalse(pickers.isEmpty());
        for (DatePicker d : pickers) {
            assertEquals("I dag", d.getI18n().getToday(), d.getLabel());
            assertEquals("Avbryt", d.getI18n().getCancel(), d.getLabel());
            assertEquals("januar", d.getI18n().getMonthNames().get(0), d.getLabel());
        }
    }

    @Test
    void savesANewProgramAsAWhole() {
        ProgramPanel p = panel();
        assertEquals(GoalTexts.t("program.state.none"), p.state.getText());
        p.purpose.setValue("Planprogrammet skal gjere greie for planarbeidet.");
        TextField theme = field(p.themes, 0);
        theme.setValue("Aktiv omsorg");
        p.themes.add.click();
        theme.setValue("Digitalisering");
        p.themes.add.click();
        Select<String> kind = field(p.roles, 0);
        kind.setValue("steering");
        TextField roleName = field(p.roles, 1);
        roleName.setValue("Kommunedirektøren si leiargruppe");
        p.roles.add.click();
        TextField from = field(p.milestones, 0);
        TextField to = field(p.milestones, 1);
        TextField activity = field(p.milestones, 2);
        from.setValue("02.2025");
        to.setValue("04.2025");
        activity.setValue("Oppstart og varsel");
        p.milestones.add.click();
        from.setValue("2025-06");
        activity.setValue("Høyring av planprogram");
        p.milestones.add.click();
        TextField title = field(p.consultations, 0);
        DatePicker deadline = field(p.consultations, 2);
        title.setValue("Høyring av planprogrammet");
        deadline.setValue(LocalDate.of(2025, 3, 20));
        p.consultations.add.click();
        p.save.click();

        PlanProgram stored = f.programs().find(plan.id()).orElseThrow();
        assertEquals(List.of("Aktiv omsorg", "Digitalisering"), stored.themes());
        assertEquals(new PlanProgram.Role("steering", "Kommunedirektøren si leiargruppe", null), stored.roles().get(0));
        assertEquals(List.of(new PlanProgram.Milestone(YearMonth.of(2025, 2), YearMonth.of(2025, 4), "Oppstart og varsel"),
                new PlanProgram.Milestone(YearMonth.of(2025, 6), YearMonth.of(2025, 6), "Høyring av planprogram")),
                stored.milestones());
        assertEquals(GoalTexts.t("program.state.saved", stored.version()), p.state.getText());
        assertEquals("Styringsgruppe", GridKt._getFormatted(p.roles.grid, 0, "kind"));
        assertEquals("02.2025", GridKt._getFormatted(p.milestones.grid, 0, "from"));
        assertEquals("20.03.2025", GridKt._getFormatted(p.consultations.grid, 0, "deadline"));
        String svg = ((Svg) p.timeline.getChildren().findFirst().orElseThrow()).getElement().getProperty("innerHTML");
        assertEquals(2, svg.split("class=\"bar\"", -1).length - 1, "a bar per milestone");
        assertTrue(svg.contains("class=\"today\""), "today (10.03.2025) is inside the timeline");
        assertEquals("soon", GridKt._getCellComponent(p.consultations.grid, 0, "state").getElement()
                .getAttribute("data-state"), "a deadline ten days ahead is highlighted");

        p.purpose.setValue("Endra føremål");
        p.save.click();
        assertEquals("Endra føremål", f.programs().find(plan.id()).orElseThrow().purpose());
    }

    @Test
    void aStaleSaveIsReportedAndTheInputKept() {
        ProgramPanel p = panel();
        f.programs().save(new PlanProgram(plan.id(), "Lagra av nokon andre", List.of(), List.of(), List.of(), List.of(),
                List.of(), List.of(), 0), PLANNER);
        p.purpose.setValue("Mitt føremål");
        p.save.click();

        assertEquals(GoalTexts.t("program.stale"), p.problem.getText());
        assertEquals("Mitt føremål", p.purpose.getValue());
        assertEquals("Lagra av nokon andre", f.programs().find(plan.id()).orElseThrow().purpose());
        assertTrue(NotificationsKt.getNotifications().stream()
                .anyMatch(n -> GoalTexts.t("error.stale").equals(n.getElement().getProperty("text"))));

        p.reload.click();
        assertEquals("Lagra av nokon andre", p.purpose.getValue());
        p.purpose.setValue("Mitt føremål");
        p.save.click();
        assertEquals("Mitt føremål", f.programs().find(plan.id()).orElseThrow().purpose());
    }

    @Test
    void passedAndComingDeadlinesAreMarkedWithText() {
        LocalDate today = LocalDate.of(2025, 3, 10);
        assertEquals("passed", state(new PlanProgram.Consultation("a", null, LocalDate.of(2025, 3, 9)), today));
        assertEquals("soon", state(new PlanProgram.Consultation("b", null, LocalDate.of(2025, 3, 24)), today));
        assertEquals("open", state(new PlanProgram.Consultation("c", LocalDate.of(2025, 3, 1), LocalDate.of(2025, 3, 25)), today));
        assertEquals("upcoming", state(new PlanProgram.Consultation("d", LocalDate.of(2025, 4, 1), LocalDate.of(2025, 5, 1)), today));
        assertEquals("Frist i morgon", ProgramSections.deadlineState(new PlanProgram.Consultation("e", null,
                LocalDate.of(2025, 3, 11)), today).getElement().getText());
    }

    private static String state(PlanProgram.Consultation c, LocalDate today) {
        return ProgramSections.deadlineState(c, today).getElement().getAttribute("data-state");
    }

    @Test
    void aBadMonthIsMarkedOnTheFieldAndNothingAdded() {
        ProgramPanel p = panel();
        TextField from = field(p.milestones, 0);
        TextField activity = field(p.milestones, 2);
        from.setValue("mars");
        activity.setValue("Oppstart");
        p.milestones.add.click();
        assertTrue(from.isInvalid());
        assertEquals(List.of(), p.milestones.items());
        assertNotNull(p.timeline.getChildren().findFirst().orElse(null));
    }

    @Test
    void aReaderSeesTheProgramWithoutEditing() {
        f.programs().save(new PlanProgram(plan.id(), "Føremål", List.of("Tema"), List.of(), List.of(), List.of(), List.of(),
                List.of(), 0), PLANNER);
        VaadinSession.getCurrent().setAttribute(UserContext.class, UserContext.of("lesar", Role.READER));
        ProgramPanel p = new ProgramPanel(plan, f.programs(), false);
        UI.getCurrent().add(p);
        assertTrue(p.purpose.isReadOnly());
        assertFalse(p.save.isAttached());
        assertFalse(p.themes.add.isAttached());
        assertEquals(List.of("Tema"), p.themes.items());
    }
}
