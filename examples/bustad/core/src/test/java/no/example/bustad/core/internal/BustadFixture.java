package no.example.bustad.core.internal;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import no.example.bustad.api.BustadService;
import no.example.bustad.api.EntryDraft;
import no.example.bustad.api.HousingStep;
import no.example.bustad.api.WaitingEntry;
import no.planverk.platform.api.Role;
import no.planverk.platform.api.UserContext;
import no.planverk.platform.testing.LocalJpaTemplate;
import no.planverk.platform.testing.MemoryUnits;
import no.planverk.platform.testing.RecordingAudit;

/**
 * The real {@link BustadService} on a fresh in-memory Derby database with Planverk's test kit: the demo units of Alver
 * and Bergen ({@link MemoryUnits}) and a recorded audit trail. Today is 2 June 2025 in Oslo. In core's test-jar, so the ui
 * module's view tests run on it too.
 */
public final class BustadFixture implements AutoCloseable {

    public static final Clock CLOCK = Clock.fixed(Instant.parse("2025-06-02T08:00:00Z"), ZoneId.of("Europe/Oslo"));
    public static final LocalDate TODAY = LocalDate.now(CLOCK);
    public static final UserContext COORDINATOR = UserContext.of("koordinator", Role.COORDINATOR);
    public static final UserContext READER = UserContext.of("lesar", Role.READER);

    private final LocalJpaTemplate jpa = LocalJpaTemplate.inMemory("bustad-test");
    private final RecordingAudit audit = new RecordingAudit();
    private final MemoryUnits units = new MemoryUnits();
    private final BustadServiceImpl service = new BustadServiceImpl(jpa, audit, units, CLOCK);

    public BustadService service() {
        return service;
    }

    public MemoryUnits units() {
        return units;
    }

    public RecordingAudit audit() {
        return audit;
    }

    /** A waiting position at the unit with this code. */
    public WaitingEntry add(String reference, String unitCode, HousingStep step, LocalDate listedOn) {
        return service.create(new EntryDraft(reference, units.id(unitCode), step, listedOn, null, null), COORDINATOR);
    }

    @Override
    public void close() {
        jpa.close();
    }
}
