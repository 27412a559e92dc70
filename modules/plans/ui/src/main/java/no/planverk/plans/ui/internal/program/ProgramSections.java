package no.planverk.plans.ui.internal.program;

import static no.planverk.plans.ui.internal.goals.GoalTexts.t;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.function.SerializableSupplier;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.temporal.ChronoUnit;
import java.util.List;
import no.planverk.plans.api.PlanProgram;
import no.planverk.plans.api.PlanProgram.Consultation;
import no.planverk.plans.api.PlanProgram.Milestone;
import no.planverk.plans.api.PlanProgram.Participation;
import no.planverk.plans.ui.internal.goals.Marks;
import no.planverk.ui.api.Formats;
import no.planverk.ui.api.Pickers;

/** The list editors of the planprogram: their fields, columns and checks. */
final class ProgramSections {

    static final List<String> ROLE_KINDS = List.of("steering", "working", "reference", "other");
    static final int SOON_DAYS = 14;

    private ProgramSections() {
    }

    static ItemsEditor<String> texts(String heading, String label, boolean canEdit) {
        TextField field = new TextField(label);
        field.setWidth("30em");
        ItemsEditor<String> editor = new ItemsEditor<>(heading, canEdit, row(field),
                () -> required(field) ? field.getValue().strip() : null, v -> reset(field, v));
        editor.column(v -> v, label).setKey("text");
        return editor;
    }

    static ItemsEditor<PlanProgram.Role> roles(boolean canEdit) {
        Select<String> kind = new Select<>();
        kind.setLabel(t("program.role.kind"));
        kind.setItems(ROLE_KINDS);
        kind.setItemLabelGenerator(ProgramSections::roleKind);
        kind.setValue("working");
        TextField name = new TextField(t("program.role.name"));
        TextField members = new TextField(t("program.role.members"));
        members.setWidth("24em");
        ItemsEditor<PlanProgram.Role> editor = new ItemsEditor<>(t("program.roles"), canEdit, row(kind, name, members),
                () -> required(name) ? new PlanProgram.Role(kind.getValue(), name.getValue().strip(), members.getValue()) : null,
                r -> {
                    kind.setValue(r == null || !ROLE_KINDS.contains(r.kind()) ? "working" : r.kind());
                    reset(name, r == null ? null : r.name());
                    reset(members, r == null ? null : r.members());
                });
        editor.column(r -> roleKind(r.kind()), t("program.role.kind")).setKey("kind").setAutoWidth(true).setFlexGrow(0);
        editor.column(PlanProgram.Role::name, t("program.role.name")).setKey("name").setFlexGrow(1);
        editor.column(r -> r.members() == null ? "" : r.members(), t("program.role.members")).setKey("members").setFlexGrow(2);
        return editor;
    }

    static String roleKind(String kind) {
        return t("role." + (kind == null || !ROLE_KINDS.contains(kind) ? "other" : kind));
    }

    static ItemsEditor<Milestone> milestones(boolean canEdit) {
        TextField from = month(t("program.milestone.from"));
        TextField to = month(t("program.milestone.to"));
        to.setHelperText(t("program.milestone.to.help"));
        TextField activity = new TextField(t("program.milestone.activity"));
        activity.setWidth("24em");
        ItemsEditor<Milestone> editor = new ItemsEditor<>(t("program.milestones"), canEdit, row(from, to, activity), () -> {
            YearMonth start = readMonth(from, true);
            YearMonth end = readMonth(to, false);
            boolean ok = required(activity) & start != null & (end != null || to.getValue().isBlank());
            if (ok && end != null && end.isBefore(start)) {
                mark(to, t("program.milestone.endBeforeStart"));
                ok = false;
            }
            return ok ? new Milestone(start, end == null ? start : end, activity.getValue().strip()) : null;
        }, m -> {
            reset(from, m == null ? null : Months.format(m.from()));
            reset(to, m == null ? null : Months.format(m.to()));
            reset(activity, m == null ? null : m.activity());
        });
        editor.column(m -> Months.format(m.from()), t("program.milestone.from")).setKey("from").setAutoWidth(true).setFlexGrow(0);
        editor.column(m -> Months.format(m.to()), t("program.milestone.to")).setKey("to").setAutoWidth(true).setFlexGrow(0);
        editor.column(Milestone::activity, t("program.milestone.activity")).setKey("activity").setFlexGrow(1);
        return editor;
    }

    static ItemsEditor<Participation> participation(boolean canEdit) {
        TextField activity = new TextField(t("program.participation.activity"));
        TextField audience = new TextField(t("program.participation.audience"));
        TextField when = new TextField(t("program.participation.when"));
        activity.setWidth("20em");
        ItemsEditor<Participation> editor = new ItemsEditor<>(t("program.participation"), canEdit, row(activity, audience, when),
                () -> required(activity) ? new Participation(activity.getValue().strip(), audience.getValue(), when.getValue())
                        : null,
                p -> {
                    reset(activity, p == null ? null : p.activity());
                    reset(audience, p == null ? null : p.audience());
                    reset(when, p == null ? null : p.when());
                });
        editor.column(Participation::activity, t("program.participation.activity")).setKey("activity").setFlexGrow(2);
        editor.column(p -> p.audience() == null ? "" : p.audience(), t("program.participation.audience")).setKey("audience").setFlexGrow(1);
        editor.column(p -> p.when() == null ? "" : p.when(), t("program.participation.when")).setKey("when").setFlexGrow(1);
        return editor;
    }

    static ItemsEditor<Consultation> consultations(boolean canEdit, SerializableSupplier<LocalDate> today) {
        TextField title = new TextField(t("program.consultation.title"));
        title.setWidth("20em");
        DatePicker from = date(t("program.consultation.from"));
        DatePicker deadline = date(t("program.consultation.deadline"));
        deadline.setRequiredIndicatorVisible(true);
        ItemsEditor<Consultation> editor = new ItemsEditor<>(t("program.consultations"), canEdit, row(title, from, deadline), () -> {
            boolean ok = required(title);
            if (deadline.getValue() == null) {
                mark(deadline, t("error.required"));
                ok = false;
            } else if (from.getValue() != null && deadline.getValue().isBefore(from.getValue())) {
                mark(deadline, t("program.consultation.deadlineBeforeStart"));
                ok = false;
            }
            return ok ? new Consultation(title.getValue().strip(), from.getValue(), deadline.getValue()) : null;
        }, c -> {
            reset(title, c == null ? null : c.title());
            from.setValue(c == null ? null : c.from());
            deadline.setValue(c == null ? null : c.deadline());
            deadline.setInvalid(false);
        });
        editor.column(Consultation::title, t("program.consultation.title")).setKey("title").setFlexGrow(2);
        editor.column(c -> Formats.date(c.from()), t("program.consultation.from")).setKey("from").setAutoWidth(true).setFlexGrow(0);
        editor.column(c -> Formats.date(c.deadline()), t("program.consultation.deadline")).setKey("deadline").setAutoWidth(true).setFlexGrow(0);
        editor.componentColumn(c -> deadlineState(c, today.get()), t("program.consultation.state")).setKey("state").setAutoWidth(true)
                .setFlexGrow(0);
        return editor;
    }

    /** Passed, due within {@value #SOON_DAYS} days, not open yet, or open, as a badge with text. */
    static Component deadlineState(Consultation c, LocalDate today) {
        if (c.deadline() == null) {
            return new Span();
        }
        long days = ChronoUnit.DAYS.between(today, c.deadline());
        Span badge;
        if (days < 0) {
            badge = Marks.badge(t("program.consultation.passed"), "error");
            badge.getElement().setAttribute("data-state", "passed");
        } else if (days <= SOON_DAYS) {
            badge = Marks.badge(t("program.consultation.soon", days), "warning");
            badge.getElement().setAttribute("data-state", "soon");
        } else if (c.from() != null && c.from().isAfter(today)) {
            badge = Marks.badge(t("program.consultation.upcoming", Formats.date(c.from())), "contrast");
            badge.getElement().setAttribute("data-state", "upcoming");
        } else {
            badge = Marks.badge(t("program.consultation.open"), "success");
            badge.getElement().setAttribute("data-state", "open");
        }
        return badge;
    }

    private static HorizontalLayout row(Component... fields) {
        HorizontalLayout row = new HorizontalLayout(fields);
        row.getStyle().set("flex-wrap", "wrap");
        return row;
    }

    private static TextField month(String label) {
        TextField f = new TextField(label);
        f.setPlaceholder(t("program.month.placeholder"));
        f.setWidth("9em");
        return f;
    }

    private static YearMonth readMonth(TextField field, boolean required) {
        field.setInvalid(false);
        if (field.getValue().isBlank()) {
            if (required) {
                mark(field, t("error.required"));
            }
            return null;
        }
        YearMonth m = Months.parse(field.getValue()).orElse(null);
        if (m == null) {
            mark(field, t("program.month.invalid"));
        }
        return m;
    }

    private static DatePicker date(String label) {
        return Pickers.date(label);
    }

    private static boolean required(TextField field) {
        if (field.getValue().isBlank()) {
            mark(field, t("error.required"));
            return false;
        }
        field.setInvalid(false);
        return true;
    }

    private static void mark(HasValidation field, String message) {
        field.setErrorMessage(message);
        field.setInvalid(true);
    }

    private static void reset(TextField field, String value) {
        field.setValue(value == null ? "" : value);
        field.setInvalid(false);
    }
}
