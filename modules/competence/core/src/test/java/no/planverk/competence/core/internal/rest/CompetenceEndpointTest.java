package no.planverk.competence.core.internal.rest;

import no.planverk.platform.testing.ApiCall;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import no.planverk.competence.api.CompetenceMeasure;
import no.planverk.competence.api.GapReport;
import no.planverk.platform.api.transfer.ImportSummary;
import no.planverk.competence.api.RecruitmentGap;
import no.planverk.competence.api.Requirement;
import no.planverk.competence.api.RetirementProjection;
import no.planverk.competence.api.WorkforceSummary;
import no.planverk.competence.core.internal.CompetenceFixture;
import no.planverk.platform.api.AccessDeniedException;
import no.planverk.platform.api.ApiResponse;
import no.planverk.platform.api.InvalidInputException;
import no.planverk.platform.api.NotFoundException;
import no.planverk.platform.api.Role;
import no.planverk.platform.api.UserContext;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** The routes of /api/v1/competence over the real services. */
class CompetenceEndpointTest {

    static final UserContext PLANNER = UserContext.of("planlegg", Role.PLANNER);
    static final UserContext READER = UserContext.of("lesar", Role.READER);
    static final String CSV = "unit,year,category,percent,count,age\nALV-HO-INST,2025,sjukepleiar,100,1,61\nALV-HO-INST,2025,sjukepleiar,100,1,40\n"
            + "ALV-HO-HEIM,2025,helsefagarbeidar,50,2,60-61";

    final CompetenceFixture f = CompetenceFixture.inMemory();
    final CompetenceEndpoint endpoint = new CompetenceEndpoint(f.workforce(), f.requirements(), f.fulltime(), f.retirements(), f.measures(),
            f.units(), f.transfer());

    @AfterEach
    void close() {
        f.close();
    }

    ApiResponse call(String method, String path, UserContext user, String body) {
        return endpoint.handle(ApiCall.of(method, path, user, body));
    }

    ApiResponse get(String path, UserContext user) {
        return call("GET", path, user, null);
    }

    @Test
    void importChecksFirstThenSaves() {
        ApiResponse bad = call("POST", "import?format=csv&dryRun=true", PLANNER, "unit,year,category,percent,age\nALV-HO,2025,kokk,100,40");
        assertEquals(400, bad.status());
        assertEquals("category", ((ImportSummary) bad.body()).errors().get(0).column());
        ApiResponse dry = call("POST", "import?format=csv&dryRun=true", PLANNER, CSV);
        assertEquals(200, dry.status());
        assertFalse(((ImportSummary) dry.body()).committed());
        assertTrue(((ImportSummary) call("POST", "import?format=csv", PLANNER, CSV).body()).committed());
        @SuppressWarnings("unchecked")
        List<WorkforceSummary> units = (List<WorkforceSummary>) get("units", READER).body();
        assertEquals(List.of("ALV-HO", "ALV-HO-HEIM", "ALV-HO-INST", "ALVER"), units.stream().map(WorkforceSummary::unitCode).sorted().toList());
        assertEquals(3.0, ((WorkforceSummary) get("workforce/summary?unit=ALV-HO", READER).body()).fte(), 1e-9);
    }

    @Test
    void readersGetAggregatesNotRows() {
        call("POST", "import?format=csv", PLANNER, CSV);
        assertThrows(AccessDeniedException.class, () -> get("workforce?unit=ALV-HO", READER));
        assertEquals(3, ((List<?>) get("workforce?unit=ALV-HO", PLANNER).body()).size());
        ApiResponse xlsx = get("workforce/export?unit=ALV-HO&format=xlsx", PLANNER);
        assertEquals("bemanning.xlsx", ((ApiResponse.Bytes) xlsx.body()).fileName());
    }

    @Test
    void requirementsGapsAndDeviations() {
        call("POST", "import?format=csv", PLANNER, CSV);
        long inst = f.units().id("ALV-HO-INST");
        ApiResponse created = call("POST", "requirements", PLANNER, "{\"unitId\": " + inst + ", \"category\": \"sjukepleiar\", \"minFte\": 3,"
                + " \"statutory\": true, \"reference\": \"døme\"}");
        assertEquals(201, created.status());
        Requirement r = (Requirement) created.body();
        GapReport gaps = (GapReport) get("gaps?unit=ALV-HO", READER).body();
        assertEquals(1.0, gaps.gaps().get(0).gap(), 1e-9);
        assertEquals(1, ((List<?>) get("deviations", READER).body()).size());
        String csv = new String(((ApiResponse.Bytes) get("gaps?unit=ALV-HO&format=csv", READER).body()).bytes(),
                java.nio.charset.StandardCharsets.UTF_8);
        assertEquals("\uFEFFyear,unit,unit_name,category,unit_fte,required_fte,available_fte,gap,statutory,deviation,reference\r\n"
                + "2025,ALV-HO-INST,Institusjonstenester,sjukepleiar,2.00,3.00,2.00,1.00,true,true,døme\r\n", csv);
        InvalidInputException noVersion = assertThrows(InvalidInputException.class, () -> call("PUT", "requirements/" + r.id(), PLANNER,
                "{\"unitId\": " + inst + ", \"category\": \"sjukepleiar\", \"minFte\": 2}"));
        assertEquals(List.of("version"), List.copyOf(noVersion.fieldErrors().keySet()));
        assertEquals(204, call("DELETE", "requirements/" + r.id() + "?version=" + r.version(), PLANNER, null).status());
    }

    @Test
    void retirementsAndRecruitmentWithoutForecasting() {
        call("POST", "import?format=csv", PLANNER, CSV);
        RetirementProjection p = (RetirementProjection) get("retirements?unit=ALV-HO&years=3&retirementAge=62&turnover=0,1", READER).body();
        assertEquals(List.of(1.65, 0.705, 0.3), p.totals().stream().map(y -> Math.round(y.recruitmentNeed() * 1000) / 1000.0).toList());
        String csv = new String(((ApiResponse.Bytes) get("retirements?unit=ALV-HO&years=3&turnover=0.1&format=csv", READER).body())
                .bytes(), java.nio.charset.StandardCharsets.UTF_8);
        assertTrue(csv.contains("\r\n2026,all,1.50,0.15,1.65,1.35\r\n"), csv);
        RecruitmentGap g = (RecruitmentGap) get("recruitment?unit=ALV-HO&run=1", READER).body();
        assertFalse(g.available());
        assertInstanceOf(InvalidInputException.class, assertThrows(RuntimeException.class, () -> get("retirements?unit=ALV-HO&turnover=2",
                READER)));
        assertEquals(List.of(), get("forecast-runs", READER).body());
    }

    @Test
    void measuresAreACollection() {
        long uh = f.units().id("BRG-UH");
        CompetenceMeasure m = (CompetenceMeasure) call("POST", "measures", PLANNER, "{\"unitId\": " + uh + ", \"kind\": \"mentor\","
                + " \"title\": \"Mentorordning\", \"year\": 2025, \"plannedParticipants\": 40}").body();
        assertEquals(m, get("measures/" + m.id(), READER).body());
        assertEquals(List.of(m), get("measures?unit=BRG-BEHO&year=2025", READER).body());
        assertEquals(204, call("DELETE", "measures/" + m.id() + "?version=" + m.version(), PLANNER, null).status());
    }

    @Test
    void unknownPathsAndMethods() {
        assertThrows(NotFoundException.class, () -> get("nothing", READER));
        assertThrows(InvalidInputException.class, () -> get("fulltime", READER), "needs ?unit=");
        assertThrows(InvalidInputException.class, () -> get("gaps?unit=NOPE", READER));
        assertEquals(405, call("DELETE", "gaps", PLANNER, null).status());
        assertEquals(12, ((List<?>) get("categories", READER).body()).size());
    }
}
