package no.planverk.volunteers.api;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import no.planverk.platform.api.Fields;

/** An organisation as entered: name and org. number are required; the number must pass the mod-11 check. */
public record OrganisationDraft(String name, String orgNumber, String contactName, String contactEmail, String contactPhone,
        List<String> activities, List<Agreement> agreements) {

    public OrganisationDraft {
        activities = Texts.list(activities);
        agreements = Texts.list(agreements);
    }

    /** Trimmed and checked; every bad field is named in the exception. */
    public OrganisationDraft validated() {
        Map<String, String> errors = new LinkedHashMap<>();
        String n = Fields.trim(name);
        if (n == null) {
            errors.put("name", "The organisation needs a name");
        }
        Fields.checkLength(errors, "name", n, Texts.MAX_NAME);
        String number = OrgNumber.normalize(Fields.trim(orgNumber));
        if (number == null) {
            errors.put("orgNumber", "The organisation number is missing (nine digits)");
        } else if (!OrgNumber.valid(number)) {
            errors.put("orgNumber", "'" + orgNumber + "' is not a valid organisation number (nine digits, mod-11 check digit)");
        }
        String cn = Fields.trim(contactName);
        String ce = Fields.trim(contactEmail);
        String cp = Fields.trim(contactPhone);
        Fields.checkLength(errors, "contactName", cn, Texts.MAX_NAME);
        if (ce != null && (!Texts.isEmail(ce) || ce.length() > Texts.MAX_NAME)) {
            errors.put("contactEmail", "'" + ce + "' is not an e-mail address");
        }
        if (cp != null && !Texts.isPhone(cp)) {
            errors.put("contactPhone", "'" + cp + "' is not a phone number");
        }
        List<String> acts = Texts.words(errors, "activities", activities);
        List<Agreement> ags = new ArrayList<>();
        for (Agreement a : agreements) {
            String type = a == null ? null : Fields.trim(a.type());
            if (type == null) {
                errors.put("agreements", "Each agreement needs a type, e.g. samarbeidsavtale");
                continue;
            }
            if (a.from() != null && a.to() != null && a.to().isBefore(a.from())) {
                errors.put("agreements", "The agreement '" + type + "' ends before it starts");
            }
            Fields.checkLength(errors, "agreements", type, Texts.MAX_NAME);
            Fields.checkLength(errors, "agreements", Fields.trim(a.document()), Texts.MAX_NAME);
            ags.add(new Agreement(type, a.from(), a.to(), Fields.trim(a.document())));
        }
        Fields.throwIfAny(errors, "The organisation");
        return new OrganisationDraft(n, number, cn, ce, cp, acts, ags);
    }
}
