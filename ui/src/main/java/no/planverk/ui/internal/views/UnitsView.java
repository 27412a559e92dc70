package no.planverk.ui.internal.views;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.binder.Binder;
import com.vaadin.flow.router.HasDynamicTitle;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import no.planverk.platform.api.InvalidInputException;
import no.planverk.platform.api.OrgUnit;
import no.planverk.platform.api.OrgUnitDraft;
import no.planverk.platform.api.OrgUnitService;
import no.planverk.platform.api.Role;
import no.planverk.platform.api.StaleVersionException;
import no.planverk.platform.api.UserContext;
import no.planverk.ui.api.CurrentUser;
import no.planverk.ui.api.TextLimit;
import no.planverk.ui.internal.ShellTexts;

/** The organisation units: everyone may look, admins may add, change and delete. */
public class UnitsView extends VerticalLayout implements HasDynamicTitle {

    private static final long serialVersionUID = 1L;

    /** The form's mutable bean. */
    public static class UnitBean {
        private String code = "";
        private String name = "";
        private OrgUnit parent;

        public String getCode() {
            return code;
        }

        public void setCode(String code) {
            this.code = code;
        }

        public String getName() {
            return name;
        }

        public void setName(String name) {
            this.name = name;
        }

        public OrgUnit getParent() {
            return parent;
        }

        public void setParent(OrgUnit parent) {
            this.parent = parent;
        }
    }

    private final transient OrgUnitService units;
    private final transient UserContext user;
    final Grid<OrgUnit> grid = new Grid<>();
    final TextField code = new TextField(ShellTexts.t("units.code"));
    final TextField name = new TextField(ShellTexts.t("units.name"));
    final ComboBox<OrgUnit> parent = new ComboBox<>(ShellTexts.t("units.parent"));
    final Button save = new Button(ShellTexts.t("action.save"));
    final Button delete = new Button(ShellTexts.t("action.delete"));
    final Button add = new Button(ShellTexts.t("units.new"));
    private final H3 formTitle = new H3();
    private final Binder<UnitBean> binder = new Binder<>(UnitBean.class);
    private OrgUnit editing;

    public UnitsView(OrgUnitService units) {
        this.units = units;
        this.user = CurrentUser.require();
        setSizeFull();
        grid.setId("planverk-units");
        grid.setSizeFull();
        grid.addColumn(OrgUnit::name).setHeader(ShellTexts.t("units.name")).setSortable(true).setFlexGrow(2);
        grid.addColumn(OrgUnit::code).setHeader(ShellTexts.t("units.code")).setSortable(true).setAutoWidth(true);
        HorizontalLayout body = new HorizontalLayout(grid);
        body.setSizeFull();
        if (user.has(Role.ADMIN)) {
            body.add(form());
            grid.asSingleSelect().addValueChangeListener(e -> edit(e.getValue()));
        }
        add(new H2(ShellTexts.t("menu.units")), body);
        refresh();
        edit(null);
    }

    private VerticalLayout form() {
        TextLimit.apply(code, OrgUnitDraft.MAX_CODE);
        TextLimit.apply(name, OrgUnitDraft.MAX_NAME);
        binder.forField(code).asRequired(ShellTexts.t("units.code.required")).withValidator(TextLimit.validator(OrgUnitDraft.MAX_CODE))
                .bind(UnitBean::getCode, UnitBean::setCode);
        binder.forField(name).asRequired(ShellTexts.t("units.name.required")).withValidator(TextLimit.validator(OrgUnitDraft.MAX_NAME))
                .bind(UnitBean::getName, UnitBean::setName);
        binder.forField(parent).bind(UnitBean::getParent, UnitBean::setParent);
        parent.setItemLabelGenerator(OrgUnit::name);
        parent.setClearButtonVisible(true);
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        save.addClickListener(e -> save());
        save.addClickShortcut(com.vaadin.flow.component.Key.ENTER);
        delete.addThemeVariants(ButtonVariant.LUMO_ERROR);
        delete.addClickListener(e -> delete());
        add.addClickListener(e -> grid.asSingleSelect().clear());
        FormLayout fields = new FormLayout(code, name, parent);
        fields.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1));
        VerticalLayout form = new VerticalLayout(formTitle, fields, new HorizontalLayout(save, delete, add));
        form.setWidth("24em");
        form.setId("planverk-unit-form");
        return form;
    }

    void edit(OrgUnit unit) {
        editing = unit;
        UnitBean bean = new UnitBean();
        List<OrgUnit> all = units.list();
        if (unit != null) {
            bean.setCode(unit.code());
            bean.setName(unit.name());
            bean.setParent(all.stream().filter(u -> unit.parentId() != null && u.id() == unit.parentId())
                    .findFirst().orElse(null));
        }
        parent.setItems(all.stream().filter(u -> unit == null || u.id() != unit.id()).toList());
        binder.readBean(bean);
        formTitle.setText(ShellTexts.t(unit == null ? "units.form.new" : "units.form.edit"));
        delete.setEnabled(unit != null);
    }

    void save() {
        UnitBean bean = new UnitBean();
        if (!binder.writeBeanIfValid(bean)) {
            return;
        }
        OrgUnitDraft draft = new OrgUnitDraft(bean.getCode(), bean.getName(),
                bean.getParent() == null ? null : bean.getParent().id());
        try {
            OrgUnit saved = editing == null ? units.create(draft, user)
                    : units.update(editing.id(), editing.version(), draft, user);
            notify(ShellTexts.t("units.saved", saved.name()), NotificationVariant.LUMO_SUCCESS);
            refresh();
            grid.select(saved);
        } catch (InvalidInputException e) {
            showFieldErrors(e);
        } catch (StaleVersionException e) {
            notify(ShellTexts.t("error.stale"), NotificationVariant.LUMO_ERROR);
            refresh();
        }
    }

    void delete() {
        if (editing == null) {
            return;
        }
        try {
            units.delete(editing.id(), editing.version(), user);
            notify(ShellTexts.t("units.deleted", editing.name()), NotificationVariant.LUMO_SUCCESS);
            grid.asSingleSelect().clear();
            refresh();
        } catch (InvalidInputException e) {
            notify(e.getMessage(), NotificationVariant.LUMO_ERROR);
        } catch (StaleVersionException e) {
            notify(ShellTexts.t("error.stale"), NotificationVariant.LUMO_ERROR);
            refresh();
        }
    }

    private void showFieldErrors(InvalidInputException e) {
        Map<String, TextField> fields = Map.of("code", code, "name", name);
        e.fieldErrors().forEach((field, message) -> {
            if (fields.containsKey(field)) {
                fields.get(field).setErrorMessage(message);
                fields.get(field).setInvalid(true);
            } else if (field.equals("parentId")) {
                parent.setErrorMessage(message);
                parent.setInvalid(true);
            }
        });
        if (e.fieldErrors().isEmpty()) {
            notify(e.getMessage(), NotificationVariant.LUMO_ERROR);
        }
    }

    private void refresh() {
        List<OrgUnit> all = units.list();
        grid.setItems(all);
        if (editing != null) {
            editing = all.stream().filter(u -> u.id() == editing.id()).findFirst().orElse(null);
        }
    }

    private static void notify(String text, NotificationVariant variant) {
        Notification n = Notification.show(Objects.requireNonNull(text), 5000, Notification.Position.BOTTOM_START);
        n.addThemeVariants(variant);
    }

    @Override
    public String getPageTitle() {
        return ShellTexts.t("menu.units") + " – Planverk";
    }
}
