package no.planverk.plans.core.internal.rest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import no.planverk.plans.core.internal.PlansFixture;
import no.planverk.platform.api.ApiResponse;
import no.planverk.platform.api.Role;
import no.planverk.platform.api.UserContext;
import no.planverk.platform.testing.ApiCall;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** {@code POST /plans/import} through the module's transfer service: the answer keeps the API's shape and statuses. */
class TransferApiTest {

    static final UserContext PLANNER = UserContext.of("planlegg", Role.PLANNER);
    static final String PLANS = """
            code;type;title;unit;period_from;period_to
            BRG-FHP;temaplan;Folkehelseplan for Bergen kommune 2015-2025;BRG-BEHO;2015;2025
            BRG-FHS;strategi;Folkehelsestrategi for Bergen kommune 2023-2030;BRG-BEHO;2023;2030
            """;

    private final PlansFixture f = PlansFixture.inMemory();
    private final PlansEndpoint endpoint = new PlansEndpoint(f.plans(), f.goals(), f.indicators(), f.programs(), f.transfer(), f.documents(),
            f.moduleTransfer());

    @AfterEach
    void close() {
        f.close();
    }

    private ApiResponse call(String path, String body) {
        return endpoint.routes().handle(ApiCall.of("POST", path, PLANNER, body));
    }

    @Test
    void aDryRunSavesNothingAndAnImportSavesAll() {
        ApiResponse dry = call("import?kind=plans&format=csv&dryRun=true", PLANS);
        assertEquals(200, dry.status());
        String json = ApiCall.json(dry.body());
        assertTrue(json.contains("\"plansCreated\":2") && json.contains("\"goalsCreated\":0") && json.contains("\"errors\":[]")
                && json.contains("\"committed\":false"), json);
        assertEquals(0, f.plans().all().size());

        String done = ApiCall.json(call("import?kind=plans&format=csv", PLANS).body());
        assertTrue(done.contains("\"plansCreated\":2") && done.contains("\"committed\":true"), done);
        assertEquals(2, f.plans().all().size());
    }

    @Test
    void aBadFileIs400WithItsRowErrors() {
        ApiResponse bad = call("import?kind=goals&format=csv", "plan,code,level,text\nNOPE,1,main,Mål\n");
        assertEquals(400, bad.status());
        String json = ApiCall.json(bad.body());
        assertTrue(json.contains("\"line\":2,") && json.contains("\"column\":\"plan\""), json);
        assertFalse(json.contains("\"committed\":true"), json);
    }
}
