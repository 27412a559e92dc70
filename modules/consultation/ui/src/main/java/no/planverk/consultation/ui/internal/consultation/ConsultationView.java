package no.planverk.consultation.ui.internal.consultation;

import static no.planverk.consultation.ui.internal.ConsultationTexts.t;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEvent;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.HasUrlParameter;
import com.vaadin.flow.component.html.AttachmentType;
import com.vaadin.flow.server.streams.DownloadHandler;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.stream.Collectors;
import no.planverk.consultation.api.Consultation;
import no.planverk.consultation.api.ConsultationService;
import no.planverk.consultation.api.ExportFile;
import no.planverk.consultation.api.ExportFormat;
import no.planverk.consultation.api.Submission;
import no.planverk.consultation.ui.internal.ConsultationNav;
import no.planverk.consultation.ui.internal.ConsultationTexts;
import no.planverk.consultation.ui.internal.PlanChoices;
import no.planverk.platform.api.InvalidInputException;
import no.planverk.platform.api.NotFoundException;
import no.planverk.platform.api.PlanverkException;
import no.planverk.platform.api.UserContext;
import no.planverk.ui.api.CurrentUser;
import no.planverk.ui.api.Formats;
import no.planverk.ui.api.Notices;
import no.planverk.ui.api.Pickers;
import no.planverk.ui.api.Texts;

/**
 * One consultation at {@code /consultation/view/<id>}: its facts, the register of submissions by number, and for planners
 * the assessment form of the chosen submission, registration of letters and e-mails, publishing, the adoption date and the
 * merknadsbehandling as CSV, PDF and DOCX.
 */
public class ConsultationView extends VerticalLayout implements HasUrlParameter<Long>, HasDynamicTitle {

    private static final long serialVersionUID = 1L;
    private final transient ConsultationService consultations;
    private final transient PlanChoices plans;
    private final transient Clock clock;
    final Anchor back = new Anchor(ConsultationNav.LIST, t("view.back"));
    final H2 title = new H2();
    final Paragraph facts = new Paragraph();
    final Paragraph introduction = new Paragraph();
    final Paragraph parties = new Paragraph();
    final Button publish = new Button();
    final DatePicker adoptedOn = Pickers.date(t("view.adoptedOn"));
    final Button saveAdopted = new Button(t("view.adoptedOn.save"));
    final Anchor csv = new Anchor();
    final Anchor pdf = new Anchor();
    final Anchor docx = new Anchor();
    final Paragraph count = new Paragraph();
    final Grid<Submission> register = new Grid<>();
    final AssessmentForm assessment = new AssessmentForm(this::saveAssessment);
    final RegisterForm letter = new RegisterForm();
    final VerticalLayout plannerPart = new VerticalLayout();
    private Consultation consultation;

    public ConsultationView(ConsultationService consultations, PlanChoices plans, Clock clock) {
        this.consultations = consultations;
        this.plans = plans;
        this.clock = clock;
        setWidthFull();
        back.setId("consultation-back");
        title.setId("consultation-title");
        facts.setId("consultation-facts");
        introduction.getStyle().set("white-space", "pre-wrap");
        parties.setId("consultation-parties");
        publish.setId("consultation-publish");
        publish.addClickListener(e -> togglePublished());
        saveAdopted.setId("consultation-adopted-save");
        saveAdopted.addClickListener(e -> saveAdopted());
        adoptedOn.setHelperText(t("view.adoptedOn.help"));
        csv.setId("consultation-export-csv");
        pdf.setId("consultation-export-pdf");
        docx.setId("consultation-export-docx");
        count.setId("consultation-register-count");
        configureRegister();
        letter.save.addClickListener(e -> registerLetter());
        plannerPart.setPadding(false);
        plannerPart.add(new HorizontalLayout(publish, csv, pdf, docx), new HorizontalLayout(adoptedOn, saveAdopted));
        add(ConsultationNav.bar(ConsultationNav.VIEW), back, title, facts, introduction, parties, plannerPart,
                new H3(t("view.register")), count, register, assessment);
        if (ConsultationNav.planner()) {
            add(new H3(t("register.heading")), letter);
        }
    }

    private void configureRegister() {
        register.setId("consultation-register-grid");
        register.addColumn(Submission::number).setHeader(t("col.number")).setKey("number").setFlexGrow(0).setWidth("5em");
        register.addColumn(s -> Formats.dateTime(s.receivedAt())).setHeader(t("col.received")).setKey("received");
        register.addColumn(s -> ConsultationTexts.channel(s.channel())).setHeader(t("col.channel")).setKey("channel");
        register.addColumn(s -> s.name() == null ? t("submitter.hidden") : s.name()).setHeader(t("col.submitter")).setKey("submitter");
        register.addColumn(s -> s.email() == null ? "" : s.email()).setHeader(t("col.email")).setKey("email");
        register.addColumn(s -> s.section() == null ? "" : s.section()).setHeader(t("col.section")).setKey("section");
        register.addColumn(s -> ConsultationTexts.outcome(s.assessment() == null ? null : s.assessment().outcome())).setHeader(t("col.outcome"))
                .setKey("outcome");
        register.setAllRowsVisible(true);
        register.asSingleSelect().addValueChangeListener(e -> {
            if (e.getValue() != null && ConsultationNav.planner()) {
                assessment.edit(e.getValue());
            }
        });
    }

    @Override
    public void setParameter(BeforeEvent event, Long id) {
        try {
            consultation = consultations.get(id, CurrentUser.require());
        } catch (NotFoundException e) {
            consultation = null;
            title.setText(t("view.notFound"));
            facts.setText(t("view.notFound.help", String.valueOf(id)));
            plannerPart.setVisible(false);
            register.setItems(List.of());
            return;
        }
        show();
    }

    private void show() {
        Consultation c = consultation;
        title.setText(c.title());
        LocalDate today = LocalDate.now(clock.withZone(Formats.OSLO));
        facts.setText(t("view.facts", plans.label(c.planId()).orElse(String.valueOf(c.planId())), ConsultationTexts.subject(c.subject()),
                Formats.date(c.opensOn()), Formats.date(c.closesOn()), ConsultationTexts.phase(c.phase(today)),
                c.revisionId() == null ? "–" : String.valueOf(c.revisionId())));
        introduction.setText(c.introduction());
        parties.setText(c.parties().isEmpty() ? t("view.parties.none") : t("view.parties", c.parties().stream()
                .map(p -> p.name() + " (" + ConsultationTexts.kind(p.kind()) + ")").collect(Collectors.joining(", "))));
        boolean planner = ConsultationNav.planner();
        plannerPart.setVisible(planner);
        publish.setText(c.assessmentPublished() ? t("view.unpublish") : t("view.publish"));
        adoptedOn.setValue(c.adoptedOn());
        UserContext user = CurrentUser.require();
        for (ExportFormat f : ExportFormat.values()) {
            Anchor a = f == ExportFormat.CSV ? csv : f == ExportFormat.PDF ? pdf : docx;
            a.setHref(download(c.id(), f, user), AttachmentType.DOWNLOAD);
            a.setText(t("view.export." + f.extension()));
        }
        List<Submission> subs = consultations.submissions(c.id(), user);
        register.setItems(subs);
        count.setText(subs.size() == 1 ? t("view.count.one") : t("view.count", subs.size()));
    }

    private DownloadHandler download(long id, ExportFormat f, UserContext user) {
        java.util.Locale locale = Texts.currentLocale();
        return event -> {
            ExportFile file = consultations.exportAssessment(id, f, locale, user);
            event.setFileName(file.fileName());
            event.setContentType(file.mediaType());
            event.setContentLength(file.bytes().length);
            event.getOutputStream().write(file.bytes());
        };
    }

    private void togglePublished() {
        act(() -> consultations.publishAssessment(consultation.id(), consultation.version(), !consultation.assessmentPublished(),
                CurrentUser.require()), consultation.assessmentPublished() ? t("view.unpublished") : t("view.published"));
    }

    private void saveAdopted() {
        act(() -> consultations.adopted(consultation.id(), consultation.version(), adoptedOn.getValue(), CurrentUser.require()),
                t("view.adoptedOn.saved"));
    }

    private void act(java.util.function.Supplier<Consultation> change, String done) {
        try {
            consultation = change.get();
            Notices.success(done);
            show();
        } catch (PlanverkException e) {
            ConsultationTexts.show(e);
        }
    }

    private void saveAssessment(AssessmentForm form) {
        Submission s = form.current();
        try {
            Submission saved = consultations.assess(s.id(), s.version(), form.value(), CurrentUser.require());
            Notices.success(t("assess.saved", saved.number()));
            show();
            form.edit(saved);
        } catch (InvalidInputException e) {
            if (!form.show(ConsultationTexts.problems(e))) {
                ConsultationTexts.show(e);
            }
        } catch (PlanverkException e) {
            ConsultationTexts.show(e);
        }
    }

    private void registerLetter() {
        try {
            Submission s = consultations.register(consultation.id(), letter.channel.getValue(), letter.draft(), CurrentUser.require());
            letter.show(java.util.Map.of());
            letter.clear();
            Notices.success(t("register.saved", s.number()));
            show();
        } catch (InvalidInputException e) {
            if (!letter.show(ConsultationTexts.problems(e))) {
                ConsultationTexts.show(e);
            }
        } catch (PlanverkException e) {
            ConsultationTexts.show(e);
        }
    }

    @Override
    public String getPageTitle() {
        return title.getText() + " – Planverk";
    }
}
