package no.planverk.competence.ui.internal.unit;

import static no.planverk.competence.ui.internal.CompetenceTexts.t;
import static no.planverk.competence.ui.internal.GapSection.number;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.AttachmentType;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.server.streams.DownloadHandler;
import java.util.List;
import no.planverk.competence.api.FileFormat;
import no.planverk.competence.api.Position;
import no.planverk.competence.api.WorkforceService;
import no.planverk.competence.ui.internal.Errors;
import no.planverk.competence.ui.internal.Labels;
import no.planverk.platform.api.OrgUnit;
import no.planverk.platform.api.PlanverkException;
import no.planverk.platform.api.UserContext;
import no.planverk.ui.api.CurrentUser;
import no.planverk.ui.api.Formats;
import no.planverk.ui.api.Notices;

/**
 * A unit's register rows in a year, for planners and the unit's leaders (the service refuses the rows to others): add,
 * edit and delete rows; export as CSV or XLSX; personal columns only when the service returns personal fields (admins
 * and the unit's leaders), with an erase action behind a confirmation.
 */
public final class RegisterSection extends VerticalLayout {

    private static final long serialVersionUID = 1L;
    private final transient WorkforceService workforce;
    public final Grid<Position> grid = new Grid<>();
    public final Button add = new Button(t("register.add"), VaadinIcon.PLUS.create());
    public final Button erase = new Button(t("register.erase"), VaadinIcon.ERASER.create());
    public final Anchor csv = new Anchor();
    public final Anchor xlsx = new Anchor();
    public final Paragraph count = new Paragraph();
    private final Grid.Column<Position> employeeNo;
    private final Grid.Column<Position> name;
    private final Grid.Column<Position> birthYear;
    private final Grid.Column<Position> actions;
    private transient List<OrgUnit> editable = List.of();
    private boolean personalAllowed;
    private OrgUnit unit;
    private Integer year;
    private transient List<Position> rows = List.of();
    private final transient Runnable changed;

    public RegisterSection(WorkforceService workforce, Runnable changed) {
        this.workforce = workforce;
        this.changed = changed;
        setPadding(false);
        setWidthFull();
        grid.setId("planverk-competence-register");
        grid.addColumn(p -> Labels.category(p.category())).setHeader(t("col.category")).setKey("category").setAutoWidth(true)
                .setSortable(true).setComparator(p -> p.category().ordinal());
        number(grid.addColumn(p -> Labels.percent(p.percent())).setHeader(t("col.percent")).setKey("percent").setSortable(true)
                .setComparator(Position::percent));
        number(grid.addColumn(p -> Formats.integer(p.count())).setHeader(t("col.count")).setKey("count"));
        number(grid.addColumn(p -> Labels.ages(p.ageFrom(), p.ageTo())).setHeader(t("col.age")).setKey("age").setSortable(true)
                .setComparator(Position::ageFrom));
        grid.getColumnByKey("age").setAutoWidth(false).setWidth("6.5em");
        grid.getColumnByKey("percent").setAutoWidth(false).setWidth("10em");
        grid.addColumn(p -> p.temporary() ? t("register.temporary") : t("register.permanent")).setHeader(t("col.employment"))
                .setKey("temporary").setAutoWidth(true);
        grid.addColumn(p -> p.furtherEducation() == null ? "" : p.furtherEducation()).setHeader(t("col.furtherEducation"))
                .setKey("furtherEducation").setFlexGrow(1);
        number(grid.addColumn(p -> Labels.fte(p.fte())).setHeader(t("col.fte")).setKey("fte"));
        employeeNo = grid.addColumn(Position::employeeNo).setHeader(t("col.employeeNo")).setKey("employeeNo").setAutoWidth(true);
        name = grid.addColumn(Position::name).setHeader(t("col.name")).setKey("name").setAutoWidth(true);
        birthYear = grid.addColumn(p -> p.birthYear() == null ? "" : p.birthYear().toString()).setHeader(t("col.birthYear"))
                .setKey("birthYear").setAutoWidth(true);
        actions = grid.addComponentColumn(this::actions).setHeader(t("col.actions")).setKey("actions").setAutoWidth(true).setFlexGrow(0);
        grid.addThemeVariants(GridVariant.LUMO_COMPACT, GridVariant.LUMO_ROW_STRIPES, GridVariant.LUMO_WRAP_CELL_CONTENT);
        grid.setEmptyStateText(t("register.empty"));
        add.setId("planverk-competence-register-add");
        add.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        add.addClickListener(e -> open(null));
        erase.setId("planverk-competence-register-erase");
        erase.addThemeVariants(ButtonVariant.LUMO_ERROR);
        erase.addClickListener(e -> confirmErase());
        csv.setId("planverk-competence-export-csv");
        xlsx.setId("planverk-competence-export-xlsx");
        count.setId("planverk-competence-register-count");
        HorizontalLayout tools = new HorizontalLayout(add, csv, xlsx, erase);
        tools.setAlignItems(FlexComponent.Alignment.CENTER);
        tools.getStyle().set("flex-wrap", "wrap");
        add(new H3(t("register.title")), new Paragraph(t("register.help")), tools, count, grid);
    }

    /** Shows the rows; {@code editable} are the units the user may put rows in (this one and those below). */
    public void show(OrgUnit unit, Integer year, List<OrgUnit> editable, boolean maySeePersonal) {
        this.unit = unit;
        this.year = year;
        this.editable = editable;
        this.personalAllowed = maySeePersonal;
        UserContext user = CurrentUser.require();
        try {
            rows = workforce.positions(unit.id(), year, user);
        } catch (PlanverkException e) {
            Errors.show(e);
            rows = List.of();
        }
        grid.setItems(rows);
        if (rows.size() <= 15) {
            grid.setAllRowsVisible(true);
        } else {
            grid.setAllRowsVisible(false);
            grid.setHeight("32em");
        }
        boolean shown = rows.stream().anyMatch(p -> p.employeeNo() != null || p.name() != null || p.birthYear() != null);
        employeeNo.setVisible(shown);
        name.setVisible(shown);
        birthYear.setVisible(shown);
        erase.setVisible(maySeePersonal && rows.stream().anyMatch(Position::personal));
        count.setText(t("register.count", rows.stream().mapToInt(Position::count).sum(),
                Labels.fte(rows.stream().mapToDouble(Position::fte).sum()), rows.size()));
        String base = "bemanning-" + unit.code() + (year == null ? "" : "-" + year);
        link(csv, FileFormat.CSV, base, user);
        link(xlsx, FileFormat.XLSX, base, user);
    }

    private void link(Anchor a, FileFormat f, String base, UserContext user) {
        a.setHref(download(f, base + "." + f.id(), user), AttachmentType.DOWNLOAD);
        a.setText(t("register.export." + f.id()));
    }

    private DownloadHandler download(FileFormat f, String fileName, UserContext user) {
        long id = unit.id();
        Integer y = year;
        return event -> {
            byte[] bytes = workforce.export(id, y, f, user);
            event.setFileName(fileName);
            event.setContentType(f == FileFormat.CSV ? "text/csv; charset=UTF-8"
                    : "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
            event.setContentLength(bytes.length);
            event.getOutputStream().write(bytes);
        };
    }

    private HorizontalLayout actions(Position p) {
        Button edit = new Button(VaadinIcon.EDIT.create(), e -> open(p));
        edit.setId("planverk-competence-position-edit-" + p.id());
        edit.getElement().setAttribute("aria-label", t("register.edit"));
        edit.getElement().setAttribute("title", t("register.edit"));
        boolean masked = p.personal() && p.employeeNo() == null && p.name() == null && p.birthYear() == null;
        if (masked) { // saving would blank the personal fields the user cannot see
            edit.setEnabled(false);
            edit.getElement().setAttribute("title", t("register.edit.masked"));
        }
        Button delete = new Button(VaadinIcon.TRASH.create(), e -> confirmDelete(p));
        delete.setId("planverk-competence-position-delete-" + p.id());
        delete.getElement().setAttribute("aria-label", t("register.delete"));
        delete.getElement().setAttribute("title", t("register.delete"));
        delete.addThemeVariants(ButtonVariant.LUMO_ERROR);
        for (Button b : List.of(edit, delete)) {
            b.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_TERTIARY);
        }
        HorizontalLayout h = new HorizontalLayout(edit, delete);
        h.setSpacing(false);
        return h;
    }

    void open(Position p) {
        new PositionDialog(workforce, editable, unit, year == null ? java.time.Year.now().getValue() : year, p,
                personalAllowed, saved -> {
                    Notices.success(t(p == null ? "register.added" : "register.saved"));
                    changed.run();
                }).open();
    }


    private void confirmDelete(Position p) {
        ConfirmDialog d = new ConfirmDialog(t("register.delete.title"), t("register.delete.text", Labels.category(p.category()),
                Labels.percent(p.percent()), p.count()), t("action.delete"), e -> {
                    try {
                        workforce.delete(p.id(), p.version(), CurrentUser.require());
                        Notices.success(t("register.deleted"));
                        changed.run();
                    } catch (PlanverkException ex) {
                        Errors.show(ex);
                    }
                }, t("action.cancel"), e -> { });
        d.setConfirmButtonTheme("error primary");
        d.open();
    }

    private void confirmErase() {
        ConfirmDialog d = new ConfirmDialog(t("register.erase.title"), t("register.erase.text", unit.name()), t("register.erase.ok"),
                e -> {
                    try {
                        int n = workforce.erasePersonalData(unit.id(), CurrentUser.require());
                        Notices.success(t("register.erased", n));
                        changed.run();
                    } catch (PlanverkException ex) {
                        Errors.show(ex);
                    }
                }, t("action.cancel"), e -> { });
        d.setConfirmButtonTheme("error primary");
        d.setId("planverk-competence-erase-confirm");
        d.open();
    }

    public List<Position> rows() {
        return rows;
    }

    Grid.Column<Position> actionsColumn() {
        return actions;
    }
}
