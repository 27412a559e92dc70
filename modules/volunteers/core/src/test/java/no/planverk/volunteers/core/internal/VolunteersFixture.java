package no.planverk.volunteers.core.internal;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import no.planverk.platform.api.AuditEntry;
import no.planverk.platform.api.AuditLog;
import no.planverk.platform.api.AuditQuery;
import no.planverk.platform.api.UserContext;
import no.planverk.platform.testing.LocalJpaTemplate;
import no.planverk.platform.testing.MemoryUnits;
import no.planverk.platform.testing.RecordingAudit;
import no.planverk.volunteers.api.AssignmentService;
import no.planverk.volunteers.api.HoursService;
import no.planverk.platform.api.link.MeasureDirectory;
import no.planverk.volunteers.api.StepDirectory;
import no.planverk.volunteers.api.OrganisationService;
import no.planverk.volunteers.api.VolunteerService;

/**
 * The volunteers module's real services on an in-memory Derby database, for tests here and in the ui and demo
 * modules (core's test-jar). The audit trail is recorded, with each entry's before and after as JSON.
 * {@link #inMemory()} reuses one database per test JVM and empties its tables first, which saves the two or
 * three seconds of creating the tables for every test; {@link #inMemory(Clock)} makes a database of its own.
 */
public final class VolunteersFixture implements AutoCloseable {

    /** 25 November 2026, 11:00 in Alver. */
    public static final Clock CLOCK = Clock.fixed(Instant.parse("2026-11-25T10:00:00Z"), ZoneId.of("Europe/Oslo"));

    private static final ObjectMapper JSON = new ObjectMapper().registerModule(new JavaTimeModule())
            .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS);

    private final LocalJpaTemplate jpa;
    private final RecordingAudit audit = new RecordingAudit();
    private final List<String> auditJson = new CopyOnWriteArrayList<>();
    private final MemoryUnits units = new MemoryUnits();
    private final OrganisationServiceImpl organisations;
    private final VolunteerServiceImpl volunteers;
    private final AssignmentServiceImpl assignments;
    private final HoursServiceImpl hours;
    private final VolunteerTransferServiceImpl transfer;

    private VolunteersFixture(LocalJpaTemplate jpa, Clock clock) {
        this.jpa = jpa;
        AuditLog log = new AuditLog() {
            @Override
            public void record(UserContext actor, String action, String type, Object id, Object before, Object after) {
                audit.record(actor, action, type, id, before, after);
                try {
                    auditJson.add(JSON.writeValueAsString(new Object[] {id, before, after}));
                } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
                    throw new IllegalStateException(e);
                }
            }

            @Override
            public List<AuditEntry> find(AuditQuery query) {
                return audit.find(query);
            }

            @Override
            public long count(AuditQuery query) {
                return audit.count(query);
            }
        };
        organisations = new OrganisationServiceImpl(jpa, log);
        volunteers = new VolunteerServiceImpl(jpa, log, units, clock, 30, 6);
        assignments = new AssignmentServiceImpl(jpa, log, units, clock);
        hours = new HoursServiceImpl(jpa, log, units, clock);
        transfer = new VolunteerTransferServiceImpl(jpa, log, units, clock);
    }

    private static VolunteersFixture shared;

    /** The shared fixture at {@link #CLOCK}, with empty tables and an empty audit trail. */
    public static synchronized VolunteersFixture inMemory() {
        if (shared == null) {
            shared = inMemory(CLOCK);
        } else {
            shared.empty();
        }
        return shared;
    }

    private static final List<String> ENTITIES = List.of("HoursEntity", "PlacementEntity", "AssignmentEntity", "VolunteerEntity",
            "AgreementEntity", "OrganisationEntity", "UnitContactEntity");

    private void empty() {
        jpa.tx(em -> {
            ENTITIES.forEach(e -> em.createQuery("delete from " + e).executeUpdate());
            em.getEntityManagerFactory().getCache().evictAll();
        });
        audit.calls().clear();
        auditJson.clear();
        assignments.setDirectory(null);
        assignments.setStepDirectory(null);
    }

    /** The staircase's step names for the steps 1..4 (null: none, plain numbers). */
    public void stepDirectory(StepDirectory d) {
        assignments.setStepDirectory(d);
    }

    /** The measures module's measures for assignments to serve (null: none, links unchecked). */
    public void directory(MeasureDirectory d) {
        assignments.setDirectory(d);
    }

    public static VolunteersFixture inMemory(Clock clock) {
        return new VolunteersFixture(LocalJpaTemplate.inMemory("planverk-volunteers-test"), clock);
    }

    LocalJpaTemplate jpa() {
        return jpa;
    }

    public OrganisationService organisations() {
        return organisations;
    }

    public VolunteerService volunteers() {
        return volunteers;
    }

    public AssignmentService assignments() {
        return assignments;
    }

    public HoursService hours() {
        return hours;
    }

    /** The import as the module's transfer contract (REST, the UI's ImportPanel and the demo use it). */
    public no.planverk.platform.api.transfer.ModuleTransfer transfer() {
        return transfer;
    }

    public MemoryUnits units() {
        return units;
    }

    public RecordingAudit audit() {
        return audit;
    }

    /** Each audit entry's id, before and after as one JSON array, in order. */
    public List<String> auditJson() {
        return auditJson;
    }

    /** Closes a fixture of its own; the shared one stays open for the next test. */
    @Override
    public void close() {
        if (this != shared) {
            jpa.close();
        }
    }
}
