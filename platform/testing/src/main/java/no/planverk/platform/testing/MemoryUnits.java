package no.planverk.platform.testing;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import no.planverk.platform.api.OrgUnit;
import no.planverk.platform.api.OrgUnitDraft;
import no.planverk.platform.api.OrgUnitService;
import no.planverk.platform.api.UserContext;

/** Organisation units in memory, with the demo units of Bergen and Alver; the platform's own is tested there. */
public final class MemoryUnits implements OrgUnitService {

    private final Map<Long, OrgUnit> units = new ConcurrentHashMap<>();
    private final AtomicLong ids = new AtomicLong();

    public MemoryUnits() {
        add("ALVER", "Alver kommune", null);
        add("ALV-HO", "Helse og omsorg", "ALVER");
        add("ALV-HO-HEIM", "Heimetenester", "ALV-HO");
        add("ALV-HO-INST", "Institusjonstenester", "ALV-HO");
        add("ALV-HO-TILD", "Tildelingskontoret", "ALV-HO");
        add("ALV-KUL", "Kultur, frivilligheit og idrett", "ALVER");
        add("ALV-KUL-FRIV", "Frivilligsentralen", "ALV-KUL");
        add("ALV-OPP", "Oppvekst", "ALVER");
        add("BERGEN", "Bergen kommune", null);
        add("BRG-BEHO", "Byrådsavdeling for eldre, helse og omsorg", "BERGEN");
        add("BRG-UH", "Tjenester til personer med utviklingshemming", "BRG-BEHO");
        add("BRG-SHJ", "Sykehjemsetaten", "BRG-BEHO");
        add("BRG-HJT", "Hjemmetjenesten", "BRG-BEHO");
    }

    private void add(String code, String name, String parent) {
        long id = ids.incrementAndGet();
        units.put(id, new OrgUnit(id, code, name, parent == null ? null : findByCode(parent).orElseThrow().id(), 1));
    }

    public long id(String code) {
        return findByCode(code).orElseThrow().id();
    }

    @Override
    public List<OrgUnit> list() {
        return units.values().stream().sorted(java.util.Comparator.comparing(OrgUnit::name)).toList();
    }

    @Override
    public Optional<OrgUnit> find(long id) {
        return Optional.ofNullable(units.get(id));
    }

    @Override
    public Optional<OrgUnit> findByCode(String code) {
        return units.values().stream().filter(u -> u.code().equals(code)).findFirst();
    }

    @Override
    public OrgUnit create(OrgUnitDraft draft, UserContext by) {
        add(draft.code(), draft.name(), draft.parentId() == null ? null : find(draft.parentId()).orElseThrow().code());
        return findByCode(draft.code()).orElseThrow();
    }

    @Override
    public OrgUnit update(long id, long version, OrgUnitDraft draft, UserContext by) {
        throw new UnsupportedOperationException("not needed by the module tests");
    }

    @Override
    public void delete(long id, long version, UserContext by) {
        throw new UnsupportedOperationException("not needed by the module tests");
    }
}
