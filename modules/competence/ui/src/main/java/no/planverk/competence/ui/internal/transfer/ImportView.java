package no.planverk.competence.ui.internal.transfer;

import static no.planverk.competence.ui.internal.CompetenceTexts.t;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.upload.Upload;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import java.util.List;
import no.planverk.competence.ui.internal.CompetenceNav;
import no.planverk.competence.ui.internal.Labels;
import no.planverk.platform.api.RowError;
import no.planverk.platform.api.transfer.FileFormat;
import no.planverk.platform.api.transfer.ImportSummary;
import no.planverk.platform.api.transfer.ModuleTransfer;
import no.planverk.ui.api.ColumnHelp;
import no.planverk.ui.api.CurrentUser;
import no.planverk.ui.api.ImportPanel;
import no.planverk.ui.api.Notices;

/**
 * Import of an HR export (CSV or XLSX) at {@code competence/import}, through the shell's ImportPanel: the whole file is
 * checked first and every row error listed with line, column and reason; Import is offered only for a file without
 * errors, and replaces the register of each unit and year in the file, all or nothing.
 */
public class ImportView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    private static final long serialVersionUID = 1L;
    static final String XLSX_TYPE = FileFormat.XLSX.mediaType();
    static final List<String> COLUMNS = List.of("unit", "year", "category", "percent", "count", "age", "temporary", "further_education",
            "employee_no", "name", "birth_year");

    final ImportPanel panel;
    final Upload upload;
    final Paragraph file;
    final Paragraph result;
    final Grid<RowError> errors;
    final Button importButton;

    /** The module's total of FTE in a summary (the core's WorkforceTransfer gives it). */
    static final String FTE = "fte";

    public ImportView(ModuleTransfer transfer) {
        setWidthFull();
        panel = new ImportPanel(transfer, "planverk-competence-import")
                .describer(ImportView::describe)
                .savedText(s -> t("import.done.short", s.created(), Labels.fte(s.figure(FTE))))
                .columns(t("import.columns.intro"), columns());
        upload = panel.upload;
        file = panel.file;
        result = panel.result;
        errors = panel.errors;
        importButton = panel.importButton;
        add(CompetenceNav.bar(CompetenceNav.IMPORT), new H2(t("import.title")), new Paragraph(t("import.help")), panel);
    }

    /** The columns, as the module README gives them, in words for the people who make the export. */
    private static List<ColumnHelp> columns() {
        List<ColumnHelp> out = new java.util.ArrayList<>();
        out.add(new ColumnHelp(String.join(",", COLUMNS), "", false));
        for (String key : new String[] {"required", "unit", "percent", "age", "temporary", "categories", "personal", "replace"}) {
            out.add(new ColumnHelp("", t("import.columns." + key), false)); // the texts name their columns themselves
        }
        return out;
    }

    private static String describe(ImportSummary s, boolean saved) {
        String fte = Labels.fte(s.figure(FTE));
        return t(saved ? "import.done" : "import.preview", s.rows(), s.created(), fte, s.notes().size());
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        if (!CompetenceNav.mayImport(CurrentUser.require())) {
            Notices.error(t("import.denied"));
            event.forwardTo(CompetenceNav.SECTOR);
        }
    }

    /** A file arrived: see {@link ImportPanel#received}. */
    void received(String name, byte[] bytes) {
        panel.received(name, bytes);
    }

    @Override
    public String getPageTitle() {
        return t("import.title") + " – Planverk";
    }
}
