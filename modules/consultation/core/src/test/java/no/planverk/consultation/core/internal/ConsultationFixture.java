package no.planverk.consultation.core.internal;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import no.planverk.consultation.api.ConsultationDraft;
import no.planverk.consultation.api.ConsultationService;
import no.planverk.consultation.api.Party;
import no.planverk.consultation.api.PartyKind;
import no.planverk.consultation.api.Subject;
import no.planverk.platform.api.AuditEntry;
import no.planverk.platform.api.AuditLog;
import no.planverk.platform.api.AuditQuery;
import no.planverk.platform.api.Role;
import no.planverk.platform.api.UserContext;
import no.planverk.platform.testing.LocalJpaTemplate;
import no.planverk.platform.testing.RecordingAudit;
import no.planverk.plans.api.document.DocumentRenderer;

/**
 * The consultation module's real service on an in-memory Derby database, for tests here and in the ui module (core's
 * test-jar): plans 1 ("KDP-HO") and 2 ("PP-HO") exist, the clock can be moved, and the audit trail is kept with each
 * entry's before and after as JSON.
 */
public final class ConsultationFixture implements AutoCloseable {

    /** 1 December 2026, 11:00 in Alver. */
    public static final Instant NOW = Instant.parse("2026-12-01T10:00:00Z");
    public static final UserContext PLANNER = UserContext.of("planlegg", Role.PLANNER);
    public static final UserContext READER = UserContext.of("lesar", Role.READER);
    public static final UserContext ADMIN = UserContext.of("admin", Role.ADMIN);

    private static final ObjectMapper JSON = new ObjectMapper().registerModule(new JavaTimeModule())
            .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS);

    private final LocalJpaTemplate jpa;
    private final RecordingAudit audit = new RecordingAudit();
    private final List<String> auditJson = new CopyOnWriteArrayList<>();
    private final MovableClock clock = new MovableClock(NOW);
    private final Map<Long, LocalDate> adopted = new ConcurrentHashMap<>();
    private final ConsultationServiceImpl service;

    private ConsultationFixture() {
        this.jpa = LocalJpaTemplate.inMemory("planverk-consultation-test");
        AuditLog log = new AuditLog() {
            @Override
            public void record(UserContext actor, String action, String type, Object id, Object before, Object after) {
                audit.record(actor, action, type, id, before, after);
                try {
                    auditJson.add(JSON.writeValueAsString(new Object[] {action, type, id, before, after}));
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
        PlanLookup plans = new PlanLookup() {
            @Override
            public Optional<String> title(long planId) {
                return planId == 1 ? Optional.of("KDP-HO Kommunedelplan helse og omsorg")
                        : planId == 2 ? Optional.of("PP-HO Planprogram helse og omsorg") : Optional.empty();
            }

            @Override
            public Optional<LocalDate> adoptedOn(long planId) {
                return Optional.ofNullable(adopted.get(planId));
            }
        };
        this.service = new ConsultationServiceImpl(jpa, log, plans, clock, "Alver kommune");
    }

    public static ConsultationFixture inMemory() {
        return new ConsultationFixture();
    }

    public ConsultationService service() {
        return service;
    }

    ConsultationServiceImpl impl() {
        return service;
    }

    public void renderer(DocumentRenderer r) {
        service.setRenderer(r);
    }

    /** Moves the clock (and so "today") by {@code d}. */
    public void advance(Duration d) {
        clock.now = clock.now.plus(d);
    }

    public LocalDate today() {
        return LocalDate.ofInstant(clock.now, ZoneId.of("Europe/Oslo"));
    }

    /** Marks plan {@code planId} adopted on {@code day} in the plans module. */
    public void planAdopted(long planId, LocalDate day) {
        adopted.put(planId, day);
    }

    public List<RecordingAudit.Call> audit() {
        return audit.calls();
    }

    /** Every audit entry as JSON: action, type, id, before, after. */
    public List<String> auditJson() {
        return auditJson;
    }

    /** A consultation on plan 1 open from {@code from} to {@code to}, with two parties notified. */
    public static ConsultationDraft draft(LocalDate from, LocalDate to) {
        return new ConsultationDraft(1, Subject.PLAN, "Høyring av kommunedelplan for helse og omsorg", from, to, 7L,
                "Kommunestyret har lagt planen ut på høyring.", List.of(new Party(PartyKind.COUNCIL, "Eldrerådet"),
                        new Party(PartyKind.MUNICIPALITY, "Austrheim kommune")));
    }

    @Override
    public void close() {
        jpa.close();
    }

    private static final class MovableClock extends Clock {
        volatile Instant now;

        MovableClock(Instant now) {
            this.now = now;
        }

        @Override
        public ZoneId getZone() {
            return ZoneId.of("Europe/Oslo");
        }

        @Override
        public Clock withZone(ZoneId zone) {
            return this;
        }

        @Override
        public Instant instant() {
            return now;
        }
    }
}
