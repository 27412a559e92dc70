package no.planverk.forecasting.ui.internal.inputs;

import static no.planverk.forecasting.ui.internal.ForecastTexts.t;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.AttachmentType;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.router.HasDynamicTitle;
import java.nio.charset.StandardCharsets;
import no.planverk.forecasting.api.ForecastCsv;
import no.planverk.forecasting.api.ForecastService;
import no.planverk.forecasting.api.InputInfo;
import no.planverk.forecasting.api.InputKind;
import no.planverk.forecasting.api.InputTransfer;
import no.planverk.forecasting.api.SsbFetchService;
import no.planverk.forecasting.api.StoredInput;
import no.planverk.forecasting.ui.internal.ForecastNav;
import no.planverk.forecasting.ui.internal.ForecastTexts;
import no.planverk.forecasting.ui.internal.Labels;
import no.planverk.forecasting.ui.internal.NameDialog;
import no.planverk.forecasting.ui.internal.result.Downloads;
import no.planverk.forecasting.ui.internal.result.Table;
import no.planverk.platform.api.PlanverkException;
import no.planverk.platform.api.Role;
import no.planverk.ui.api.CurrentUser;
import no.planverk.ui.api.Formats;
import no.planverk.ui.api.Notices;

/**
 * The stored inputs at {@code forecasting/inputs}: each with its rows, summary and last change; its content in a
 * grid and as a CSV download. Planners upload new files or replace one, rename and delete; readers only look.
 */
public class InputsView extends VerticalLayout implements HasDynamicTitle {

    private static final long serialVersionUID = 1L;
    private final transient ForecastService forecasts;
    private final transient ForecastCsv csv;
    final Select<InputKind> filter = new Select<>();
    final Grid<InputInfo> grid = new Grid<>();
    final InputUpload upload;
    /** Administrators only: fetch a population from SSB (disabled, with why, while fetching is off). */
    final Button fetchSsb = new Button(t("ssb.open"), VaadinIcon.CLOUD_DOWNLOAD.create());
    final Paragraph ssbOff = new Paragraph(t("ssb.off"));
    final boolean mayChange = ForecastNav.mayChange();
    Table shownContent;

    public InputsView(ForecastService forecasts, ForecastCsv csv, InputTransfer transfer, SsbFetchService ssb) {
        this.forecasts = forecasts;
        this.csv = csv;
        setWidthFull();
        filter.setLabel(t("inputs.filter"));
        filter.setItems(InputKind.values());
        filter.setItemLabelGenerator(k -> k == null ? t("inputs.all") : Labels.kind(k));
        filter.setEmptySelectionAllowed(true);
        filter.setEmptySelectionCaption(t("inputs.all"));
        filter.setId("planverk-forecasting-inputs-filter");
        filter.addValueChangeListener(e -> refresh());
        configureGrid();
        upload = new InputUpload(forecasts, csv, transfer, this::refresh);
        upload.setVisible(mayChange);
        add(ForecastNav.bar(ForecastNav.INPUTS), new H2(t("inputs.title")), new Paragraph(t("inputs.help")), filter, grid, upload);
        configureSsb(ssb);
        refresh();
    }

    private void configureGrid() {
        grid.setId("planverk-forecasting-inputs");
        grid.addColumn(i -> Labels.kind(i.kind())).setHeader(t("inputs.kind")).setKey("kind").setAutoWidth(true);
        grid.addColumn(InputInfo::name).setHeader(t("inputs.name")).setKey("name").setFlexGrow(2).setResizable(true);
        grid.addColumn(i -> Formats.integer(i.rows())).setHeader(t("inputs.rows")).setKey("rows").setAutoWidth(true);
        grid.addColumn(i -> i.source() == null ? i.summary() : i.summary() + " · " + Labels.source(i.source())).setHeader(t("inputs.summary"))
                .setKey("summary").setFlexGrow(2);
        grid.addColumn(i -> Labels.time(i.updated()) + " " + (i.updatedBy() == null ? "" : i.updatedBy())).setHeader(t("inputs.updated"))
                .setKey("updated").setAutoWidth(true);
        grid.addComponentColumn(this::actions).setHeader(t("inputs.actions")).setKey("actions").setAutoWidth(true).setFlexGrow(0);
        grid.addThemeVariants(GridVariant.LUMO_ROW_STRIPES, GridVariant.LUMO_WRAP_CELL_CONTENT);
        grid.setAllRowsVisible(true);
    }

    private void configureSsb(SsbFetchService ssb) {
        boolean admin = CurrentUser.get().map(u -> u.has(Role.ADMIN)).orElse(false);
        fetchSsb.setId("planverk-forecasting-ssb-open");
        fetchSsb.setVisible(admin);
        fetchSsb.setEnabled(ssb.enabled());
        fetchSsb.addClickListener(e -> new SsbFetchDialog(ssb, this::refresh).open());
        ssbOff.setId("planverk-forecasting-ssb-off");
        ssbOff.setVisible(admin && !ssb.enabled());
        add(fetchSsb, ssbOff);
    }

    void refresh() {
        grid.setItems(forecasts.inputs(filter.getValue()));
        upload.loadReplaceable();
    }

    private Component actions(InputInfo i) {
        Button view = small(VaadinIcon.EYE, t("inputs.view", i.name()), () -> showContent(i));
        view.setId("planverk-forecasting-input-view-" + i.id());
        Anchor download = new Anchor(Downloads.handler(fileName(i), () -> forecasts.input(i.id()).csv()), AttachmentType.DOWNLOAD, "");
        com.vaadin.flow.component.icon.Icon icon = VaadinIcon.DOWNLOAD_ALT.create();
        icon.setSize("var(--lumo-icon-size-s, 1em)");
        download.add(icon);
        download.getStyle().set("padding", "0 var(--lumo-space-s, 0.5rem)");
        download.getElement().setAttribute("aria-label", t("inputs.download", i.name()));
        download.getElement().setAttribute("title", t("inputs.download", i.name()));
        download.setId("planverk-forecasting-input-download-" + i.id());
        HorizontalLayout row = new HorizontalLayout(view, download);
        row.setSpacing(false);
        row.setAlignItems(Alignment.CENTER);
        if (mayChange) {
            Button edit = small(VaadinIcon.EDIT, t("inputs.edit", i.name()), () -> edit(i));
            edit.setId("planverk-forecasting-input-edit-" + i.id());
            Button delete = small(VaadinIcon.TRASH, t("inputs.delete", i.name()), () -> confirmDelete(i));
            delete.setId("planverk-forecasting-input-delete-" + i.id());
            delete.addThemeVariants(ButtonVariant.LUMO_ERROR);
            row.add(edit, delete);
        }
        return row;
    }

    private static Button small(VaadinIcon icon, String label, Runnable action) {
        Button b = new Button(icon.create(), e -> action.run());
        b.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_SMALL);
        b.getElement().setAttribute("aria-label", label);
        b.getElement().setAttribute("title", label);
        return b;
    }

    static String fileName(InputInfo i) {
        String slug = i.name().toLowerCase().replaceAll("[^a-z0-9æøå]+", "-").replaceAll("^-|-$", "");
        return i.kind().id() + (slug.isEmpty() ? "" : "-" + slug) + ".csv";
    }

    void showContent(InputInfo i) {
        try {
            StoredInput stored = forecasts.input(i.id());
            shownContent = InputContent.of(i.kind(), csv.parse(i.kind(), stored.csv().getBytes(StandardCharsets.UTF_8)));
        } catch (PlanverkException e) {
            Notices.show(e, ForecastTexts.TEXTS);
            return;
        }
        Dialog d = new Dialog();
        d.setId("planverk-forecasting-input-content");
        d.setHeaderTitle(Labels.kind(i.kind()) + ": " + i.name());
        d.setWidth("min(60em, 95vw)");
        Paragraph about = new Paragraph(i.kind() == InputKind.POPULATION ? t("content.population.help") : i.summary());
        if (i.source() != null) {
            about.add(" " + t("upload.source", Labels.source(i.source())));
        }
        d.add(about, shownContent.grid("planverk-forecasting-input-content-grid", 16));
        d.getFooter().add(new Button(t("action.close"), e -> d.close()));
        d.open();
    }

    private void edit(InputInfo i) {
        new NameDialog(t("inputs.edit", i.name()), i.name(), i.description(), (name, description) -> {
            try {
                forecasts.updateInput(i.id(), i.version(), name, description, null, CurrentUser.require());
                Notices.success(t("inputs.edited", name));
            } catch (PlanverkException e) {
                Notices.show(e, ForecastTexts.TEXTS);
            }
            refresh();
        }).open();
    }

    private void confirmDelete(InputInfo i) {
        ConfirmDialog d = new ConfirmDialog(t("inputs.delete.title"), t("inputs.delete.text", i.name()), t("action.delete"), e -> {
            try {
                forecasts.deleteInput(i.id(), i.version(), CurrentUser.require());
                Notices.success(t("inputs.deleted", i.name()));
            } catch (PlanverkException ex) {
                Notices.show(ex, ForecastTexts.TEXTS);
            }
            refresh();
        });
        d.setId("planverk-forecasting-input-confirm");
        d.setCancelable(true);
        d.setCancelText(t("action.cancel"));
        d.setConfirmButtonTheme("error primary");
        d.open();
    }

    @Override
    public String getPageTitle() {
        return t("inputs.title") + " – Planverk";
    }
}
