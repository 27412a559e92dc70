package no.planverk.volunteers.ui.internal.calendar;

import static no.planverk.volunteers.ui.internal.VolTexts.t;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.HasDynamicTitle;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import no.planverk.platform.api.OrgUnit;
import no.planverk.volunteers.api.Assignment;
import no.planverk.volunteers.api.AssignmentQuery;
import no.planverk.volunteers.ui.internal.Labels;
import no.planverk.volunteers.ui.internal.Services;
import no.planverk.volunteers.ui.internal.VolNav;

/**
 * A month of assignments at {@code volunteers/calendar}, for one unit (with the units below it) or the whole
 * municipality: a CSS grid of weeks, Monday first, each day with its assignments by time ({@code Schedule.occurrences}).
 */
public class CalendarView extends VerticalLayout implements HasDynamicTitle {

    private static final long serialVersionUID = 1L;
    private final transient Services s;
    final ComboBox<OrgUnit> unit = new ComboBox<>(t("calendar.unit"));
    final Button previous = new Button(VaadinIcon.ANGLE_LEFT.create());
    final Button next = new Button(VaadinIcon.ANGLE_RIGHT.create());
    final Button today = new Button(t("calendar.today"));
    final H3 month = new H3();
    final Div grid = new Div();
    final Paragraph count = new Paragraph();
    private YearMonth shown;

    public CalendarView(Services services) {
        this.s = services;
        this.shown = YearMonth.from(s.today());
        setWidthFull();
        unit.setId("planverk-calendar-unit");
        unit.setItems(s.units().list());
        unit.setItemLabelGenerator(OrgUnit::name);
        unit.setClearButtonVisible(true);
        unit.setPlaceholder(t("calendar.municipality"));
        unit.addValueChangeListener(e -> refresh());
        previous.setId("planverk-calendar-previous");
        previous.getElement().setAttribute("aria-label", t("calendar.previous"));
        previous.addClickListener(e -> move(-1));
        next.setId("planverk-calendar-next");
        next.getElement().setAttribute("aria-label", t("calendar.next"));
        next.addClickListener(e -> move(1));
        today.addClickListener(e -> {
            shown = YearMonth.from(s.today());
            refresh();
        });
        for (Button b : List.of(previous, next, today)) {
            b.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        }
        month.setId("planverk-calendar-month");
        month.getStyle().set("margin", "0").set("min-width", "10em");
        HorizontalLayout bar = new HorizontalLayout(unit, previous, month, next, today);
        bar.setAlignItems(FlexComponent.Alignment.BASELINE);
        bar.getStyle().set("flex-wrap", "wrap");
        grid.setId("planverk-calendar-grid");
        grid.getStyle().set("display", "grid").set("grid-template-columns", "repeat(7, minmax(0, 1fr))").set("gap", "1px")
                .set("background", "var(--lumo-contrast-10pct, #ddd)").set("border", "1px solid var(--lumo-contrast-10pct, #ddd)")
                .set("width", "100%");
        grid.getElement().setAttribute("role", "table");
        count.setId("planverk-calendar-count");
        add(VolNav.bar(VolNav.CALENDAR), new H2(t("calendar.title")), bar, count, new Paragraph(t("calendar.legend")), grid);
        refresh();
    }

    void move(int months) {
        shown = shown.plusMonths(months);
        refresh();
    }

    void refresh() {
        month.setText(t("month." + shown.getMonthValue()) + " " + shown.getYear());
        LocalDate first = shown.atDay(1);
        LocalDate last = shown.atEndOfMonth();
        Map<LocalDate, List<Assignment>> byDay = new TreeMap<>();
        List<Assignment> all = s.assignments().list(new AssignmentQuery(unit.getValue() == null ? null : unit.getValue().id(), false, null));
        int occurrences = 0;
        for (Assignment a : all) {
            for (LocalDate d : a.schedule().occurrences(first, last)) {
                byDay.computeIfAbsent(d, k -> new ArrayList<>()).add(a);
                occurrences++;
            }
        }
        count.setText(t("calendar.count", occurrences, byDay.values().stream().flatMap(List::stream).distinct().count()));
        grid.removeAll();
        // rows as ARIA requires them (table > row > columnheader/cell), laid out by the grid through display: contents
        Div header = row();
        for (DayOfWeek d : DayOfWeek.values()) {
            Div head = cell();
            head.setText(Labels.day(d));
            head.getStyle().set("font-weight", "600").set("min-height", "auto");
            head.getElement().setAttribute("role", "columnheader");
            header.add(head);
        }
        grid.add(header);
        List<Div> days = new ArrayList<>();
        for (int i = 1; i < first.getDayOfWeek().getValue(); i++) {
            Div blank = cell();
            blank.getElement().setAttribute("role", "cell");
            days.add(blank);
        }
        for (LocalDate d = first; !d.isAfter(last); d = d.plusDays(1)) {
            days.add(day(d, byDay.getOrDefault(d, List.of())));
        }
        for (int i = 0; i < days.size(); i += 7) {
            Div week = row();
            days.subList(i, Math.min(i + 7, days.size())).forEach(week::add);
            grid.add(week);
        }
    }

    private static Div row() {
        Div row = new Div();
        row.getElement().setAttribute("role", "row");
        row.getStyle().set("display", "contents");
        return row;
    }

    private Div day(LocalDate d, List<Assignment> assignments) {
        Div cell = cell();
        cell.getElement().setAttribute("data-date", d.toString());
        cell.getElement().setAttribute("role", "cell");
        Span number = new Span(String.valueOf(d.getDayOfMonth()));
        number.getStyle().set("font-weight", "600");
        if (d.equals(s.today())) {
            number.getElement().getThemeList().add("badge");
            number.getElement().getThemeList().add("primary");
            number.getElement().setAttribute("aria-current", "date");
        }
        cell.add(number);
        assignments.stream().sorted(Comparator.comparing((Assignment a) -> a.schedule().from()).thenComparing(Assignment::title))
                .forEach(a -> {
                    Div line = new Div(VolNav.link(VolNav.assignment(a.id()), a.schedule().from() + " " + a.title()));
                    line.add(new Span(" " + t("calendar.filled", a.filled(), a.needed())));
                    line.getStyle().set("font-size", "var(--lumo-font-size-s, 0.875rem)").set("overflow-wrap", "anywhere");
                    if (a.filled() < a.needed()) {
                        line.getStyle().set("border-left", "3px solid var(--lumo-error-color, #c62828)").set("padding-left", "2px");
                    }
                    cell.add(line);
                });
        return cell;
    }

    private static Div cell() {
        Div c = new Div();
        c.getStyle().set("background", "var(--lumo-base-color, #fff)").set("min-height", "5.5em").set("padding", "0.25em")
                .set("display", "flex").set("flex-direction", "column").set("gap", "0.15em");
        return c;
    }

    YearMonth shown() {
        return shown;
    }

    @Override
    public String getPageTitle() {
        return t("calendar.title") + " – Planverk";
    }
}
