package no.planverk.volunteers.core.internal;

import java.util.LinkedHashMap;
import java.util.Map;
import no.planverk.platform.api.Fields;
import no.planverk.platform.api.InvalidInputException;
import no.planverk.platform.api.OrgUnitService;
import no.planverk.volunteers.api.Texts;
import no.planverk.volunteers.api.UnitContact;

/** Checks a unit's volunteer contact: the unit exists, a name, and an e-mail or phone that look right. */
final class Contacts {

    private Contacts() {
    }

    static UnitContact checked(UnitContact c, OrgUnitService units) {
        if (c == null) {
            throw new InvalidInputException("The contact is empty");
        }
        Map<String, String> errors = new LinkedHashMap<>();
        if (units.find(c.unitId()).isEmpty()) {
            errors.put("unitId", "There is no unit " + c.unitId());
        }
        String name = Fields.trim(c.name());
        if (name == null) {
            errors.put("name", "The contact needs a name");
        }
        Fields.checkLength(errors, "name", name, Texts.MAX_NAME);
        String user = Fields.trim(c.username());
        Fields.checkLength(errors, "username", user, 200);
        String email = Fields.trim(c.email());
        if (email != null && !Texts.isEmail(email)) {
            errors.put("email", "Not an e-mail address");
        }
        String phone = Fields.trim(c.phone());
        if (phone != null && !Texts.isPhone(phone)) {
            errors.put("phone", "Not a phone number");
        }
        Fields.throwIfAny(errors, "The contact");
        return new UnitContact(c.unitId(), user, name, email, phone);
    }
}
