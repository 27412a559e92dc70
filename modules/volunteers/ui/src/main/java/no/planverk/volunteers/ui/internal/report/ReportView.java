package no.planverk.volunteers.ui.internal.report;

import static no.planverk.volunteers.ui.internal.VolTexts.t;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.AttachmentType;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.H4;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextField;
import no.planverk.ui.api.NumberInput;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.server.streams.DownloadHandler;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import no.planverk.platform.api.OrgUnit;
import no.planverk.platform.api.PlanverkException;
import no.planverk.volunteers.api.EffortReport;
import no.planverk.volunteers.api.Reminder;
import no.planverk.ui.api.CurrentUser;
import no.planverk.ui.api.Formats;
import no.planverk.volunteers.ui.internal.Errors;
import no.planverk.volunteers.ui.internal.Inputs;
import no.planverk.volunteers.ui.internal.Labels;
import no.planverk.volunteers.ui.internal.Services;
import no.planverk.volunteers.ui.internal.StepNames;
import no.planverk.volunteers.ui.internal.VolNav;

/**
 * Volunteer effort at {@code volunteers/report}: hours, entries and volunteers for a period (a year by default) and a
 * unit, per unit, organisation, step and month, as CSV too (no names: open to every role); for coordinators the
 * reminders (certificates expiring, volunteers without an assignment).
 */
public class ReportView extends VerticalLayout implements HasDynamicTitle {

    private static final long serialVersionUID = 1L;
    private final transient Services s;
    final TextField year = NumberInput.integer(t("report.year"), 2000, 2200);
    final DatePicker from = Inputs.date(t("report.from"));
    final DatePicker to = Inputs.date(t("report.to"));
    final ComboBox<OrgUnit> unit = new ComboBox<>(t("report.unit"));
    final Paragraph summary = new Paragraph();
    final Grid<EffortReport.Total> byUnit = totals("unit");
    final Grid<EffortReport.Total> byOrganisation = totals("organisation");
    final Grid<EffortReport.Total> byStep = totals("step");
    final Grid<EffortReport.Total> byMonth = totals("month");
    final Anchor csv = new Anchor();
    final TextField days = NumberInput.integer(t("reminders.days"), 0, 365);
    final TextField months = NumberInput.integer(t("reminders.months"), 1, 60);
    final Grid<Reminder> reminders = new Grid<>();
    private EffortReport report;

    public ReportView(Services services) {
        this.s = services;
        setWidthFull();
        int thisYear = s.today().getYear();
        year.setId("planverk-report-year");
        year.setValue(String.valueOf(thisYear));
        year.addValueChangeListener(e -> {
            if (NumberInput.valid(year) && NumberInput.intValue(year) != null) {
                from.setValue(LocalDate.of(NumberInput.intValue(year), 1, 1));
                to.setValue(LocalDate.of(NumberInput.intValue(year), 12, 31));
            }
        });
        from.setId("planverk-report-from");
        to.setId("planverk-report-to");
        from.setValue(LocalDate.of(thisYear, 1, 1));
        to.setValue(LocalDate.of(thisYear, 12, 31));
        unit.setId("planverk-report-unit");
        unit.setItems(s.units().list());
        unit.setItemLabelGenerator(OrgUnit::name);
        unit.setClearButtonVisible(true);
        unit.setPlaceholder(t("assignments.allUnits"));
        from.addValueChangeListener(e -> refresh());
        to.addValueChangeListener(e -> refresh());
        unit.addValueChangeListener(e -> refresh());
        HorizontalLayout bar = new HorizontalLayout(year, from, to, unit);
        bar.setAlignItems(FlexComponent.Alignment.BASELINE);
        bar.getStyle().set("flex-wrap", "wrap");
        summary.setId("planverk-report-summary");
        csv.setId("planverk-report-csv");
        csv.setText(t("report.csv"));
        Div tables = new Div(box("report.byUnit", byUnit), box("report.byOrganisation", byOrganisation), box("report.byStep", byStep),
                box("report.byMonth", byMonth));
        tables.getStyle().set("display", "grid").set("grid-template-columns", "repeat(auto-fit, minmax(22em, 1fr))")
                .set("gap", "var(--lumo-space-m, 1rem)").set("width", "100%");
        add(VolNav.bar(VolNav.REPORT), new H2(t("report.title")), new Paragraph(t("report.help")), bar, summary, csv, tables);
        refresh();
        if (VolNav.coordinator()) {
            add(reminderSection());
        }
    }

    private static Grid<EffortReport.Total> totals(String kind) {
        Grid<EffortReport.Total> g = new Grid<>();
        g.setId("planverk-report-" + kind);
        g.addColumn(EffortReport.Total::name).setHeader(t("report.col." + kind)).setKey("name").setFlexGrow(2);
        g.addColumn(x -> Labels.hours(x.hours())).setHeader(t("report.hours")).setKey("hours").setAutoWidth(true)
                .setTextAlign(com.vaadin.flow.component.grid.ColumnTextAlign.END);
        g.addColumn(x -> Formats.integer(x.entries())).setHeader(t("report.entries")).setKey("entries").setAutoWidth(true)
                .setTextAlign(com.vaadin.flow.component.grid.ColumnTextAlign.END);
        g.setAllRowsVisible(true);
        g.addThemeVariants(GridVariant.LUMO_COMPACT, GridVariant.LUMO_ROW_STRIPES, GridVariant.LUMO_WRAP_CELL_CONTENT);
        g.setEmptyStateText(t("report.empty"));
        return g;
    }

    private static VerticalLayout box(String key, Grid<?> grid) {
        VerticalLayout b = new VerticalLayout(new H4(t(key)), grid);
        b.setPadding(false);
        return b;
    }

    void refresh() {
        if (from.getValue() == null || to.getValue() == null) {
            return;
        }
        try {
            report = s.hours().report(from.getValue(), to.getValue(), unit.getValue() == null ? null : unit.getValue().id());
        } catch (PlanverkException e) {
            summary.setText(Errors.message(e));
            return;
        }
        summary.setText(t("report.summary", Formats.date(report.from()), Formats.date(report.to()), Labels.hours(report.hours()),
                report.entries(), report.volunteers()));
        byUnit.setItems(report.byUnit());
        byOrganisation.setItems(report.byOrganisation().stream().map(x -> "none".equals(x.key())
                ? new EffortReport.Total(x.key(), t("report.noOrganisation"), x.hours(), x.entries()) : x).toList());
        StepNames steps = StepNames.of(s);
        byStep.setItems(report.byStep().stream().map(x -> new EffortReport.Total(x.key(), step(steps, x), x.hours(), x.entries())).toList());
        byMonth.setItems(report.byMonth().stream().map(x -> new EffortReport.Total(x.key(), month(x.key()), x.hours(), x.entries())).toList());
        EffortReport r = report;
        csv.setHref(download("frivillig-innsats-" + r.from() + "-" + r.to() + ".csv", () -> ReportCsv.write(r, x -> step(steps, x), ReportView::month)),
                AttachmentType.DOWNLOAD);
    }

    private static String step(StepNames steps, EffortReport.Total x) {
        try {
            return steps.label(Integer.parseInt(x.key()));
        } catch (NumberFormatException e) {
            return x.name();
        }
    }

    static String month(String key) {
        try {
            java.time.YearMonth m = java.time.YearMonth.parse(key);
            return t("month." + m.getMonthValue()) + " " + m.getYear();
        } catch (java.time.format.DateTimeParseException e) {
            return key;
        }
    }

    private static DownloadHandler download(String fileName, java.util.function.Supplier<String> content) {
        return event -> {
            byte[] bytes = ("\uFEFF" + content.get()).getBytes(StandardCharsets.UTF_8);
            event.setFileName(fileName);
            event.setContentType("text/csv; charset=UTF-8");
            event.setContentLength(bytes.length);
            event.getOutputStream().write(bytes);
        };
    }

    private VerticalLayout reminderSection() {
        days.setId("planverk-reminders-days");
        days.setValue("30");
        months.setId("planverk-reminders-months");
        months.setValue("6");
        Button show = new Button(t("reminders.show"), e -> refreshReminders());
        HorizontalLayout bar = new HorizontalLayout(days, months, show);
        bar.setAlignItems(FlexComponent.Alignment.BASELINE);
        reminders.setId("planverk-reminders");
        reminders.addComponentColumn(r -> VolNav.link(VolNav.volunteer(r.volunteerId()), r.name())).setHeader(t("placement.volunteer"))
                .setKey("name").setFlexGrow(2);
        reminders.addComponentColumn(r -> Labels.warning(Labels.reminder(r), r.kind() == Reminder.Kind.CERTIFICATE_EXPIRED))
                .setHeader(t("reminders.what")).setKey("what").setFlexGrow(3);
        reminders.setAllRowsVisible(true);
        reminders.setEmptyStateText(t("reminders.empty"));
        reminders.addThemeVariants(GridVariant.LUMO_COMPACT, GridVariant.LUMO_WRAP_CELL_CONTENT);
        refreshReminders();
        VerticalLayout box = new VerticalLayout(new H3(t("reminders.title")), new Paragraph(t("reminders.help")), bar, reminders);
        box.setPadding(false);
        return box;
    }

    void refreshReminders() {
        if (!NumberInput.valid(days) || !NumberInput.valid(months) || NumberInput.intValue(days) == null
                || NumberInput.intValue(months) == null) {
            return;
        }
        try {
            List<Reminder> rs = s.volunteers().reminders(NumberInput.intValue(days), NumberInput.intValue(months), CurrentUser.require());
            reminders.setItems(rs);
        } catch (PlanverkException e) {
            Errors.show(e);
        }
    }

    EffortReport report() {
        return report;
    }

    @Override
    public String getPageTitle() {
        return t("report.title") + " – Planverk";
    }
}
