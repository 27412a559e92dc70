package no.planverk.consultation.ui.internal.list;

import static no.planverk.consultation.ui.internal.ConsultationTexts.t;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.HasDynamicTitle;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import no.planverk.consultation.api.Consultation;
import no.planverk.consultation.api.ConsultationService;
import no.planverk.consultation.ui.internal.ConsultationNav;
import no.planverk.consultation.ui.internal.ConsultationTexts;
import no.planverk.consultation.ui.internal.PlanChoices;
import no.planverk.platform.api.InvalidInputException;
import no.planverk.platform.api.PlanverkException;
import no.planverk.ui.api.CurrentUser;
import no.planverk.ui.api.Formats;
import no.planverk.ui.api.Notices;

/**
 * The consultations at {@code /consultation}: open ones first, each linking to its page; planners open a new one with the
 * form below the list and find a submitter's data (GDPR) in the privacy panel.
 */
public class ConsultationsView extends VerticalLayout implements HasDynamicTitle {

    private static final long serialVersionUID = 1L;
    private final transient ConsultationService consultations;
    private final transient PlanChoices plans;
    private final transient Clock clock;
    final Grid<Consultation> grid = new Grid<>();
    final Paragraph count = new Paragraph();
    final OpenForm form;
    final Button open = new Button(t("form.open"));
    final PrivacyPanel privacy;

    public ConsultationsView(ConsultationService consultations, PlanChoices plans, Clock clock) {
        this.consultations = consultations;
        this.plans = plans;
        this.clock = clock;
        this.form = new OpenForm(plans);
        this.privacy = new PrivacyPanel(consultations);
        setWidthFull();
        H2 title = new H2(t("list.title"));
        count.setId("consultation-count");
        configureGrid();
        add(ConsultationNav.bar(ConsultationNav.LIST), title, count, grid);
        if (ConsultationNav.planner()) {
            open.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
            open.setId("consultation-open");
            open.addClickListener(e -> openConsultation());
            add(new H3(t("form.heading")), form, open, privacy);
        }
        refresh();
    }

    private void configureGrid() {
        grid.setId("consultation-grid");
        grid.addComponentColumn(c -> new Anchor(ConsultationNav.view(c.id()), c.title())).setHeader(t("col.title")).setKey("title")
                .setFlexGrow(3);
        grid.addColumn(c -> plans.label(c.planId()).orElse(String.valueOf(c.planId()))).setHeader(t("col.plan")).setKey("plan").setFlexGrow(2);
        grid.addColumn(c -> ConsultationTexts.subject(c.subject())).setHeader(t("col.subject")).setKey("subject");
        grid.addColumn(c -> Formats.date(c.opensOn()) + "–" + Formats.date(c.closesOn())).setHeader(t("col.period")).setKey("period");
        grid.addColumn(c -> ConsultationTexts.phase(c.phase(today()))).setHeader(t("col.phase")).setKey("phase");
        grid.addColumn(c -> Formats.integer(c.submissions())).setHeader(t("col.submissions")).setKey("submissions");
        grid.addColumn(c -> c.assessmentPublished() ? t("yes") : t("no")).setHeader(t("col.published")).setKey("published");
        grid.setAllRowsVisible(true);
    }

    void refresh() {
        List<Consultation> list = consultations.list(CurrentUser.require());
        grid.setItems(list);
        count.setText(list.size() == 1 ? t("list.count.one") : t("list.count", list.size()));
    }

    private void openConsultation() {
        if (!form.valid()) {
            return;
        }
        try {
            Consultation c = consultations.open(form.draft(), CurrentUser.require());
            form.show(java.util.Map.of());
            form.clear();
            Notices.success(t("form.opened", c.title()));
            refresh();
        } catch (InvalidInputException e) {
            if (!form.show(ConsultationTexts.problems(e))) {
                ConsultationTexts.show(e);
            }
        } catch (PlanverkException e) {
            ConsultationTexts.show(e);
        }
    }

    private LocalDate today() {
        return LocalDate.now(clock.withZone(Formats.OSLO));
    }

    @Override
    public String getPageTitle() {
        return t("list.title") + " – Planverk";
    }
}
