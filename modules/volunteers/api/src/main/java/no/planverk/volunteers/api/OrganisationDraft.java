package no.planverk.volunteers.api;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import no.planverk.platform.api.Fields;
import no.planverk.platform.api.Message;

/** An organisation as entered: name and org. number are required; the number must pass the mod-11 check. */
public record OrganisationDraft(String name, String orgNumber, String contactName, String contactEmail, String contactPhone,
        List<String> activities, List<Agreement> agreements) {

    public OrganisationDraft {
        activities = Texts.list(activities);
        agreements = Texts.list(agreements);
    }

    /** Trimmed and checked; every bad field is named in the exception. */
    public OrganisationDraft validated() {
        Map<String, Message> errors = new LinkedHashMap<>();
        String n = Fields.trim(name);
        if (n == null) {
            errors.put("name", Message.of("volunteers.organisation.name.required", "The organisation needs a name"));
        }
        Texts.checkLength(errors, "name", n, Texts.MAX_NAME);
        String number = OrgNumber.normalize(Fields.trim(orgNumber));
        if (number == null) {
            errors.put("orgNumber", Message.of("volunteers.organisation.number.required", "The organisation number is missing (nine digits)"));
        } else if (!OrgNumber.valid(number)) {
            errors.put("orgNumber", Message.of("volunteers.organisation.number.invalid",
                    "''{0}'' is not a valid organisation number (nine digits, mod-11 check digit)", orgNumber));
        }
        String cn = Fields.trim(contactName);
        String ce = Fields.trim(contactEmail);
        String cp = Fields.trim(contactPhone);
        Texts.checkLength(errors, "contactName", cn, Texts.MAX_NAME);
        if (ce != null && (!Texts.isEmail(ce) || ce.length() > Texts.MAX_NAME)) {
            errors.put("contactEmail", Message.of("volunteers.email.invalid.value", "''{0}'' is not an e-mail address", ce));
        }
        if (cp != null && !Texts.isPhone(cp)) {
            errors.put("contactPhone", Message.of("volunteers.phone.invalid.value", "''{0}'' is not a phone number", cp));
        }
        List<String> acts = Texts.checkedWords(errors, "activities", activities);
        List<Agreement> ags = new ArrayList<>();
        for (Agreement a : agreements) {
            String type = a == null ? null : Fields.trim(a.type());
            if (type == null) {
                errors.put("agreements", Message.of("volunteers.agreement.type.required", "Each agreement needs a type, e.g. samarbeidsavtale"));
                continue;
            }
            if (a.from() != null && a.to() != null && a.to().isBefore(a.from())) {
                errors.put("agreements", Message.of("volunteers.agreement.dates", "The agreement ''{0}'' ends before it starts", type));
            }
            Texts.checkLength(errors, "agreements", type, Texts.MAX_NAME);
            Texts.checkLength(errors, "agreements", Fields.trim(a.document()), Texts.MAX_NAME);
            ags.add(new Agreement(type, a.from(), a.to(), Fields.trim(a.document())));
        }
        Texts.throwIfAny(errors, Message.of("volunteers.organisation.invalid", "The organisation has errors; see the fields."));
        return new OrganisationDraft(n, number, cn, ce, cp, acts, ags);
    }
}
