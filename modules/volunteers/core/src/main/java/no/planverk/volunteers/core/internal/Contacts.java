package no.planverk.volunteers.core.internal;

import no.planverk.platform.api.Message;
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
            throw new InvalidInputException(Message.of("volunteers.contact.empty", "The contact is empty"));
        }
        Map<String, Message> errors = new LinkedHashMap<>();
        if (units.find(c.unitId()).isEmpty()) {
            errors.put("unitId", Message.of("volunteers.unit.unknown", "There is no unit {0}", String.valueOf(c.unitId())));
        }
        String name = Fields.trim(c.name());
        if (name == null) {
            errors.put("name", Message.of("volunteers.contact.name.required", "The contact needs a name"));
        }
        Texts.checkLength(errors, "name", name, Texts.MAX_NAME);
        String user = Fields.trim(c.username());
        Texts.checkLength(errors, "username", user, 200);
        String email = Fields.trim(c.email());
        if (email != null && !Texts.isEmail(email)) {
            errors.put("email", Message.of("volunteers.email.invalid", "Not an e-mail address"));
        }
        String phone = Fields.trim(c.phone());
        if (phone != null && !Texts.isPhone(phone)) {
            errors.put("phone", Message.of("volunteers.phone.invalid", "Not a phone number"));
        }
        Texts.throwIfAny(errors, Message.of("volunteers.contact.invalid", "The contact has errors; see the fields."));
        return new UnitContact(c.unitId(), user, name, email, phone);
    }
}
