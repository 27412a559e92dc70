package no.planverk.volunteers.ui.internal.organisation;

import static no.planverk.volunteers.ui.internal.VolTexts.t;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.value.ValueChangeMode;
import com.vaadin.flow.router.HasDynamicTitle;
import java.util.List;
import no.planverk.volunteers.api.Agreement;
import no.planverk.volunteers.api.Organisation;
import no.planverk.ui.api.Formats;
import no.planverk.volunteers.ui.internal.Labels;
import no.planverk.volunteers.ui.internal.Services;
import no.planverk.volunteers.ui.internal.VolNav;

/** Organisations (lag og organisasjonar) at {@code volunteers/organisations} with agreements and activities; coordinators create and edit. */
public class OrganisationsView extends VerticalLayout implements HasDynamicTitle {

    private static final long serialVersionUID = 1L;
    private final transient Services s;
    final TextField search = new TextField(t("organisations.search"));
    final Grid<Organisation> grid = new Grid<>();
    final Paragraph count = new Paragraph();
    final Button create = new Button(t("organisations.create"), VaadinIcon.PLUS.create());

    public OrganisationsView(Services services) {
        this.s = services;
        setWidthFull();
        search.setId("planverk-organisations-search");
        search.setValueChangeMode(ValueChangeMode.LAZY);
        search.setClearButtonVisible(true);
        search.setPlaceholder(t("organisations.search.placeholder"));
        search.addValueChangeListener(e -> refresh());
        create.setId("planverk-organisations-create");
        create.addClickListener(e -> new OrganisationDialog(s, null, this::refresh).open());
        create.setVisible(VolNav.coordinator());
        configureGrid();
        HorizontalLayout bar = new HorizontalLayout(search, create);
        bar.setAlignItems(FlexComponent.Alignment.BASELINE);
        count.setId("planverk-organisations-count");
        add(VolNav.bar(VolNav.ORGANISATIONS), new H2(t("organisations.title")), new Paragraph(t("organisations.help")), bar, count, grid);
        refresh();
    }

    private void configureGrid() {
        grid.setId("planverk-organisations-grid");
        grid.addColumn(Organisation::name).setHeader(t("organisation.name")).setKey("name").setFlexGrow(2).setResizable(true);
        grid.addColumn(o -> Labels.orgNumber(o.orgNumber())).setHeader(t("organisation.number")).setKey("number").setAutoWidth(true);
        grid.addColumn(o -> contact(o)).setHeader(t("organisation.contact")).setKey("contact").setFlexGrow(2);
        grid.addColumn(o -> Labels.words(o.activities())).setHeader(t("organisation.activities")).setKey("activities").setFlexGrow(2);
        grid.addComponentColumn(this::agreements).setHeader(t("organisation.agreements")).setKey("agreements").setFlexGrow(3);
        if (VolNav.coordinator()) {
            grid.addComponentColumn(o -> {
                Button b = new Button(VaadinIcon.EDIT.create(), e -> new OrganisationDialog(s, o, this::refresh).open());
                b.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
                b.getElement().setAttribute("aria-label", t("organisations.edit", o.name()));
                return b;
            }).setHeader("").setKey("edit").setAutoWidth(true);
        }
        grid.addThemeVariants(GridVariant.LUMO_ROW_STRIPES, GridVariant.LUMO_WRAP_CELL_CONTENT);
    }

    private static String contact(Organisation o) {
        return String.join(", ", java.util.stream.Stream.of(o.contactName(), o.contactEmail(), o.contactPhone())
                .filter(x -> x != null && !x.isBlank()).toList());
    }

    private Component agreements(Organisation o) {
        Div box = new Div();
        if (o.agreements().isEmpty()) {
            box.setText(t("organisation.noAgreement"));
        }
        for (Agreement a : o.agreements()) {
            Div line = new Div(new Span(agreement(a) + " "));
            Span valid = new Span(a.validOn(s.today()) ? t("agreement.valid") : t("agreement.notValid"));
            valid.getElement().getThemeList().add("badge");
            valid.getElement().getThemeList().add(a.validOn(s.today()) ? "success" : "contrast");
            line.add(valid);
            box.add(line);
        }
        return box;
    }

    static String agreement(Agreement a) {
        String period = a.from() == null && a.to() == null ? "" : " " + Formats.date(a.from()) + "–" + Formats.date(a.to());
        return a.type() + period + (a.document() == null ? "" : " (" + a.document() + ")");
    }

    void refresh() {
        List<Organisation> rows = s.organisations().list(search.getValue());
        grid.setItems(rows);
        grid.setAllRowsVisible(rows.size() <= 50);
        count.setText(t("organisations.count", rows.size()));
    }

    @Override
    public String getPageTitle() {
        return t("organisations.title") + " – Planverk";
    }
}
