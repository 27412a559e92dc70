package no.planverk.plans.core.internal.document;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** Puts sections in reading order and numbers them: chapters 1, 2 …, their sections 1.1, 1.2 …, then 1.1.1. */
final class Numbering {

    /** Where a section stands: under its parent (null for a chapter) at a position. */
    record Place(long id, Long parentId, int position) {
    }

    record Numbered(long id, String number, int level) {
    }

    private static final Comparator<Place> ORDER = Comparator.comparingInt(Place::position).thenComparingLong(Place::id);

    private Numbering() {
    }

    /** Depth first; a section whose parent is missing counts as a chapter, after the others. */
    static List<Numbered> order(Collection<Place> places) {
        Set<Long> ids = new HashSet<>();
        places.forEach(p -> ids.add(p.id()));
        Map<Long, List<Place>> children = new HashMap<>();
        List<Place> top = new ArrayList<>();
        List<Place> orphans = new ArrayList<>();
        for (Place p : places) {
            if (p.parentId() == null) {
                top.add(p);
            } else if (ids.contains(p.parentId())) {
                children.computeIfAbsent(p.parentId(), k -> new ArrayList<>()).add(p);
            } else {
                orphans.add(p);
            }
        }
        top.sort(ORDER);
        orphans.sort(ORDER);
        top.addAll(orphans);
        List<Numbered> out = new ArrayList<>();
        walk(top, "", 1, children, out, new HashSet<>());
        return out;
    }

    private static void walk(List<Place> level, String prefix, int depth, Map<Long, List<Place>> children, List<Numbered> out, Set<Long> seen) {
        int n = 0;
        for (Place p : level) {
            if (!seen.add(p.id())) {
                continue;
            }
            String number = prefix + (++n);
            out.add(new Numbered(p.id(), number, depth));
            List<Place> kids = new ArrayList<>(children.getOrDefault(p.id(), List.of()));
            kids.sort(ORDER);
            walk(kids, number + ".", depth + 1, children, out, seen);
        }
    }
}
