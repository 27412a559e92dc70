package no.planverk.measures.ui.internal.transfer;

import static no.planverk.measures.ui.internal.transfer.TransferTexts.t;

import com.vaadin.flow.component.Html;
import com.vaadin.flow.component.Key;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.AttachmentType;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.server.streams.DownloadHandler;
import java.util.Locale;
import no.planverk.measures.api.FollowUpReport;
import no.planverk.measures.api.FollowUpReportService;
import no.planverk.measures.api.MeasureService;
import no.planverk.measures.api.PlanDirectory;
import no.planverk.measures.ui.internal.MeasureLabels;
import no.planverk.measures.ui.internal.MeasureNav;
import no.planverk.platform.api.InvalidInputException;
import no.planverk.platform.api.NotFoundException;
import no.planverk.platform.api.PlanverkException;
import no.planverk.platform.api.Role;
import no.planverk.ui.api.CurrentUser;
import no.planverk.ui.api.Notices;
import no.planverk.ui.api.NumberInput;
import no.planverk.ui.api.ServerTexts;
import no.planverk.ui.api.Texts;

/**
 * The annual follow-up report of a plan for a year, as a printable page with a PDF download. Planners open
 * the roll-forward of an action part from here.
 */
public class ReportView extends VerticalLayout implements HasDynamicTitle {

    private static final long serialVersionUID = 1L;
    /** When printing, only the report: no shell menu, no nav bar, no controls. */
    private static final String PRINT_CSS = "<style>@media print {"
            + " vaadin-app-layout::part(navbar), vaadin-app-layout::part(drawer), .planverk-no-print { display: none !important; }"
            + " vaadin-app-layout { --vaadin-app-layout-drawer-offset-left: 0 !important; }"
            + " .planverk-report-section { break-inside: avoid-page; } }</style>";

    private final transient FollowUpReportService reports;
    private final transient MeasureService measures;
    private final transient PlanDirectory directory;
    final PlanChoice plan;
    final TextField year = NumberInput.integer(t("report.year"), 1900, 2200);
    final Button show = new Button(t("report.show"), VaadinIcon.FILE_TEXT_O.create());
    final Button print = new Button(t("report.print"), VaadinIcon.PRINT.create());
    final Anchor pdf;
    final Button rollForward = new Button(t("roll.open"), VaadinIcon.FORWARD.create());
    final Paragraph message = new Paragraph();
    final Div content = new Div();
    RollForwardDialog dialog;
    private FollowUpReport report;
    private Locale locale = Texts.NYNORSK;

    public ReportView(FollowUpReportService reports, MeasureService measures, PlanDirectory directory) {
        this.reports = reports;
        this.measures = measures;
        this.directory = directory;
        this.plan = new PlanChoice(directory, t("report.plan"), "planverk-measures-report-plan");
        this.pdf = new Anchor(pdfHandler(), AttachmentType.DOWNLOAD, t("report.pdf"));
        setWidthFull();
        configureControls();
        HorizontalLayout controls = new HorizontalLayout(plan.field(), year, show);
        controls.setAlignItems(FlexComponent.Alignment.BASELINE);
        controls.getStyle().set("flex-wrap", "wrap");
        HorizontalLayout actions = new HorizontalLayout(print, pdf);
        actions.setAlignItems(FlexComponent.Alignment.BASELINE);
        if (CurrentUser.require().has(Role.PLANNER)) {
            actions.add(rollForward);
        }
        Div top = new Div(MeasureNav.bar(MeasureNav.REPORT), new H2(t("report.title")), new Paragraph(t("report.help")), controls,
                actions);
        top.addClassName("planverk-no-print");
        top.setWidthFull();
        message.setId("planverk-measures-report-message");
        message.getElement().setAttribute("aria-live", "polite");
        message.setVisible(false);
        content.setWidthFull();
        add(new Html(PRINT_CSS), top, message, content);
    }

    private void configureControls() {
        year.setId("planverk-measures-report-year");
        NumberInput.set(year, MeasureLabels.currentYear() - 1);
        year.setWidth("9em");
        show.setId("planverk-measures-report-show");
        show.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        show.addClickListener(e -> showReport());
        show.addClickShortcut(Key.ENTER);
        if (plan.picker != null) {
            plan.picker.addValueChangeListener(e -> {
                if (e.getValue() != null) {
                    showReport();
                }
            });
        }
        print.setId("planverk-measures-report-print");
        print.addClickListener(e -> getElement().executeJs("window.print()"));
        pdf.setId("planverk-measures-report-pdf");
        rollForward.setId("planverk-measures-roll-open");
        rollForward.addClickListener(e -> openRollForward());
        enableOutput(false);
    }

    /** Builds the report for the chosen plan and year and shows it, or says why not. */
    void showReport() {
        report = null;
        content.removeAll();
        enableOutput(false);
        plan.error(null);
        // "20x6" stays as typed with its own message; never a report for 206
        boolean yearOk = NumberInput.valid(year);
        if (plan.empty()) {
            plan.error(t("report.plan.required"));
            return;
        }
        if (!yearOk || year.getValue().isBlank()) {
            if (yearOk) {
                year.setErrorMessage(t("report.year.bad"));
                year.setInvalid(true);
            }
            return;
        }
        try {
            report = reports.build(plan.id(), plan.typed(), NumberInput.intValue(year));
        } catch (NotFoundException e) {
            say(t("report.none", plan.label()));
            return;
        } catch (InvalidInputException e) {
            say(t("error.invalid", ServerTexts.of(e)));
            return;
        } catch (PlanverkException e) {
            Notices.show(e, TransferTexts.TEXTS);
            return;
        }
        locale = Texts.currentLocale();
        message.setVisible(report.totals().measures() == 0);
        message.setText(t("report.noneInYear", report.planName(), Integer.toString(report.year())));
        content.add(new ReportPage(report));
        enableOutput(true);
    }

    private void say(String text) {
        message.setText(text);
        message.setVisible(true);
    }

    private void enableOutput(boolean on) {
        print.setEnabled(on);
        pdf.setEnabled(on);
        // a disabled link is greyed below WCAG AA contrast (axe-core: color-contrast): without a report it is not shown
        pdf.setVisible(on);
        if (!on) {
            message.setVisible(false);
        }
    }

    FollowUpReport report() {
        return report;
    }

    /** The PDF of the report shown, in the language of the page it was shown on. */
    byte[] pdfBytes() {
        FollowUpReport r = report;
        if (r == null) {
            throw new NotFoundException("No report is shown");
        }
        return reports.pdf(r, locale);
    }

    private DownloadHandler pdfHandler() {
        return event -> {
            FollowUpReport r = report;
            if (r == null) {
                event.getResponse().setStatus(404);
                return;
            }
            byte[] bytes = reports.pdf(r, locale);
            event.setFileName(fileName(r));
            event.setContentType("application/pdf");
            event.setContentLength(bytes.length);
            event.getOutputStream().write(bytes);
        };
    }

    /** "tiltaksrapport-2025-BRG-UH-2018.pdf": only letters, digits and dashes from the plan's name. */
    static String fileName(FollowUpReport r) {
        String plan = r.planName() == null ? "" : r.planName().replaceAll("[^\\p{L}\\p{N}]+", "-").replaceAll("^-|-$", "");
        if (plan.length() > 40) {
            plan = plan.substring(0, 40).replaceAll("-$", "");
        }
        return "tiltaksrapport-" + r.year() + (plan.isEmpty() ? "" : "-" + plan) + ".pdf";
    }

    void openRollForward() {
        dialog = new RollForwardDialog(measures, directory, plan);
        dialog.open();
    }

    @Override
    public String getPageTitle() {
        return t("report.title") + " – Planverk";
    }
}
