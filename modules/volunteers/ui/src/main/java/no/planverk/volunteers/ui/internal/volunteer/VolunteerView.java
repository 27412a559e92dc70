package no.planverk.volunteers.ui.internal.volunteer;

import static no.planverk.volunteers.ui.internal.VolTexts.t;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.AttachmentType;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEvent;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.HasUrlParameter;
import java.util.List;
import java.util.Optional;
import no.planverk.platform.api.AccessDeniedException;
import no.planverk.platform.api.InvalidInputException;
import no.planverk.platform.api.NotFoundException;
import no.planverk.platform.api.PlanverkException;
import no.planverk.platform.api.StaleVersionException;
import no.planverk.volunteers.api.Volunteer;
import no.planverk.volunteers.api.VolunteerDraft;
import no.planverk.volunteers.api.VolunteerStatus;
import no.planverk.ui.api.CurrentUser;
import no.planverk.ui.api.Formats;
import no.planverk.volunteers.ui.internal.Errors;
import no.planverk.volunteers.ui.internal.Inputs;
import no.planverk.volunteers.ui.internal.Labels;
import no.planverk.volunteers.ui.internal.Services;
import no.planverk.volunteers.ui.internal.StepNames;
import no.planverk.volunteers.ui.internal.VolNav;

/**
 * A volunteer's page at {@code volunteers/volunteer/<id>}: the profile form, status with the allowed next statuses,
 * placements and hours, suitable assignments, the JSON export and erasure. Coordinators change; a unit's contact reads
 * the profile of the unit's volunteers; anyone else gets a message and no data (the service decides, and audits the read).
 */
public class VolunteerView extends VerticalLayout implements HasUrlParameter<Long>, HasDynamicTitle {

    private static final long serialVersionUID = 1L;
    private final transient Services s;
    H2 title;
    HorizontalLayout facts;
    VolunteerForm form;
    Button save;
    HorizontalLayout statuses;
    PlacementsPanel placements;
    Anchor export;
    Button erase;
    ConfirmDialog confirm;
    Paragraph problem;
    Paragraph message;
    private Volunteer volunteer;

    public VolunteerView(Services services) {
        this.s = services;
        setWidthFull();
    }

    @Override
    public void setParameter(BeforeEvent event, Long id) {
        show(id);
    }

    void show(long id) {
        removeAll();
        volunteer = null; // Vaadin keeps the view when only the id in the address changes
        form = null;
        save = null;
        erase = null;
        export = null;
        placements = null;
        add(VolNav.bar(VolNav.VOLUNTEER));
        try {
            volunteer = s.volunteers().profile(id, CurrentUser.require());
        } catch (AccessDeniedException e) {
            title = new H2(t("volunteer.denied.title"));
            message = Inputs.notice("planverk-volunteer-denied", t("volunteer.denied"));
            add(title, message);
            return;
        } catch (NotFoundException e) {
            title = new H2(t("volunteer.notFound"));
            message = Inputs.notice("planverk-volunteer-notfound", t("volunteer.notFound.help", id));
            add(title, message);
            return;
        }
        boolean coordinator = VolNav.coordinator();
        title = new H2();
        title.setId("planverk-volunteer-title");
        facts = new HorizontalLayout();
        facts.setAlignItems(FlexComponent.Alignment.CENTER);
        facts.getStyle().set("flex-wrap", "wrap");
        form = new VolunteerForm(s.organisations().list(null), s.units().list(), StepNames.of(s));
        form.read(volunteer);
        form.readOnly(!coordinator);
        problem = new Paragraph();
        problem.setVisible(false);
        problem.getStyle().set("color", "var(--lumo-error-text-color, #b71c1c)");
        problem.getElement().setAttribute("role", "alert");
        statuses = new HorizontalLayout();
        statuses.setAlignItems(FlexComponent.Alignment.BASELINE);
        statuses.getStyle().set("flex-wrap", "wrap");
        showHeader();
        add(title, facts);
        if (coordinator) {
            save = new Button(t("action.save"), VaadinIcon.CHECK.create());
            save.setId("planverk-volunteer-save");
            save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
            save.addClickListener(e -> save());
            add(new H3(t("volunteer.status.title")), statuses, new Paragraph(t("volunteer.status.help")));
            add(new H3(t("volunteer.profile")), form, save, problem);
        } else {
            add(new Paragraph(t("volunteer.readOnly")), new H3(t("volunteer.profile")), form);
        }
        placements = new PlacementsPanel(s, volunteer.id(), coordinator);
        add(placements);
        if (coordinator) {
            add(privacy());
        }
    }

    private void showHeader() {
        title.setText(volunteer.name());
        facts.removeAll();
        facts.add(Labels.statusChip(volunteer.status()), new Span(t("volunteer.registered", Formats.date(volunteer.registered()))));
        if (volunteer.policeCertificate() != null) {
            Labels.certificateWarning(volunteer.policeCertificate().expires(), s.today()).ifPresent(facts::add);
        }
        statuses.removeAll();
        statuses.add(new Span(t("volunteer.status.now", Labels.status(volunteer.status()))));
        for (VolunteerStatus next : VolunteerStatus.values()) {
            if (volunteer.status().canMoveTo(next)) {
                Button b = new Button(t("volunteer.status.to." + next.id()), e -> changeStatus(next));
                b.setId("planverk-volunteer-status-" + next.id());
                statuses.add(b);
            }
        }
    }

    void save() {
        problem.setVisible(false);
        Optional<VolunteerDraft> draft;
        try {
            draft = form.write();
        } catch (IllegalArgumentException e) {
            draft = Optional.empty();
        }
        if (draft.isEmpty()) {
            showProblem(t("volunteer.fix"));
            return;
        }
        try {
            volunteer = s.volunteers().update(volunteer.id(), volunteer.version(), draft.get(), CurrentUser.require());
            form.read(volunteer);
            showHeader();
            Errors.success(t("volunteer.saved"));
        } catch (InvalidInputException e) {
            List<String> rest = form.showErrors(e);
            showProblem(rest.isEmpty() ? t("volunteer.fix") : t("error.invalid", String.join("; ", rest)));
        } catch (StaleVersionException e) {
            showProblem(t("error.stale"));
        } catch (PlanverkException e) {
            showProblem(Errors.message(e));
        }
    }

    void changeStatus(VolunteerStatus to) {
        try {
            volunteer = s.volunteers().changeStatus(volunteer.id(), volunteer.version(), to, CurrentUser.require());
            form.read(volunteer);
            showHeader();
            placements.refresh();
            Errors.success(t("volunteer.status.changed", Labels.status(to)));
        } catch (PlanverkException e) {
            Errors.show(e);
        }
    }

    private VerticalLayout privacy() {
        export = new Anchor(VolunteerJson.handler(s, volunteer.id()), AttachmentType.DOWNLOAD, t("volunteer.export"));
        export.setId("planverk-volunteer-export");
        erase = new Button(t("volunteer.erase"), VaadinIcon.TRASH.create());
        erase.setId("planverk-volunteer-erase");
        erase.addThemeVariants(ButtonVariant.LUMO_ERROR);
        erase.addClickListener(e -> confirmErase());
        VerticalLayout box = new VerticalLayout(new H3(t("volunteer.gdpr")), new Paragraph(t("volunteer.export.help")), export,
                new Paragraph(t("volunteer.erase.help")), erase);
        box.setPadding(false);
        return box;
    }

    private void confirmErase() {
        UnorderedList removed = new UnorderedList(new ListItem(t("erase.removed.profile")), new ListItem(t("erase.removed.placements")));
        UnorderedList kept = new UnorderedList(new ListItem(t("erase.kept.hours")), new ListItem(t("erase.kept.audit")));
        VerticalLayout text = new VerticalLayout(new Paragraph(t("erase.intro", volunteer.name())), new Span(t("erase.removed")), removed,
                new Span(t("erase.kept")), kept, new Paragraph(t("erase.final")));
        text.setPadding(false);
        confirm = new ConfirmDialog();
        confirm.setHeader(t("erase.title"));
        confirm.setText(text);
        confirm.setConfirmText(t("erase.confirm"));
        confirm.setConfirmButtonTheme("error primary");
        confirm.setCancelable(true);
        confirm.setCancelText(t("action.cancel"));
        confirm.addConfirmListener(e -> erase());
        confirm.open();
    }

    void erase() {
        try {
            s.volunteers().erase(volunteer.id(), CurrentUser.require());
            Errors.success(t("erase.done"));
            UI.getCurrent().navigate(VolNav.VOLUNTEERS);
        } catch (PlanverkException e) {
            Errors.show(e);
        }
    }

    private void showProblem(String text) {
        problem.setText(text);
        problem.setVisible(true);
    }

    Volunteer volunteer() {
        return volunteer;
    }

    @Override
    public String getPageTitle() {
        return (volunteer == null ? t("volunteer.page") : volunteer.name()) + " – Planverk";
    }
}
