package no.planverk.plans.core.internal.document;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import no.planverk.plans.api.document.DiffToken;
import no.planverk.plans.api.document.RevisionComparison;
import no.planverk.plans.api.document.RevisionSnapshot;
import no.planverk.plans.api.document.SectionDiff;
import no.planverk.plans.api.document.SectionText;

/**
 * Two revisions side by side, section by section in the newer one's order; a section the newer one lacks stands
 * after the section it followed in the older one.
 */
final class RevisionCompare {

    private RevisionCompare() {
    }

    static RevisionComparison compare(RevisionSnapshot older, RevisionSnapshot newer) {
        Map<Long, SectionText> before = older.sections().stream().collect(Collectors.toMap(SectionText::sectionId, s -> s));
        Set<Long> inNewer = newer.sections().stream().map(SectionText::sectionId).collect(Collectors.toSet());
        Map<Long, List<SectionText>> removedAfter = new HashMap<>();
        Long previous = null;
        for (SectionText s : older.sections()) {
            if (inNewer.contains(s.sectionId())) {
                previous = s.sectionId();
            } else {
                removedAfter.computeIfAbsent(previous == null ? -1L : previous, k -> new ArrayList<>()).add(s);
            }
        }
        List<SectionDiff> out = new ArrayList<>();
        removedAfter.getOrDefault(-1L, List.of()).forEach(s -> out.add(removed(s)));
        for (SectionText s : newer.sections()) {
            SectionText b = before.get(s.sectionId());
            out.add(b == null ? added(s) : changed(b, s));
            removedAfter.getOrDefault(s.sectionId(), List.of()).forEach(r -> out.add(removed(r)));
        }
        return new RevisionComparison(older.revision(), newer.revision(), out);
    }

    private static SectionDiff changed(SectionText b, SectionText a) {
        WordDiff.Sides heading = WordDiff.compare(b.heading(), a.heading());
        WordDiff.Sides text = WordDiff.compare(b.markdown(), a.markdown());
        SectionDiff.Change change = !b.heading().equals(a.heading()) || !b.markdown().equals(a.markdown()) ? SectionDiff.Change.CHANGED
                : b.number().equals(a.number()) ? SectionDiff.Change.SAME : SectionDiff.Change.MOVED;
        return new SectionDiff(a.sectionId(), change, b.number(), a.number(), heading.before(), heading.after(), text.before(), text.after());
    }

    private static SectionDiff added(SectionText a) {
        return new SectionDiff(a.sectionId(), SectionDiff.Change.ADDED, null, a.number(), List.of(), whole(a.heading()), List.of(),
                whole(a.markdown()));
    }

    private static SectionDiff removed(SectionText b) {
        return new SectionDiff(b.sectionId(), SectionDiff.Change.REMOVED, b.number(), null, whole(b.heading()), List.of(),
                whole(b.markdown()), List.of());
    }

    private static List<DiffToken> whole(String text) {
        return text.isEmpty() ? List.of() : List.of(new DiffToken(text, true));
    }
}
