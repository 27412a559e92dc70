package ${package}.ui.internal;

import static ${package}.ui.internal.${moduleClass}Texts.t;

import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.HasDynamicTitle;
import java.util.List;
import java.util.Map;
import ${package}.api.Item;
import ${package}.api.ItemDraft;
import ${package}.api.${moduleClass}Service;
import no.planverk.platform.api.InvalidInputException;
import no.planverk.platform.api.PlanverkException;
import no.planverk.ui.api.CurrentUser;
import no.planverk.ui.api.Notices;
import no.planverk.ui.api.ServerTexts;
import no.planverk.ui.api.TextLimit;

/**
 * The items at {@code /${moduleId}}: a grid for everyone, and for editors a form under it that adds an item or changes
 * the one chosen in the grid. The service's rules come back on the fields.
 */
public class ItemsView extends VerticalLayout implements HasDynamicTitle {

    private static final long serialVersionUID = 1L;
    private final transient ${moduleClass}Service service;
    /** Only a hint for the layout: the service checks the role again on every change. */
    private final boolean editable = CurrentUser.get().map(u -> u.has(${moduleClass}Service.EDITOR)).orElse(false);

    final Grid<Item> grid = new Grid<>();
    final Paragraph count = new Paragraph();
    final H3 formTitle = new H3();
    final TextField name = new TextField(t("item.name"));
    final TextArea note = new TextArea(t("item.note"));
    final Button save = new Button(t("action.save"), VaadinIcon.CHECK.create());
    final Button add = new Button(t("action.new"), VaadinIcon.PLUS.create());
    final FormLayout form = new FormLayout();
    private Item editing;

    public ItemsView(${moduleClass}Service service) {
        this.service = service;
        setWidthFull();
        count.setId("${moduleId}-count");
        grid.setId("${moduleId}-grid");
        grid.addColumn(Item::name).setHeader(t("item.name")).setKey("name").setAutoWidth(true);
        grid.addColumn(i -> i.note() == null ? "" : i.note()).setHeader(t("item.note")).setKey("note").setFlexGrow(3);
        grid.addComponentColumn(this::open).setHeader("").setKey("open").setAutoWidth(true);
        add(new H2(t("title")), new Paragraph(t("help")), count, grid);

        if (editable) {
            grid.asSingleSelect().addValueChangeListener(e -> edit(e.getValue()));
            form.setId("${moduleId}-form");
            name.setId("${moduleId}-name");
            TextLimit.apply(name, ItemDraft.MAX_NAME);
            note.setId("${moduleId}-note");
            note.setHelperText(t("item.note.help"));
            TextLimit.apply(note, ItemDraft.MAX_NOTE);
            form.add(name, note);
            save.setId("${moduleId}-save");
            save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
            save.addClickListener(e -> save());
            add.setId("${moduleId}-new");
            add.addClickListener(e -> grid.asSingleSelect().clear());
            add(formTitle, form, new HorizontalLayout(save, add));
            edit(null);
        } else {
            add(new Paragraph(t("readOnly")));
        }
        refresh();
    }

    /** Fills the form with {@code item}, or empties it for a new one. */
    void edit(Item item) {
        editing = item;
        fields().values().forEach(f -> f.setInvalid(false));
        formTitle.setText(item == null ? t("form.new") : t("form.change", item.name()));
        name.setValue(item == null ? "" : item.name());
        note.setValue(item == null || item.note() == null ? "" : item.note());
    }

    void save() {
        fields().values().forEach(f -> f.setInvalid(false));
        try {
            ItemDraft draft = new ItemDraft(name.getValue(), note.getValue());
            Item saved = editing == null ? service.create(draft, CurrentUser.require())
                    : service.update(editing.id(), editing.version(), draft, CurrentUser.require());
            Notices.success(t(editing == null ? "saved.new" : "saved.change", saved.name()));
            refresh();
            grid.select(saved);
        } catch (InvalidInputException e) {
            Map<String, String> problems = ${moduleClass}Texts.problems(e);
            problems.forEach((field, message) -> {
                HasValidation f = fields().get(field);
                if (f != null) {
                    f.setErrorMessage(message);
                    f.setInvalid(true);
                }
            });
            Notices.error(t("error.invalid", problems.isEmpty() ? ServerTexts.of(e) : String.join("; ", problems.values())));
        } catch (PlanverkException e) {
            Notices.show(e, ${moduleClass}Texts.TEXTS);
        }
    }

    /** A link to the item's own page. */
    private Anchor open(Item item) {
        Anchor a = new Anchor(ItemContribution.link(item.id()), t("item.open"));
        a.getElement().setAttribute("aria-label", t("item.open.label", item.name()));
        return a;
    }

    private Map<String, HasValidation> fields() {
        return Map.of("name", name, "note", note);
    }

    void refresh() {
        List<Item> items = service.list();
        grid.setItems(items);
        grid.setAllRowsVisible(items.size() <= 30);
        count.setText(t("count", items.size()));
    }

    @Override
    public String getPageTitle() {
        return t("title") + " – Planverk";
    }
}
