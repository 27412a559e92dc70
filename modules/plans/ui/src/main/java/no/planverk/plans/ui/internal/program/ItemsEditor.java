package no.planverk.plans.ui.internal.program;

import static no.planverk.plans.ui.internal.goals.GoalTexts.t;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.Composite;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.H4;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.function.SerializableConsumer;
import com.vaadin.flow.function.SerializableFunction;
import com.vaadin.flow.function.SerializableSupplier;
import com.vaadin.flow.function.ValueProvider;
import java.util.ArrayList;
import java.util.List;

/**
 * An editable list in the planprogram: a grid of the entries, and for editors the entry fields with
 * add, update, move up and remove. Selecting a row puts it in the fields. The list is saved with the
 * whole program, by the panel.
 */
public class ItemsEditor<T> extends Composite<VerticalLayout> {

    private static final long serialVersionUID = 1L;

    /** An entry in the grid; identity equality, so two equal entries stay two rows. */
    public static final class Entry<T> {
        final T value;

        Entry(T value) {
            this.value = value;
        }

        public T value() {
            return value;
        }
    }

    final Grid<Entry<T>> grid = new Grid<>();
    final Button add = new Button(t("program.item.add"), VaadinIcon.PLUS.create());
    final Button update = new Button(t("program.item.update"), VaadinIcon.CHECK.create());
    final Button moveUp = new Button(t("program.item.up"), VaadinIcon.ARROW_UP.create());
    final Button remove = new Button(t("program.item.remove"), VaadinIcon.TRASH.create());
    final Span error = new Span();
    final Span empty = new Span(t("program.item.none"));
    final Component fields;
    private final List<Entry<T>> entries = new ArrayList<>();
    private final transient SerializableSupplier<T> reader;
    private final transient SerializableConsumer<T> filler;
    private final List<Runnable> changeListeners = new ArrayList<>();

    /**
     * @param reader the entry in the fields, or null after marking what is missing
     * @param filler puts an entry in the fields (null clears them)
     */
    public ItemsEditor(String heading, boolean canEdit, Component fields, SerializableSupplier<T> reader,
            SerializableConsumer<T> filler) {
        this.reader = reader;
        this.filler = filler;
        this.fields = fields;
        VerticalLayout root = getContent();
        root.setPadding(false);
        root.setSpacing(false);
        error.getElement().setAttribute("role", "alert");
        error.getStyle().set("color", "var(--lumo-error-text-color, #b71c1c)");
        empty.getStyle().set("color", "var(--lumo-secondary-text-color, #555)");
        grid.setAllRowsVisible(true);
        grid.addThemeVariants(GridVariant.LUMO_COMPACT, GridVariant.LUMO_WRAP_CELL_CONTENT);
        root.add(new H4(heading), error, empty, grid);
        if (canEdit) {
            add.addClickListener(e -> addEntry());
            update.addClickListener(e -> updateEntry());
            moveUp.addClickListener(e -> moveUp());
            remove.addThemeVariants(ButtonVariant.LUMO_ERROR);
            remove.addClickListener(e -> removeEntry());
            grid.asSingleSelect().addValueChangeListener(e -> {
                filler.accept(e.getValue() == null ? null : e.getValue().value);
                buttons();
            });
            HorizontalLayout row = new HorizontalLayout(fields, add, update, moveUp, remove);
            row.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.BASELINE);
            row.getStyle().set("flex-wrap", "wrap");
            row.setWidthFull();
            root.add(row);
        }
        refresh();
    }

    public Grid.Column<Entry<T>> column(ValueProvider<T, ?> value, String header) {
        return grid.addColumn(e -> value.apply(e.value)).setHeader(header);
    }

    public Grid.Column<Entry<T>> componentColumn(SerializableFunction<T, Component> component, String header) {
        return grid.addComponentColumn(e -> component.apply(e.value)).setHeader(header);
    }

    public List<T> items() {
        return entries.stream().map(Entry::value).toList();
    }

    public void setItems(List<T> items) {
        entries.clear();
        items.forEach(i -> entries.add(new Entry<>(i)));
        filler.accept(null);
        refresh();
    }

    public void showError(String message) {
        error.setText(message == null ? "" : message);
        error.setVisible(message != null);
    }

    public void addChangeListener(Runnable listener) {
        changeListeners.add(listener);
    }

    void addEntry() {
        T value = reader.get();
        if (value != null) {
            entries.add(new Entry<>(value));
            filler.accept(null);
            changed();
        }
    }

    void updateEntry() {
        Entry<T> sel = grid.asSingleSelect().getValue();
        T value = sel == null ? null : reader.get();
        if (value != null) {
            entries.set(entries.indexOf(sel), new Entry<>(value));
            filler.accept(null);
            changed();
        }
    }

    void moveUp() {
        Entry<T> sel = grid.asSingleSelect().getValue();
        int i = sel == null ? -1 : entries.indexOf(sel);
        if (i > 0) {
            entries.remove(i);
            entries.add(i - 1, sel);
            changed();
            grid.select(sel);
        }
    }

    void removeEntry() {
        Entry<T> sel = grid.asSingleSelect().getValue();
        if (sel != null) {
            entries.remove(sel);
            filler.accept(null);
            changed();
        }
    }

    private void changed() {
        refresh();
        changeListeners.forEach(Runnable::run);
    }

    private void refresh() {
        grid.setItems(List.copyOf(entries));
        grid.setVisible(!entries.isEmpty());
        empty.setVisible(entries.isEmpty());
        showError(null);
        buttons();
    }

    private void buttons() {
        boolean one = grid.asSingleSelect().getValue() != null;
        update.setEnabled(one);
        remove.setEnabled(one);
        moveUp.setEnabled(one && entries.indexOf(grid.asSingleSelect().getValue()) > 0);
    }
}
