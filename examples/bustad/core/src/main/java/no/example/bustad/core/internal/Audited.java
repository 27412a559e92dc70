package no.example.bustad.core.internal;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import no.example.bustad.api.WaitingEntry;

/**
 * What Planverk's audit trail keeps about a position: its fields, without the free-text note (only whether it changed),
 * so that nothing typed into a note by mistake ends up in the trail.
 */
record Audited(long id, String reference, long unitId, String step, LocalDate listedOn, String status, List<String> changed) {

    static Audited of(WaitingEntry e, WaitingEntry before) {
        List<String> changed = new ArrayList<>();
        if (before != null) {
            add(changed, "reference", before.reference(), e.reference());
            add(changed, "unitId", before.unitId(), e.unitId());
            add(changed, "step", before.step(), e.step());
            add(changed, "listedOn", before.listedOn(), e.listedOn());
            add(changed, "status", before.status(), e.status());
            add(changed, "note", before.note(), e.note());
        }
        return new Audited(e.id(), e.reference(), e.unitId(), e.step().id(), e.listedOn(), e.status().id(), changed);
    }

    private static void add(List<String> changed, String name, Object before, Object after) {
        if (!Objects.equals(before, after)) {
            changed.add(name);
        }
    }
}
