package no.planverk.platform.api;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;

class OrgUnitServiceSubtreeTest {

    /** Alver (1) with Helse og omsorg (2), its Heimeteneste (3) and Sjukeheim (4) below; Oppvekst (5) beside. */
    private final OrgUnitService units = new Units(List.of(unit(1, "ALV", null), unit(2, "ALV-HO", 1L), unit(3, "ALV-HO-HT", 2L),
            unit(4, "ALV-HO-SH", 3L), unit(5, "ALV-OPP", 1L)));

    @Test
    void aUnitWithEveryUnitBelowIt() {
        assertEquals(Set.of(2L, 3L, 4L), units.subtree(2));
        assertEquals(Set.of(1L, 2L, 3L, 4L, 5L), units.subtree(1));
        assertEquals(Set.of(4L), units.subtree(4));
    }

    @Test
    void severalRootsAndUnknownIdsKept() {
        assertEquals(Set.of(3L, 4L, 5L, 99L), units.subtree(List.of(3L, 5L, 99L)));
        assertEquals(Set.of(), units.subtree(List.of()));
    }

    @Test
    void byCodeOfAUsersUnits() {
        assertEquals(Set.of(2L, 3L, 4L), units.subtreeOfCodes(Set.of("ALV-HO", "NOPE")));
        assertEquals(Set.of(), units.subtreeOfCodes(Set.of("NOPE")));
    }

    @Test
    void theUnitAndTheUnitsAboveItNearestFirst() {
        assertEquals(List.of(4L, 3L, 2L, 1L), units.ancestors(4));
        assertEquals(List.of(5L, 1L), units.ancestors(5));
        assertEquals(List.of(1L), units.ancestors(1));
        assertEquals(List.of(99L), units.ancestors(99), "an unknown id: itself alone");
    }

    @Test
    void aSnapshotReadsTheListOnceAndAnswersFromIt() {
        int[] reads = {0};
        OrgUnitService service = new Counting(units.list(), reads);
        OrgUnitService snapshot = service.snapshot();
        assertEquals(1, reads[0]);
        assertEquals(Set.of(2L, 3L, 4L), snapshot.subtree(2));
        assertEquals(Set.of(3L, 4L, 5L, 99L), snapshot.subtree(List.of(3L, 5L, 99L)));
        assertEquals(Set.of(2L, 3L, 4L), snapshot.subtreeOfCodes(Set.of("ALV-HO")));
        assertEquals(List.of(4L, 3L, 2L, 1L), snapshot.ancestors(4));
        assertEquals("ALV-HO-HT", snapshot.find(3).orElseThrow().code());
        assertEquals(Optional.empty(), snapshot.find(99));
        assertEquals(3L, snapshot.findByCode("ALV-HO-HT").orElseThrow().id());
        assertEquals(5, snapshot.list().size());
        assertSame(snapshot, snapshot.snapshot());
        assertEquals(1, reads[0], "every answer from the one read");
        assertThrows(UnsupportedOperationException.class, () -> snapshot.delete(3, 0, null));

        service.subtreeOfCodes(Set.of("ALV-HO"));
        assertEquals(2, reads[0], "the service's own defaults read the list once per call");
    }

    private static OrgUnit unit(long id, String code, Long parent) {
        return new OrgUnit(id, code, code, parent, 0);
    }

    private record Units(List<OrgUnit> list) implements OrgUnitService {
        public Optional<OrgUnit> find(long id) {
            return list.stream().filter(u -> u.id() == id).findFirst();
        }

        public Optional<OrgUnit> findByCode(String code) {
            return list.stream().filter(u -> u.code().equals(code)).findFirst();
        }

        public OrgUnit create(OrgUnitDraft draft, UserContext by) {
            throw new UnsupportedOperationException();
        }

        public OrgUnit update(long id, long version, OrgUnitDraft draft, UserContext by) {
            throw new UnsupportedOperationException();
        }

        public void delete(long id, long version, UserContext by) {
            throw new UnsupportedOperationException();
        }
    }

    /** Counts the reads of the list. */
    private static final class Counting implements OrgUnitService {
        private final List<OrgUnit> all;
        private final int[] reads;

        Counting(List<OrgUnit> all, int[] reads) {
            this.all = all;
            this.reads = reads;
        }

        public List<OrgUnit> list() {
            reads[0]++;
            return all;
        }

        public Optional<OrgUnit> find(long id) {
            throw new UnsupportedOperationException();
        }

        public Optional<OrgUnit> findByCode(String code) {
            throw new UnsupportedOperationException();
        }

        public OrgUnit create(OrgUnitDraft draft, UserContext by) {
            throw new UnsupportedOperationException();
        }

        public OrgUnit update(long id, long version, OrgUnitDraft draft, UserContext by) {
            throw new UnsupportedOperationException();
        }

        public void delete(long id, long version, UserContext by) {
            throw new UnsupportedOperationException();
        }
    }
}
