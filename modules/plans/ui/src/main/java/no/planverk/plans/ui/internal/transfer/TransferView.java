package no.planverk.plans.ui.internal.transfer;

import static no.planverk.plans.ui.internal.PlansTexts.t;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.upload.Upload;
import com.vaadin.flow.router.HasDynamicTitle;
import java.util.List;
import java.util.Locale;
import no.planverk.plans.api.PlanTransferService;
import no.planverk.plans.ui.internal.PlanNav;
import no.planverk.platform.api.RowError;
import no.planverk.platform.api.transfer.ImportSummary;
import no.planverk.platform.api.transfer.ModuleTransfer;
import no.planverk.ui.api.ColumnHelp;
import no.planverk.ui.api.ImportPanel;

/**
 * Import with a preview through the shell's ImportPanel: the kind of file is chosen above it (a .json file is always
 * everything), the file is checked against the database first and every row error listed; Import is offered only for a
 * file without errors, and saves all of it or nothing. A change of kind checks the file again (ImportPanel.checkAgain).
 * Exports below.
 */
public class TransferView extends VerticalLayout implements HasDynamicTitle {

    private static final long serialVersionUID = 1L;
    static final String PLAN_COLUMNS = "code,type,title,unit,responsible,period_from,period_to,status,status_date,"
            + "decision_ref,decision_date,document_url,parent,successor,planned_adoption,description,serves";
    static final String GOAL_COLUMNS = "plan,code,level,parent,text,sdgs,serves,ownership";

    final RadioButtonGroup<Choice> kind = new RadioButtonGroup<>(t("import.kind"));
    final Panel panel;
    final Upload upload;
    final Paragraph file;
    final Paragraph result;
    final Grid<RowError> errors;
    final Button importButton;
    final ExportLinks export;

    public TransferView(ModuleTransfer imports, PlanTransferService transfer) {
        setWidthFull();
        kind.setItems(Choice.values());
        kind.setItemLabelGenerator(c -> t(c.key()));
        kind.setValue(Choice.PLANS_CSV);
        panel = new Panel(imports);
        panel.kind(() -> kind.getValue().id()).describer(TransferView::describe)
                .savedText(s -> t("import.done.short", s.rows()))
                .columns(t("import.columns.common"), columns());
        kind.addValueChangeListener(e -> {
            if (!panel.receiving) {
                panel.checkAgain();
            }
        });
        upload = panel.upload;
        file = panel.file;
        result = panel.result;
        errors = panel.errors;
        importButton = panel.importButton;
        export = new ExportLinks(transfer);
        add(PlanNav.bar(PlanNav.IMPORT), new H2(t("import.title")), new Paragraph(t("import.help")), kind, panel, export);
    }

    private static List<ColumnHelp> columns() {
        return List.of(new ColumnHelp("", t("import.columns.plans"), false), new ColumnHelp(PLAN_COLUMNS, "", false),
                new ColumnHelp("", t("import.columns.plans.values"), false), new ColumnHelp("", t("import.columns.goals"), false),
                new ColumnHelp(GOAL_COLUMNS, "", false), new ColumnHelp("", t("import.columns.goals.values"), false));
    }

    private static String describe(ImportSummary s, boolean saved) {
        return t(saved ? "import.done" : "import.preview", s.rows(), (int) s.figure("plansCreated"), (int) s.figure("plansUpdated"),
                (int) s.figure("goalsCreated"), (int) s.figure("goalsUpdated")); // the figures the plans' transfer service gives
    }

    /** The shared panel, where a .json file chooses "everything" (without checking the previous file again). */
    final class Panel extends ImportPanel {

        private static final long serialVersionUID = 1L;
        private boolean receiving;

        Panel(ModuleTransfer imports) {
            super(imports, "planverk-import");
        }

        @Override
        public void received(String name, byte[] bytes) {
            receiving = true;
            try {
                if (name != null && name.toLowerCase(Locale.ROOT).endsWith(".json")) {
                    kind.setValue(Choice.JSON);
                }
            } finally {
                receiving = false;
            }
            super.received(name, bytes);
        }
    }

    @Override
    public String getPageTitle() {
        return t("import.title") + " – Planverk";
    }
}
