package no.planverk.volunteers.ui.internal.assignment;

import static no.planverk.volunteers.ui.internal.VolTexts.t;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.H4;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextField;
import no.planverk.ui.api.NumberInput;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import no.planverk.platform.api.InvalidInputException;
import no.planverk.platform.api.PlanverkException;
import no.planverk.volunteers.api.Assignment;
import no.planverk.volunteers.api.HoursDraft;
import no.planverk.volunteers.api.HoursEntry;
import no.planverk.volunteers.api.Placement;
import no.planverk.ui.api.CurrentUser;
import no.planverk.ui.api.Formats;
import no.planverk.volunteers.ui.internal.Errors;
import no.planverk.volunteers.ui.internal.Inputs;
import no.planverk.volunteers.ui.internal.Labels;
import no.planverk.volunteers.ui.internal.Services;
import no.planverk.volunteers.ui.internal.VolNav;

/**
 * The volunteers placed on an assignment (coordinators end placements) and their hours (coordinators and the unit's
 * contact log and delete them). Built only for users the service lets see the assignment's volunteers.
 */
public class TeamPanel extends VerticalLayout {

    private static final long serialVersionUID = 1L;
    private final transient Services s;
    private final boolean coordinator;
    private final transient Consumer<String> onEnded;
    final Grid<Placement> placements = new Grid<>();
    final Grid<HoursEntry> hours = new Grid<>();
    final ComboBox<Placement> who = new ComboBox<>(t("hours.volunteer"));
    final DatePicker date = Inputs.date(t("hours.date"));
    final TextField amount = NumberInput.decimal(t("hours.hours"), 0.25, 24);
    final Button log = new Button(t("hours.log"), VaadinIcon.CLOCK.create());
    final Paragraph total = new Paragraph();
    private Assignment assignment;
    private Map<Long, String> names;

    TeamPanel(Services s, Assignment assignment, Map<Long, String> names, boolean coordinator, Consumer<String> onEnded) {
        this.s = s;
        this.assignment = assignment;
        this.names = names;
        this.coordinator = coordinator;
        this.onEnded = onEnded;
        setPadding(false);
        configurePlacements();
        configureHours();
        HorizontalLayout form = new HorizontalLayout(who, date, amount, log);
        form.setAlignItems(FlexComponent.Alignment.BASELINE);
        form.getStyle().set("flex-wrap", "wrap");
        total.setId("planverk-assignment-hours-total");
        add(placements, new H4(t("assignment.hours")), new Paragraph(t("hours.help")), form, total, hours);
        refresh(assignment, names);
    }

    private void configurePlacements() {
        placements.setId("planverk-assignment-placements");
        placements.addComponentColumn(p -> name(p.volunteerId())).setHeader(t("placement.volunteer")).setKey("volunteer").setFlexGrow(2);
        placements.addColumn(p -> Formats.date(p.from())).setHeader(t("placement.from")).setKey("from").setAutoWidth(true);
        placements.addColumn(p -> p.to() == null ? t("placement.running") : Formats.date(p.to())).setHeader(t("placement.to"))
                .setKey("to").setAutoWidth(true);
        if (coordinator) {
            placements.addComponentColumn(this::endButton).setHeader("").setKey("end").setAutoWidth(true);
        }
        placements.setAllRowsVisible(true);
        placements.setEmptyStateText(t("placement.none"));
        placements.addThemeVariants(GridVariant.LUMO_COMPACT);
    }

    private void configureHours() {
        who.setId("planverk-assignment-hours-volunteer");
        who.setItemLabelGenerator(p -> nameText(p.volunteerId()));
        date.setId("planverk-assignment-hours-date");
        amount.setId("planverk-assignment-hours-amount");
        amount.setHelperText(t("hours.amount.help"));
        log.setId("planverk-assignment-hours-log");
        log.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        log.addClickListener(e -> logHours());
        hours.setId("planverk-assignment-hours");
        hours.addColumn(h -> Formats.date(h.date())).setHeader(t("hours.date")).setKey("date").setAutoWidth(true);
        hours.addColumn(h -> h.volunteerId() == null ? t("hours.erased") : nameText(h.volunteerId())).setHeader(t("placement.volunteer"))
                .setKey("volunteer").setFlexGrow(2);
        hours.addColumn(h -> Labels.hours(h.hours())).setHeader(t("hours.hours")).setKey("hours").setAutoWidth(true);
        hours.addColumn(HoursEntry::loggedBy).setHeader(t("hours.loggedBy")).setKey("by").setAutoWidth(true);
        hours.addComponentColumn(h -> {
            Button b = new Button(VaadinIcon.TRASH.create(), e -> confirmDelete(h));
            b.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_ERROR);
            b.getElement().setAttribute("aria-label", t("hours.delete", Formats.date(h.date())));
            return b;
        }).setHeader("").setKey("delete").setAutoWidth(true);
        hours.setAllRowsVisible(true);
        hours.setEmptyStateText(t("hours.none"));
        hours.addThemeVariants(GridVariant.LUMO_COMPACT);
    }

    private Component name(long volunteerId) {
        String n = names.get(volunteerId);
        return n == null ? new Span(t("volunteer.number", volunteerId)) : VolNav.link(VolNav.volunteer(volunteerId), n);
    }

    String nameText(long volunteerId) {
        return names.getOrDefault(volunteerId, t("volunteer.number", volunteerId));
    }

    private Component endButton(Placement p) {
        if (p.to() != null && p.to().isBefore(s.today().plusDays(1))) {
            return new Span();
        }
        Button b = new Button(t("placement.end"), e -> end(p));
        b.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        b.getElement().setAttribute("aria-label", t("placement.end.label", nameText(p.volunteerId())));
        return b;
    }

    void end(Placement p) {
        try {
            s.assignments().unassign(assignment.id(), p.volunteerId(), CurrentUser.require());
            onEnded.accept(nameText(p.volunteerId()));
        } catch (PlanverkException e) {
            Errors.show(e);
        }
    }

    void logHours() {
        date.setInvalid(false);
        who.setInvalid(false);
        if (!NumberInput.valid(amount)) {
            return;
        }
        if (who.getValue() == null || date.getValue() == null || NumberInput.doubleValue(amount) == null) {
            Errors.show(new InvalidInputException(t("hours.missing")));
            return;
        }
        try {
            HoursEntry e = s.hours().log(new HoursDraft(assignment.id(), who.getValue().volunteerId(), date.getValue(),
                    BigDecimal.valueOf(NumberInput.doubleValue(amount))), CurrentUser.require());
            Errors.success(t("hours.logged", Labels.hours(e.hours()), nameText(who.getValue().volunteerId()), Formats.date(e.date())));
            amount.clear();
            refresh(assignment, names);
        } catch (InvalidInputException e) {
            var field = switch (e.fieldErrors().keySet().stream().findFirst().orElse("")) {
                case "date" -> date;
                case "volunteerId" -> who;
                default -> null;
            };
            if (field == date) {
                date.setErrorMessage(t("hours.date.invalid"));
                date.setInvalid(true);
            } else if (field == who) {
                who.setErrorMessage(t("hours.volunteer.invalid"));
                who.setInvalid(true);
            } else {
                amount.setErrorMessage(t("hours.amount.invalid"));
                amount.setInvalid(true);
            }
        } catch (PlanverkException e) {
            Errors.show(e);
        }
    }

    private void confirmDelete(HoursEntry h) {
        com.vaadin.flow.component.confirmdialog.ConfirmDialog d = new com.vaadin.flow.component.confirmdialog.ConfirmDialog(
                t("hours.delete.title"), t("hours.delete.text", Labels.hours(h.hours()), Formats.date(h.date()),
                h.volunteerId() == null ? t("hours.erased") : nameText(h.volunteerId())), t("hours.delete.confirm"), e -> deleteHours(h));
        d.setCancelable(true);
        d.setCancelText(t("action.cancel"));
        d.setConfirmButtonTheme("error primary");
        d.open();
    }

    void deleteHours(HoursEntry h) {
        try {
            s.hours().delete(h.id(), CurrentUser.require());
            refresh(assignment, names);
        } catch (PlanverkException e) {
            Errors.show(e);
        }
    }

    void refresh(Assignment a, Map<Long, String> volunteerNames) {
        this.assignment = a;
        this.names = volunteerNames;
        List<Placement> ps = s.assignments().placements(a.id(), CurrentUser.require());
        placements.setItems(ps);
        who.setItems(ps);
        if (date.getValue() == null) {
            date.setValue(s.today());
        }
        date.setMax(s.today());
        List<HoursEntry> hs = s.hours().forAssignment(a.id(), CurrentUser.require()).stream()
                .sorted(java.util.Comparator.comparing(HoursEntry::date).reversed()).toList();
        hours.setItems(hs);
        total.setText(t("assignment.hours.total", Labels.hours(hs.stream().map(HoursEntry::hours).reduce(BigDecimal.ZERO, BigDecimal::add)),
                hs.size()));
    }
}
