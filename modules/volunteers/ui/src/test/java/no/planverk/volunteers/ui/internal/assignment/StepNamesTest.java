package no.planverk.volunteers.ui.internal.assignment;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.github.mvysny.kaributesting.v10.GridKt;
import com.github.mvysny.kaributesting.v10.LocatorJ;
import com.vaadin.flow.component.checkbox.CheckboxGroup;
import com.vaadin.flow.component.html.ListItem;
import java.util.List;
import no.planverk.volunteers.api.Assignment;
import no.planverk.volunteers.api.StepLabel;
import no.planverk.volunteers.api.VolunteerDraft;
import no.planverk.volunteers.ui.internal.VolNav;
import no.planverk.volunteers.ui.internal.VolunteersUi;
import no.planverk.volunteers.ui.internal.volunteer.VolunteerView;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * The steps 1..4 in the assignment list, its filter, the assignment form and page and the volunteer form: named from
 * the forecasting module's staircase when it is installed, "Trinn 2" without it.
 */
class StepNamesTest {

    private final VolunteersUi ui = new VolunteersUi();

    @AfterEach
    void close() {
        ui.close();
    }

    private void staircase() {
        ui.f.stepDirectory(() -> List.of(new StepLabel(1, List.of("Informasjon og sjølvhjelp")),
                new StepLabel(2, List.of("Sunt liv, læring og meistring", "Dagtilbod, arbeid og aktivitet"))));
    }

    @Test
    void withoutTheForecastingModuleTheStepsArePlain() {
        Assignment walks = ui.walks(1);
        AssignmentsView list = VolunteersUi.open(VolNav.ASSIGNMENTS, AssignmentsView.class);
        assertEquals("Trinn 2", GridKt._getFormatted(list.grid, 0, "step"));
        assertEquals("Trinn 3", list.step.getItemLabelGenerator().apply(3));
        list.create.click();
        AssignmentDialog d = LocatorJ._get(AssignmentDialog.class);
        assertEquals("Trinn 1", d.step.getItemLabelGenerator().apply(1));
        assertEquals("Trinn i aktivitets- og meistringstrappa", d.step.getHelperText());
        d.close();
        VolunteersUi.open("volunteers/assignment/" + walks.id(), AssignmentView.class);
        assertTrue(LocatorJ._find(ListItem.class).stream().anyMatch(li -> li.getText().equals("Trinn: Trinn 2")));
    }

    @Test
    void withTheStaircaseTheListFormPageAndVolunteerFormNameTheSteps() {
        staircase();
        Assignment walks = ui.walks(1);
        AssignmentsView list = VolunteersUi.open(VolNav.ASSIGNMENTS, AssignmentsView.class);
        assertEquals("Trinn 2: Sunt liv, læring og meistring, Dagtilbod, arbeid og aktivitet", GridKt._getFormatted(list.grid, 0, "step"));
        assertEquals("Trinn 1: Informasjon og sjølvhjelp", list.step.getItemLabelGenerator().apply(1));
        assertEquals("Trinn 3", list.step.getItemLabelGenerator().apply(3), "a category with no steps in the staircase stays plain");

        list.create.click();
        AssignmentDialog d = LocatorJ._get(AssignmentDialog.class);
        assertEquals("Trinn 1: Informasjon og sjølvhjelp", d.step.getItemLabelGenerator().apply(1));
        assertTrue(d.step.getHelperText().contains("Prognosar → Aktivitets- og meistringstrappa"), d.step.getHelperText());
        d.close();

        VolunteersUi.open("volunteers/assignment/" + walks.id(), AssignmentView.class);
        assertTrue(LocatorJ._find(ListItem.class).stream()
                .anyMatch(li -> li.getText().equals("Trinn: Trinn 2: Sunt liv, læring og meistring, Dagtilbod, arbeid og aktivitet")));

        long id = ui.f.volunteers().create(VolunteerDraft.of("Siri Søkjarsen"), VolunteersUi.COORDINATOR).id();
        VolunteerView profile = VolunteersUi.open("volunteers/volunteer/" + id, VolunteerView.class);
        CheckboxGroup<?> steps = LocatorJ._get(profile, CheckboxGroup.class, s -> s.withLabel("Ønskte trinn i aktivitets- og meistringstrappa"));
        assertEquals("Trinn 1: Informasjon og sjølvhjelp", label(steps, 1));
    }

    @SuppressWarnings("unchecked")
    private static String label(CheckboxGroup<?> steps, int step) {
        return ((CheckboxGroup<Integer>) steps).getItemLabelGenerator().apply(step);
    }
}
