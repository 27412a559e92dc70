package no.planverk.measures.core.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import java.util.List;
import no.planverk.measures.api.Light;
import no.planverk.measures.api.Measure;
import no.planverk.measures.api.MeasureDraft;
import no.planverk.measures.api.MeasureKind;
import no.planverk.measures.api.MeasureStatus;
import no.planverk.plans.api.Ownership;
import no.planverk.measures.api.ReportDraft;
import no.planverk.measures.api.ReportPeriod;
import no.planverk.measures.api.Responsibility;
import no.planverk.platform.api.Role;
import no.planverk.platform.api.UserContext;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** The measures module's part of the export of all data, as JSON. */
class MeasuresDataTest {

    static final UserContext PLANNER = UserContext.of("planlegg", Role.PLANNER);
    final MeasuresFixture f = MeasuresFixture.inMemory();

    @AfterEach
    void close() {
        f.close();
    }

    @Test
    void everyMeasureWithItsReports() {
        Measure post = f.measures().create(new MeasureDraft(null, "KDP helse, sosial og omsorg", "3.3.1.1-b", "Koordinator for frivillig innsats",
                null, List.of(), null, MeasureKind.MEASURE, null, null, Responsibility.UNITS, List.of(f.units().id("ALV-HO")), null, 2024, 2026,
                List.of(), Ownership.THIS_PLAN), PLANNER);
        f.measures().report(post.id(), post.version(), new ReportDraft(ReportPeriod.parse("2026-T3"), MeasureStatus.ONGOING, 40,
                Light.GREEN, null, 200_000L), PLANNER);

        MeasuresData data = new MeasuresData(f.measures());
        JsonNode json = new ObjectMapper().registerModule(new JavaTimeModule()).valueToTree(data.data());
        assertEquals(1, json.get("measures").size());
        assertEquals("3.3.1.1-b", json.at("/measures/0/measure/number").asText());
        assertEquals(40, json.at("/measures/0/reports/0/percent").asInt(), json.at("/measures/0/reports").toString());
    }
}
