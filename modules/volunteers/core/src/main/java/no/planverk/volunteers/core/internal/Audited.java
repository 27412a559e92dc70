package no.planverk.volunteers.core.internal;

import java.lang.reflect.RecordComponent;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import no.planverk.volunteers.api.Volunteer;

/**
 * What the audit trail keeps about a volunteer: ids, the status and the names of the fields that changed,
 * never the values (the trail is not erased with the volunteer). Organisations and unit contacts likewise
 * leave out the contact person.
 */
record Audited(long id, String status, Long organisationId, List<String> changed) {

    static Audited of(Volunteer v) {
        return new Audited(v.id(), v.status().id(), v.organisationId(), List.of());
    }

    static Audited change(Volunteer before, Volunteer after) {
        return new Audited(after.id(), after.status().id(), after.organisationId(), changedFields(before, after));
    }

    /** What the trail keeps about an organisation: its id, name and number, and the fields changed (not the contact person). */
    record Organisation(long id, String name, String orgNumber, List<String> changed) {

        static Organisation of(no.planverk.volunteers.api.Organisation o, no.planverk.volunteers.api.Organisation before) {
            return new Organisation(o.id(), o.name(), o.orgNumber(), before == null ? List.of() : changedFields(before, o));
        }
    }

    /** What the trail keeps about a unit's contact: the unit and the user name. */
    record Contact(long unitId, String username) {

        static Contact of(no.planverk.volunteers.api.UnitContact c) {
            return c == null ? null : new Contact(c.unitId(), c.username());
        }
    }

    /** The names of the record's fields whose values differ, without the version. */
    static List<String> changedFields(Record before, Record after) {
        List<String> out = new ArrayList<>();
        try {
            for (RecordComponent c : before.getClass().getRecordComponents()) {
                if (!c.getName().equals("version") && !Objects.equals(c.getAccessor().invoke(before), c.getAccessor().invoke(after))) {
                    out.add(c.getName());
                }
            }
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException(e);
        }
        return out;
    }
}
