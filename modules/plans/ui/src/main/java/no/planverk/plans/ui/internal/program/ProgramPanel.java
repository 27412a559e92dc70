package no.planverk.plans.ui.internal.program;

import static no.planverk.plans.ui.internal.goals.GoalTexts.t;

import com.vaadin.flow.component.Composite;
import com.vaadin.flow.component.Svg;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.H4;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextArea;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import no.planverk.plans.api.Plan;
import no.planverk.plans.api.PlanProgram;
import no.planverk.plans.api.PlanProgramService;
import no.planverk.plans.ui.internal.goals.Notices;
import no.planverk.platform.api.InvalidInputException;
import no.planverk.platform.api.PlanverkException;
import no.planverk.platform.api.StaleVersionException;
import no.planverk.ui.api.CurrentUser;
import no.planverk.ui.api.Formats;
import no.planverk.ui.api.ServerTexts;
import no.planverk.ui.api.Texts;

/**
 * The planprogram of a plan: purpose, themes, studies, the organisation of the work, milestones with a
 * timeline, participation and consultations. Editors change it and save it as a whole.
 */
public class ProgramPanel extends Composite<VerticalLayout> {

    private static final long serialVersionUID = 1L;

    private final Plan plan;
    private final transient PlanProgramService programs;
    final TextArea purpose = new TextArea(t("program.purpose"));
    final ItemsEditor<String> themes;
    final ItemsEditor<String> studies;
    final ItemsEditor<PlanProgram.Role> roles;
    final ItemsEditor<PlanProgram.Milestone> milestones;
    final ItemsEditor<PlanProgram.Participation> participation;
    final ItemsEditor<PlanProgram.Consultation> consultations;
    final Div timeline = new Div();
    final Span state = new Span();
    final Span problem = new Span();
    final Button save = new Button(t("program.save"), VaadinIcon.CHECK.create());
    final Button reload = new Button(t("program.reload"), VaadinIcon.REFRESH.create());
    LocalDate today = LocalDate.now(Formats.OSLO);
    private long version;

    public ProgramPanel(Plan plan, PlanProgramService programs, boolean canEdit) {
        this.plan = plan;
        this.programs = programs;
        themes = ProgramSections.texts(t("program.themes"), t("program.theme"), canEdit);
        studies = ProgramSections.texts(t("program.studies"), t("program.study"), canEdit);
        roles = ProgramSections.roles(canEdit);
        milestones = ProgramSections.milestones(canEdit);
        participation = ProgramSections.participation(canEdit);
        consultations = ProgramSections.consultations(canEdit, () -> today);
        milestones.addChangeListener(this::drawTimeline);
        purpose.setWidthFull();
        purpose.setMinHeight("8em");
        purpose.setReadOnly(!canEdit);
        problem.getElement().setAttribute("role", "alert");
        problem.getStyle().set("color", "var(--lumo-error-text-color, #b71c1c)").set("font-weight", "600");
        timeline.setId("planverk-program-timeline");
        timeline.getStyle().set("overflow-x", "auto").set("max-width", "100%");
        VerticalLayout root = getContent();
        root.setPadding(false);
        HorizontalLayout head = new HorizontalLayout(new H3(t("program.title")), state);
        head.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.BASELINE);
        root.add(head, problem, purpose, themes, studies, roles, milestones, new H4(t("program.timeline")), timeline,
                participation, consultations);
        if (canEdit) {
            save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
            save.addClickListener(e -> save());
            reload.addClickListener(e -> load());
            root.addComponentAtIndex(2, new HorizontalLayout(save, reload));
            root.add(bottomSave());
        }
        load();
    }

    private Button bottomSave() {
        Button again = new Button(t("program.save"), VaadinIcon.CHECK.create(), e -> save());
        again.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        return again;
    }

    /** Reads the stored program (or an empty one) into the fields. */
    void load() {
        Optional<PlanProgram> stored = programs.find(plan.id());
        fill(stored.orElseGet(() -> new PlanProgram(plan.id(), "", List.of(), List.of(), List.of(), List.of(), List.of(),
                List.of(), 0)));
        problem.setText("");
    }

    private void fill(PlanProgram p) {
        version = p.version();
        purpose.setValue(p.purpose() == null ? "" : p.purpose());
        purpose.setInvalid(false);
        themes.setItems(p.themes());
        studies.setItems(p.studies());
        roles.setItems(p.roles());
        milestones.setItems(p.milestones());
        participation.setItems(p.participation());
        consultations.setItems(p.consultations());
        state.setText(version == 0 ? t("program.state.none") : t("program.state.saved", version));
        drawTimeline();
    }

    PlanProgram current() {
        return new PlanProgram(plan.id(), purpose.getValue(), themes.items(), studies.items(), roles.items(),
                milestones.items(), participation.items(), consultations.items(), version);
    }

    void save() {
        problem.setText("");
        purpose.setInvalid(false);
        try {
            PlanProgram saved = programs.save(current(), CurrentUser.require());
            fill(saved);
            Notices.success(t("program.saved", plan.title()));
        } catch (InvalidInputException e) {
            showErrors(e);
        } catch (StaleVersionException e) {
            problem.setText(t("program.stale"));
            Notices.show(e);
        } catch (PlanverkException e) {
            problem.setText(Notices.message(e));
            Notices.show(e);
        }
    }

    private void showErrors(InvalidInputException e) {
        Map<String, ItemsEditor<?>> lists = Map.of("themes", themes, "studies", studies, "roles", roles,
                "milestones", milestones, "participation", participation, "consultations", consultations);
        e.fieldMessages().forEach((field, m) -> {
            String message = ServerTexts.of(m);
            if (field.equals("purpose")) {
                purpose.setErrorMessage(message);
                purpose.setInvalid(true);
            } else if (lists.containsKey(field)) {
                lists.get(field).showError(message);
            }
        });
        problem.setText(t("error.invalid", ServerTexts.of(e)));
        Notices.error(t("program.invalid"));
    }

    private void drawTimeline() {
        timeline.removeAll();
        String svg = Timeline.svg(milestones.items(), today, Texts.currentLocale());
        if (svg == null) {
            timeline.add(new Span(t("program.timeline.none")));
        } else {
            timeline.add(new Svg(svg));
        }
    }
}
