package no.planverk.plans.core.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.time.Clock;
import java.time.ZoneId;
import java.util.List;
import no.planverk.plans.api.Plan;
import no.planverk.plans.api.PlanDraft;
import no.planverk.plans.api.PlanType;
import no.planverk.plans.api.document.DocumentKey;
import no.planverk.plans.core.internal.document.PlanDocumentServiceImpl;
import no.planverk.plans.core.internal.persistence.PlanEntity;
import no.planverk.platform.api.Role;
import no.planverk.platform.api.UserContext;
import no.planverk.platform.testing.LocalJpaTemplate;
import no.planverk.platform.testing.MemoryUnits;
import no.planverk.platform.testing.RecordingAudit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A database made before plan documents existed gets their tables when today's unit opens it, its plans kept. */
class SchemaUpgradeTest {

    static final UserContext PLANNER = UserContext.of("planlegg", Role.PLANNER);

    @TempDir
    Path dir;

    @Test
    void anExistingDatabaseGetsTheDocumentTables() throws Exception {
        Path db = dir.resolve("planverk");
        Clock clock = Clock.system(ZoneId.of("Europe/Oslo"));
        MemoryUnits units = new MemoryUnits();
        long planId;
        try (LocalJpaTemplate old = LocalJpaTemplate.onDisk("planverk-plans-before-documents-test", db)) {
            Plan p = new PlanServiceImpl(old, new RecordingAudit(), units, clock).create(PlanDraft.of("ALV-KDP-HSO",
                    PlanType.KOMMUNEDELPLAN, "KDP helse", 2023, 2033), PLANNER);
            planId = p.id();
            assertEquals(List.of(), tables(old, "PV_DOC"));
        }
        try (LocalJpaTemplate now = LocalJpaTemplate.onDisk("planverk-plans-test", db)) {
            assertEquals(List.of("PV_DOC_COMMENT", "PV_DOC_REVISION", "PV_DOC_SECTION", "PV_DOC_SECTION_STATE"), tables(now, "PV_DOC"));
            assertEquals(List.of("PV_PLAN_DOCUMENT"), tables(now, "PV_PLAN_DOC"));
            PlanServiceImpl plans = new PlanServiceImpl(now, new RecordingAudit(), units, clock);
            PlanDocumentServiceImpl docs = new PlanDocumentServiceImpl(now, new RecordingAudit(), plans, units, clock);
            docs.add(DocumentKey.plan(planId), null, 0, "Innleiing", PLANNER);
            assertEquals("1 Innleiing", docs.outline(DocumentKey.plan(planId)).sections().stream()
                    .map(s -> s.number() + " " + s.heading()).findFirst().orElseThrow());
            assertEquals("KDP helse", plans.find(planId).orElseThrow().title());
        }
    }

    private static List<String> tables(LocalJpaTemplate jpa, String prefix) throws Exception {
        // a JPA call first, so EclipseLink has created or extended the schema
        jpa.txExpr(org.apache.aries.jpa.template.TransactionType.Required, em -> em.createQuery("select count(p) from PlanEntity p").getSingleResult());
        try (Connection c = jpa.dataSource().getConnection(); ResultSet rs = c.getMetaData().getTables(null, null, prefix + "%", new String[] {"TABLE"})) {
            List<String> out = new java.util.ArrayList<>();
            while (rs.next()) {
                out.add(rs.getString("TABLE_NAME"));
            }
            return out.stream().sorted().toList();
        }
    }
}
