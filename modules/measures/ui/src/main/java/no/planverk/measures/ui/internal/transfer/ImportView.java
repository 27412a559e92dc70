package no.planverk.measures.ui.internal.transfer;

import static no.planverk.measures.ui.internal.transfer.TransferTexts.t;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.upload.Upload;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import java.util.ArrayList;
import java.util.List;
import no.planverk.measures.api.MeasureTransferService;
import no.planverk.measures.ui.internal.MeasureNav;
import no.planverk.platform.api.Role;
import no.planverk.platform.api.RowError;
import no.planverk.platform.api.UserContext;
import no.planverk.platform.api.transfer.ModuleTransfer;
import no.planverk.ui.api.ColumnHelp;
import no.planverk.ui.api.CurrentUser;
import no.planverk.ui.api.ImportPanel;
import no.planverk.ui.api.Notices;

/**
 * Import with a preview through the shell's ImportPanel (CSV, JSON or XLSX, the format read from the file's name): the
 * file is checked against the database first and every row error listed; Import is offered only for a file without
 * errors, and saves all of it or nothing. Exports of every measure below.
 */
public class ImportView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    private static final long serialVersionUID = 1L;
    static final String COLUMNS = "plan,number,title,description,goals,goal_text,kind,carrier,responsibility,units,contact,"
            + "from_year,to_year,ownership";

    final ImportPanel panel;
    final Upload upload;
    final Paragraph file;
    final Paragraph result;
    final Grid<RowError> errors;
    final Button importButton;
    final ExportLinks export;

    public ImportView(ModuleTransfer imports, MeasureTransferService transfer) {
        setWidthFull();
        panel = new ImportPanel(imports, "planverk-measures-import")
                .describer((s, saved) -> t(saved ? "import.done" : "import.preview", s.rows(), s.created(), s.updated()))
                .savedText(s -> t("import.done.short", s.created(), s.updated()))
                .columns(t("import.columns.intro"), columns());
        upload = panel.upload;
        file = panel.file;
        result = panel.result;
        errors = panel.errors;
        importButton = panel.importButton;
        export = new ExportLinks(transfer);
        add(MeasureNav.bar(MeasureNav.IMPORT), new H2(t("import.title")), new Paragraph(t("import.help")), panel, export);
    }

    /** The columns, as the README gives them, in words for the people who fill in the sheet. */
    private static List<ColumnHelp> columns() {
        List<ColumnHelp> out = new ArrayList<>();
        out.add(new ColumnHelp(COLUMNS, "", false));
        out.add(new ColumnHelp("cost_2025,funding_2025,cost_2026,funding_2026", t("import.columns.perYear"), false));
        for (String key : new String[] {"plan", "goals", "kind", "responsibility", "units", "years", "ownership", "match", "json", "common"}) {
            out.add(new ColumnHelp("", t("import.columns." + key), false)); // the texts name their columns themselves
        }
        return out;
    }

    static boolean mayImport(UserContext user) {
        return user.has(Role.PLANNER) || user.has(Role.UNIT_LEADER);
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        if (!mayImport(CurrentUser.require())) {
            Notices.error(t("import.denied"));
            event.forwardTo(MeasureNav.GRID);
        }
    }

    @Override
    public String getPageTitle() {
        return t("import.title") + " – Planverk";
    }
}
