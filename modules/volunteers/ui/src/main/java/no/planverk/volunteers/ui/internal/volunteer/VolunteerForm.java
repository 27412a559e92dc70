package no.planverk.volunteers.ui.internal.volunteer;

import no.planverk.ui.api.ServerTexts;
import static no.planverk.volunteers.ui.internal.VolTexts.t;

import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.checkbox.CheckboxGroup;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.combobox.MultiSelectComboBox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.H4;
import com.vaadin.flow.component.textfield.EmailField;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.binder.Binder;
import com.vaadin.flow.data.binder.ValidationResult;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import no.planverk.platform.api.InvalidInputException;
import no.planverk.platform.api.OrgUnit;
import no.planverk.volunteers.api.Organisation;
import no.planverk.ui.api.TextLimit;
import no.planverk.volunteers.api.Texts;
import no.planverk.volunteers.api.Volunteer;
import no.planverk.volunteers.api.VolunteerDraft;
import no.planverk.volunteers.ui.internal.Inputs;
import no.planverk.volunteers.ui.internal.StepNames;

/**
 * Every editable field of a volunteer, bound to a {@link VolunteerBean}, with the rules the service checks shown on
 * the fields before saving (name, e-mail, phone, time slots, certificate dates). The form never calls the service.
 */
public class VolunteerForm extends FormLayout {

    private static final long serialVersionUID = 1L;
    final TextField name = new TextField(t("volunteer.name"));
    final EmailField email = new EmailField(t("volunteer.email"));
    final TextField phone = new TextField(t("volunteer.phone"));
    final ComboBox<Organisation> organisation = new ComboBox<>(t("volunteer.organisation"));
    final TextField interests = new TextField(t("volunteer.interests"));
    final TextField skills = new TextField(t("volunteer.skills"));
    final TextField languages = new TextField(t("volunteer.languages"));
    final TextField availability = new TextField(t("volunteer.availability"));
    final MultiSelectComboBox<OrgUnit> units = new MultiSelectComboBox<>(t("volunteer.units"));
    final CheckboxGroup<Integer> steps = new CheckboxGroup<>(t("volunteer.steps"));
    final DatePicker consentGiven = Inputs.date(t("volunteer.consent.given"));
    final TextField consentPurposes = new TextField(t("volunteer.consent.purposes"));
    final DatePicker certificateChecked = Inputs.date(t("volunteer.certificate.checked"));
    final DatePicker certificateExpires = Inputs.date(t("volunteer.certificate.expires"));
    final DatePicker confidentiality = Inputs.date(t("volunteer.confidentiality"));
    final TextArea notes = new TextArea(t("volunteer.notes"));
    final Binder<VolunteerBean> binder = new Binder<>();
    private final List<Organisation> organisations;
    private final List<OrgUnit> allUnits;
    private final Map<String, HasValidation> byField;

    public VolunteerForm(List<Organisation> organisations, List<OrgUnit> allUnits) {
        this(organisations, allUnits, new StepNames(List.of()));
    }

    /** With the steps as the staircase names them (see {@link StepNames}). */
    VolunteerForm(List<Organisation> organisations, List<OrgUnit> allUnits, StepNames stepNames) {
        this.organisations = organisations;
        this.allUnits = allUnits;
        configure();
        steps.setItemLabelGenerator(stepNames::label);
        bind();
        add(name, email, phone, organisation, interests, skills, languages, availability, units, steps);
        H4 privacy = new H4(t("volunteer.privacy"));
        add(privacy, consentGiven, consentPurposes, certificateChecked, certificateExpires, confidentiality, notes);
        setColspan(availability, 2);
        setColspan(units, 2);
        setColspan(privacy, 2);
        setColspan(notes, 2);
        setResponsiveSteps(new ResponsiveStep("0", 1), new ResponsiveStep("40em", 2));
        byField = Map.ofEntries(Map.entry("name", name), Map.entry("email", email), Map.entry("phone", phone),
                Map.entry("organisationId", organisation), Map.entry("interests", interests), Map.entry("skills", skills),
                Map.entry("languages", languages), Map.entry("availability", availability), Map.entry("preferredUnitIds", units),
                Map.entry("preferredSteps", steps), Map.entry("consent", consentGiven), Map.entry("policeCertificate", certificateChecked),
                Map.entry("notes", notes));
    }

    private void configure() {
        name.setId("planverk-volunteer-name");
        TextLimit.apply(name, Texts.MAX_NAME);
        TextLimit.apply(email, Texts.MAX_NAME);
        name.setRequiredIndicatorVisible(true);
        email.setId("planverk-volunteer-email");
        phone.setId("planverk-volunteer-phone");
        organisation.setItems(organisations);
        organisation.setItemLabelGenerator(Organisation::name);
        organisation.setClearButtonVisible(true);
        organisation.setHelperText(t("volunteer.organisation.help"));
        for (TextField f : List.of(interests, skills, languages, consentPurposes)) {
            f.setHelperText(t("volunteer.words.help"));
        }
        availability.setId("planverk-volunteer-availability");
        availability.setHelperText(t("volunteer.availability.help"));
        units.setItems(allUnits);
        units.setItemLabelGenerator(OrgUnit::name);
        units.setHelperText(t("volunteer.units.help"));
        steps.setItems(1, 2, 3, 4);
        steps.setHelperText(t("volunteer.steps.help"));
        certificateChecked.setId("planverk-volunteer-certificate-checked");
        certificateExpires.setId("planverk-volunteer-certificate-expires");
        certificateExpires.setHelperText(t("volunteer.certificate.help"));
        consentGiven.setHelperText(t("volunteer.consent.help"));
        confidentiality.setHelperText(t("volunteer.confidentiality.help"));
        notes.setHelperText(t("volunteer.notes.help"));
        TextLimit.apply(notes, Texts.MAX_TEXT);
    }

    private void bind() {
        binder.forField(name).asRequired(t("volunteer.name.required")).withValidator(TextLimit.validator(Texts.MAX_NAME)).bind(VolunteerBean::getName, VolunteerBean::setName);
        binder.forField(email).withValidator(TextLimit.validator(Texts.MAX_NAME)).withValidator(v -> v == null || v.isBlank() || Texts.isEmail(v.strip()), t("volunteer.email.invalid"))
                .bind(VolunteerBean::getEmail, VolunteerBean::setEmail);
        binder.forField(phone).withValidator(v -> v == null || v.isBlank() || Texts.isPhone(v.strip()), t("volunteer.phone.invalid"))
                .bind(VolunteerBean::getPhone, VolunteerBean::setPhone);
        binder.forField(organisation).bind(VolunteerBean::getOrganisation, VolunteerBean::setOrganisation);
        binder.forField(interests).bind(VolunteerBean::getInterests, VolunteerBean::setInterests);
        binder.forField(skills).bind(VolunteerBean::getSkills, VolunteerBean::setSkills);
        binder.forField(languages).bind(VolunteerBean::getLanguages, VolunteerBean::setLanguages);
        binder.forField(availability).withValidator((v, ctx) -> {
            try {
                VolunteerBean.slots(v);
                return ValidationResult.ok();
            } catch (IllegalArgumentException e) {
                return ValidationResult.error(t("volunteer.availability.invalid"));
            }
        }).bind(VolunteerBean::getAvailability, VolunteerBean::setAvailability);
        binder.forField(units).bind(VolunteerBean::getUnits, VolunteerBean::setUnits);
        binder.forField(steps).bind(VolunteerBean::getSteps, VolunteerBean::setSteps);
        binder.forField(consentGiven).withValidator((d, ctx) -> d != null || consentPurposes.getValue().isBlank()
                ? ValidationResult.ok() : ValidationResult.error(t("volunteer.consent.date"))).bind(VolunteerBean::getConsentGiven,
                VolunteerBean::setConsentGiven);
        binder.forField(consentPurposes).bind(VolunteerBean::getConsentPurposes, VolunteerBean::setConsentPurposes);
        binder.forField(certificateChecked).withValidator((d, ctx) -> d != null || certificateExpires.getValue() == null
                ? ValidationResult.ok() : ValidationResult.error(t("volunteer.certificate.checked.required")))
                .bind(VolunteerBean::getCertificateChecked, VolunteerBean::setCertificateChecked);
        binder.forField(certificateExpires).withValidator((d, ctx) -> d == null || certificateChecked.getValue() == null
                || !d.isBefore(certificateChecked.getValue()) ? ValidationResult.ok()
                : ValidationResult.error(t("volunteer.certificate.order"))).bind(VolunteerBean::getCertificateExpires,
                VolunteerBean::setCertificateExpires);
        binder.forField(confidentiality).bind(VolunteerBean::getConfidentialitySigned, VolunteerBean::setConfidentialitySigned);
        binder.forField(notes).withValidator(TextLimit.validator(Texts.MAX_TEXT)).bind(VolunteerBean::getNotes, VolunteerBean::setNotes);
    }

    public void read(Volunteer v) {
        binder.readBean(VolunteerBean.of(v, organisations, allUnits));
    }

    /** The draft, or empty when a field fails the form's checks (shown on the fields). */
    public Optional<VolunteerDraft> write() {
        VolunteerBean bean = new VolunteerBean();
        if (!binder.writeBeanIfValid(bean)) {
            return Optional.empty();
        }
        return Optional.of(bean.toDraft());
    }

    /** Puts each of the service's field errors on its field; returns those that belong to no field. */
    public List<String> showErrors(InvalidInputException e) {
        List<String> rest = new ArrayList<>();
        e.fieldMessages().forEach((field, message) -> {
            HasValidation f = byField.get(field);
            if (f == null) {
                rest.add(ServerTexts.of(message));
            } else {
                f.setErrorMessage(t("volunteer.field.invalid", ServerTexts.of(message)));
                f.setInvalid(true);
            }
        });
        if (e.fieldMessages().isEmpty()) {
            rest.add(ServerTexts.of(e));
        }
        return rest;
    }

    public void readOnly(boolean readOnly) {
        binder.setReadOnly(readOnly);
    }
}
