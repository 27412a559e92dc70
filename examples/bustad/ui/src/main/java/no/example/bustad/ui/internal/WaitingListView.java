package no.example.bustad.ui.internal;

import static no.example.bustad.ui.internal.BustadTexts.t;

import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.HasDynamicTitle;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import no.example.bustad.api.BustadService;
import no.example.bustad.api.EntryDraft;
import no.example.bustad.api.EntryStatus;
import no.example.bustad.api.HousingStep;
import no.example.bustad.api.WaitingEntry;
import no.planverk.platform.api.InvalidInputException;
import no.planverk.platform.api.OrgUnit;
import no.planverk.platform.api.OrgUnitService;
import no.planverk.platform.api.PlanverkException;
import no.planverk.ui.api.Formats;
import no.planverk.ui.api.Notices;
import no.planverk.ui.api.ServerTexts;
import no.planverk.ui.api.Pickers;
import no.planverk.ui.api.TextLimit;

/**
 * The waiting list at {@code /bustad}: a grid in queue order with a status filter for everyone, and for coordinators a
 * form under it that adds a position or changes the one chosen in the grid. The service's rules (a unique reference,
 * no national identity numbers, no day in the future, the status moves) come back on the fields.
 */
public class WaitingListView extends VerticalLayout implements HasDynamicTitle {

    private static final long serialVersionUID = 1L;
    private final transient BustadService bustad;
    private final transient Clock clock;
    private final Map<Long, OrgUnit> units;
    private final boolean editable = BustadNav.mayEdit();

    final Select<EntryStatus> filter = new Select<>();
    final Grid<WaitingEntry> grid = new Grid<>();
    final Paragraph count = new Paragraph();
    final H3 formTitle = new H3();
    final TextField reference = new TextField(t("entry.reference"));
    final ComboBox<OrgUnit> unit = new ComboBox<>(t("entry.unit"));
    final Select<HousingStep> step = new Select<>();
    final DatePicker listedOn = new DatePicker(t("entry.listedOn"));
    final Select<EntryStatus> status = new Select<>();
    final TextArea note = new TextArea(t("entry.note"));
    final Button save = new Button(t("action.save"), VaadinIcon.CHECK.create());
    final Button add = new Button(t("action.new"), VaadinIcon.PLUS.create());
    final FormLayout form = new FormLayout();
    private WaitingEntry editing;

    public WaitingListView(BustadService bustad, OrgUnitService units, Clock clock) {
        this.bustad = bustad;
        this.clock = clock;
        this.units = units.list().stream().collect(Collectors.toMap(OrgUnit::id, Function.identity()));
        setWidthFull();

        filter.setId("bustad-filter");
        filter.setLabel(t("filter.status"));
        filter.setItems(EntryStatus.values());
        filter.setEmptySelectionAllowed(true);
        filter.setEmptySelectionCaption(t("filter.all"));
        filter.setItemLabelGenerator(s -> s == null ? t("filter.all") : BustadTexts.status(s));
        filter.setValue(EntryStatus.WAITING);
        filter.addValueChangeListener(e -> refresh());
        count.setId("bustad-count");
        configureGrid();
        add(BustadNav.bar(BustadNav.LIST), new H2(t("list.title")), new Paragraph(t("list.help")), filter, count, grid);

        if (editable) {
            configureForm(units);
            add(formTitle, form, new HorizontalLayout(save, add));
            edit(null);
        } else {
            add(new Paragraph(t("list.readOnly")));
        }
        refresh();
    }

    private void configureGrid() {
        grid.setId("bustad-grid");
        grid.addColumn(WaitingEntry::reference).setHeader(t("entry.reference")).setKey("reference").setAutoWidth(true);
        grid.addColumn(e -> unitName(e.unitId())).setHeader(t("entry.unit")).setKey("unit").setFlexGrow(2);
        grid.addColumn(e -> BustadTexts.step(e.step())).setHeader(t("entry.step")).setKey("step").setAutoWidth(true);
        grid.addColumn(e -> Formats.date(e.listedOn())).setHeader(t("entry.listedOn")).setKey("listedOn").setAutoWidth(true);
        grid.addColumn(e -> BustadTexts.status(e.status())).setHeader(t("entry.status")).setKey("status").setAutoWidth(true);
        grid.addColumn(e -> e.position() == null ? "" : String.valueOf(e.position())).setHeader(t("entry.position")).setKey("position")
                .setAutoWidth(true);
        grid.addColumn(e -> e.note() == null ? "" : e.note()).setHeader(t("entry.note")).setKey("note").setFlexGrow(3);
        grid.addComponentColumn(this::open).setHeader("").setKey("open").setAutoWidth(true);
        grid.addThemeVariants(GridVariant.LUMO_ROW_STRIPES, GridVariant.LUMO_WRAP_CELL_CONTENT);
        grid.asSingleSelect().addValueChangeListener(e -> {
            if (editable) {
                edit(e.getValue());
            }
        });
    }

    private void configureForm(OrgUnitService unitService) {
        formTitle.setId("bustad-form-title");
        form.setId("bustad-form");
        reference.setId("bustad-reference");
        reference.setHelperText(t("entry.reference.help"));
        TextLimit.apply(reference, 20);
        unit.setId("bustad-unit");
        unit.setItems(unitService.list());
        unit.setItemLabelGenerator(u -> u.name() + " (" + u.code() + ")");
        step.setId("bustad-step");
        step.setLabel(t("entry.step"));
        step.setItems(HousingStep.values());
        step.setItemLabelGenerator(BustadTexts::step);
        listedOn.setId("bustad-listed-on");
        Pickers.localize(listedOn);
        listedOn.setMax(today());
        status.setId("bustad-status");
        status.setLabel(t("entry.status"));
        status.setItemLabelGenerator(BustadTexts::status);
        note.setId("bustad-note");
        note.setHelperText(t("entry.note.help"));
        TextLimit.apply(note, EntryDraft.MAX_NOTE);
        form.add(reference, unit, step, listedOn, status, note);
        form.setColspan(note, 2);
        save.setId("bustad-save");
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        save.addClickListener(e -> save());
        add.setId("bustad-new");
        add.addClickListener(e -> grid.asSingleSelect().clear());
    }

    /** Fills the form with {@code entry}, or empties it for a new position (waiting, listed today). */
    void edit(WaitingEntry entry) {
        editing = entry;
        for (HasValidation f : fields().values()) {
            f.setInvalid(false);
        }
        if (entry == null) {
            formTitle.setText(t("form.new"));
            reference.clear();
            unit.clear();
            step.clear();
            listedOn.setValue(today());
            status.setItems(EntryStatus.WAITING);
            status.setValue(EntryStatus.WAITING);
            note.clear();
        } else {
            formTitle.setText(t("form.change", entry.reference()));
            reference.setValue(entry.reference());
            unit.setValue(units.get(entry.unitId()));
            step.setValue(entry.step());
            listedOn.setValue(entry.listedOn());
            List<EntryStatus> allowed = new ArrayList<>(List.of(entry.status()));
            Arrays.stream(EntryStatus.values()).filter(entry.status().next()::contains).forEach(allowed::add);
            status.setItems(allowed);
            status.setValue(entry.status());
            note.setValue(entry.note() == null ? "" : entry.note());
        }
        status.setEnabled(entry != null && !entry.status().next().isEmpty());
    }

    void save() {
        for (HasValidation f : fields().values()) {
            f.setInvalid(false);
        }
        try {
            EntryDraft draft = new EntryDraft(reference.getValue(), unit.getValue() == null ? null : unit.getValue().id(), step.getValue(),
                    listedOn.getValue(), status.getValue(), note.getValue());
            WaitingEntry saved = editing == null ? bustad.create(draft, no.planverk.ui.api.CurrentUser.require())
                    : bustad.update(editing.id(), editing.version(), draft, no.planverk.ui.api.CurrentUser.require());
            Notices.success(t(editing == null ? "saved.new" : "saved.change", saved.reference()));
            refresh();
            if (grid.getListDataView().contains(saved)) {
                grid.select(saved);
            } else {
                grid.asSingleSelect().clear();
                edit(null);
            }
        } catch (InvalidInputException e) {
            Map<String, String> problems = BustadTexts.problems(e);
            problems.forEach((name, message) -> {
                HasValidation f = fields().get(name);
                if (f != null) {
                    f.setErrorMessage(t("field.invalid", message));
                    f.setInvalid(true);
                }
            });
            Notices.error(t("error.invalid", problems.isEmpty() ? ServerTexts.of(e) : String.join("; ", problems.values())));
        } catch (PlanverkException e) {
            Notices.show(e, BustadTexts.TEXTS);
        }
    }

    /** A link to the position's own page. */
    private Anchor open(WaitingEntry entry) {
        Anchor a = new Anchor(BustadNav.entry(entry.id()), t("entry.open"));
        a.getElement().setAttribute("aria-label", t("entry.open.label", entry.reference()));
        return a;
    }

    private Map<String, HasValidation> fields() {
        return Map.of("reference", reference, "unitId", unit, "step", step, "listedOn", listedOn, "status", status, "note", note);
    }

    void refresh() {
        List<WaitingEntry> rows = bustad.list(filter.getValue(), null);
        grid.setItems(rows);
        grid.setAllRowsVisible(rows.size() <= 30);
        count.setText(t("list.count", rows.size()));
    }

    private String unitName(long id) {
        OrgUnit u = units.get(id);
        return u == null ? String.valueOf(id) : u.name();
    }

    private LocalDate today() {
        return LocalDate.now(clock);
    }

    @Override
    public String getPageTitle() {
        return t("list.title") + " – Planverk";
    }
}
