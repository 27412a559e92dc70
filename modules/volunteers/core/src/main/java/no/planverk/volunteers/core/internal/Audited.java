package no.planverk.volunteers.core.internal;

import java.lang.reflect.RecordComponent;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import no.planverk.volunteers.api.Volunteer;

/**
 * What the audit trail keeps about a volunteer: ids, the status and the names of the fields that changed,
 * never the values (the trail is not erased with the volunteer).
 */
record Audited(long id, String status, Long organisationId, List<String> changed) {

    static Audited of(Volunteer v) {
        return new Audited(v.id(), v.status().id(), v.organisationId(), List.of());
    }

    static Audited change(Volunteer before, Volunteer after) {
        return new Audited(after.id(), after.status().id(), after.organisationId(), changedFields(before, after));
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
