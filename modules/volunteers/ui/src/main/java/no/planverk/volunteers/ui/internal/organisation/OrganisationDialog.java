package no.planverk.volunteers.ui.internal.organisation;

import no.planverk.ui.api.ServerTexts;
import static no.planverk.volunteers.ui.internal.VolTexts.t;

import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.H4;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextField;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import no.planverk.platform.api.InvalidInputException;
import no.planverk.platform.api.PlanverkException;
import no.planverk.volunteers.api.Agreement;
import no.planverk.volunteers.api.OrgNumber;
import no.planverk.volunteers.api.Organisation;
import no.planverk.volunteers.api.OrganisationDraft;
import no.planverk.ui.api.CurrentUser;
import no.planverk.ui.api.TextLimit;
import no.planverk.volunteers.api.Texts;
import no.planverk.volunteers.ui.internal.Errors;
import no.planverk.volunteers.ui.internal.Inputs;
import no.planverk.volunteers.ui.internal.Labels;
import no.planverk.volunteers.ui.internal.Services;

/** Creates or edits an organisation: name, organisation number (checked as the register does), contact, activities, agreements. */
public class OrganisationDialog extends Dialog {

    private static final long serialVersionUID = 1L;
    private final transient Services s;
    private final Organisation existing;
    private final transient Runnable onSaved;
    final TextField name = new TextField(t("organisation.name"));
    final TextField number = new TextField(t("organisation.number"));
    final TextField contactName = new TextField(t("organisation.contactName"));
    final TextField contactEmail = new TextField(t("organisation.contactEmail"));
    final TextField contactPhone = new TextField(t("organisation.contactPhone"));
    final TextField activities = new TextField(t("organisation.activities"));
    final VerticalLayout agreements = new VerticalLayout();
    final Paragraph problem = new Paragraph();
    final Button save = new Button(t("action.save"));
    private final List<AgreementRow> rows = new ArrayList<>();

    /** One agreement as four fields and a remove button. */
    static final class AgreementRow extends HorizontalLayout {
        private static final long serialVersionUID = 1L;
        final TextField type = new TextField(t("agreement.type"));
        final DatePicker from = Inputs.date(t("agreement.from"));
        final DatePicker to = Inputs.date(t("agreement.to"));
        final TextField document = new TextField(t("agreement.document"));

        AgreementRow(Agreement a, Runnable remove) {
            type.setPlaceholder("samarbeidsavtale");
            TextLimit.apply(type, Texts.MAX_NAME);
            TextLimit.apply(document, Texts.MAX_NAME);
            if (a != null) {
                type.setValue(a.type());
                from.setValue(a.from());
                to.setValue(a.to());
                document.setValue(a.document() == null ? "" : a.document());
            }
            Button drop = new Button(VaadinIcon.CLOSE_SMALL.create(), e -> remove.run());
            drop.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
            drop.getElement().setAttribute("aria-label", t("agreement.remove"));
            setAlignItems(FlexComponent.Alignment.BASELINE);
            getStyle().set("flex-wrap", "wrap");
            add(type, from, to, document, drop);
        }

        boolean fits() {
            return TextLimit.check(type, Texts.MAX_NAME) & TextLimit.check(document, Texts.MAX_NAME);
        }

        Agreement value() {
            return new Agreement(type.getValue(), from.getValue(), to.getValue(), document.getValue());
        }
    }

    public OrganisationDialog(Services s, Organisation existing, Runnable onSaved) {
        this.s = s;
        this.existing = existing;
        this.onSaved = onSaved;
        setHeaderTitle(existing == null ? t("organisations.create") : existing.name());
        name.setId("planverk-organisation-name");
        name.setRequired(true);
        number.setId("planverk-organisation-number");
        number.setRequired(true);
        number.setHelperText(t("organisation.number.help"));
        number.addValueChangeListener(e -> checkNumber());
        activities.setHelperText(t("volunteer.words.help"));
        for (TextField f : List.of(name, contactName, contactEmail)) {
            TextLimit.apply(f, Texts.MAX_NAME);
        }
        FormLayout form = new FormLayout(name, number, contactName, contactEmail, contactPhone, activities);
        form.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1), new FormLayout.ResponsiveStep("30em", 2));
        agreements.setPadding(false);
        Button add = new Button(t("agreement.add"), VaadinIcon.PLUS.create(), e -> addRow(null));
        add.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        problem.setVisible(false);
        problem.getElement().setAttribute("role", "alert");
        problem.getStyle().set("color", "var(--lumo-error-text-color, #b71c1c)");
        if (existing != null) {
            name.setValue(existing.name());
            number.setValue(existing.orgNumber());
            contactName.setValue(nz(existing.contactName()));
            contactEmail.setValue(nz(existing.contactEmail()));
            contactPhone.setValue(nz(existing.contactPhone()));
            activities.setValue(Labels.words(existing.activities()));
            existing.agreements().forEach(this::addRow);
        }
        VerticalLayout body = new VerticalLayout(form, new H4(t("organisation.agreements")), agreements, add, problem);
        body.setPadding(false);
        body.setWidth("min(52em, 90vw)");
        add(body);
        save.setId("planverk-organisation-save");
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        save.addClickListener(e -> save());
        getFooter().add(new Button(t("action.cancel"), e -> close()), save);
    }

    private static String nz(String v) {
        return v == null ? "" : v;
    }

    private void addRow(Agreement a) {
        AgreementRow[] holder = new AgreementRow[1];
        holder[0] = new AgreementRow(a, () -> {
            rows.remove(holder[0]);
            agreements.remove(holder[0]);
        });
        rows.add(holder[0]);
        agreements.add(holder[0]);
    }

    private boolean checkNumber() {
        boolean ok = OrgNumber.valid(number.getValue());
        number.setErrorMessage(t("organisation.number.invalid"));
        number.setInvalid(!ok);
        return ok;
    }

    void save() {
        problem.setVisible(false);
        boolean ok = checkNumber();
        if (name.getValue().isBlank()) {
            name.setErrorMessage(t("organisation.name.required"));
            name.setInvalid(true);
            ok = false;
        }
        for (TextField f : List.of(name, contactName, contactEmail)) {
            ok &= TextLimit.check(f, Texts.MAX_NAME);
        }
        for (AgreementRow r : rows) {
            ok &= r.fits();
        }
        if (!ok) {
            return;
        }
        OrganisationDraft draft = new OrganisationDraft(name.getValue(), number.getValue(), contactName.getValue(), contactEmail.getValue(),
                contactPhone.getValue(), Labels.words(activities.getValue()), rows.stream().map(AgreementRow::value).toList());
        try {
            Organisation saved = existing == null ? s.organisations().create(draft, CurrentUser.require())
                    : s.organisations().update(existing.id(), existing.version(), draft, CurrentUser.require());
            Errors.success(t("organisation.saved", saved.name()));
            close();
            onSaved.run();
        } catch (InvalidInputException e) {
            Map<String, HasValidation> fields = Map.of("name", name, "orgNumber", number, "contactName", contactName, "contactEmail",
                    contactEmail, "contactPhone", contactPhone, "activities", activities);
            List<String> rest = new ArrayList<>();
            e.fieldMessages().forEach((f, m) -> {
                HasValidation field = fields.get(f);
                if (field == null) {
                    rest.add(ServerTexts.of(m));
                } else {
                    field.setErrorMessage(t("volunteer.field.invalid", ServerTexts.of(m)));
                    field.setInvalid(true);
                }
            });
            if (!rest.isEmpty() || e.fieldMessages().isEmpty()) {
                problem.setText(t("error.invalid", rest.isEmpty() ? ServerTexts.of(e) : String.join("; ", rest)));
                problem.setVisible(true);
            }
        } catch (PlanverkException e) {
            problem.setText(Errors.message(e));
            problem.setVisible(true);
        }
    }
}
