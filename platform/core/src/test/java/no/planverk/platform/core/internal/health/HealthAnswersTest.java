package no.planverk.platform.core.internal.health;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.concurrent.atomic.AtomicReference;
import no.planverk.platform.api.DatabaseStatus;
import no.planverk.platform.api.StorageStatus;
import no.planverk.platform.core.internal.http.HealthReport;
import no.planverk.platform.core.internal.http.Json;
import org.junit.jupiter.api.Test;

class HealthAnswersTest {

    private final AtomicReference<HealthReport.Health> health = new AtomicReference<>(
            new HealthReport.Health("UP", "0.1.0.SNAPSHOT", new DatabaseStatus(true, "Apache Derby", "answers"), null));
    private final AtomicReference<Readiness.Ready> ready = new AtomicReference<>(
            new Readiness.Ready("UP", List.of(new ReadyCheck("database", true, List.of()))));
    private final HealthAnswers answers = new HealthAnswers(health::get, ready::get);

    @Test
    void theVersionIsShownOnlyToLoggedInCallers() {
        String anonymous = Json.write(answers.answer("GET", List.of(), false).body());
        String user = Json.write(answers.answer("GET", List.of(), true).body());
        assertTrue(anonymous.contains("\"status\":\"UP\""), anonymous);
        assertFalse(anonymous.contains("version"), anonymous);
        assertFalse(anonymous.contains("0.1.0"), anonymous);
        assertTrue(user.contains("\"version\":\"0.1.0.SNAPSHOT\""), user);
    }

    @Test
    void liveAnswersUpEvenWhenTheDatabaseIsDown() {
        health.set(new HealthReport.Health("DOWN", "1", new DatabaseStatus(false, null, "gone"), null));
        assertEquals(503, answers.answer("GET", List.of(), false).status());
        assertEquals(200, answers.answer("GET", List.of("live"), false).status());
        assertTrue(Json.write(answers.answer("GET", List.of("live"), false).body()).contains("\"status\":\"UP\""));
    }

    @Test
    void readyIs503WhenACheckIsDown() {
        assertEquals(200, answers.answer("GET", List.of("ready"), false).status());
        ready.set(new Readiness.Ready("DOWN", List.of(new ReadyCheck("planverk-plans", false, List.of("bundle x is not active")))));
        assertEquals(503, answers.answer("GET", List.of("ready"), false).status());
        assertTrue(Json.write(answers.answer("GET", List.of("ready"), false).body()).contains("bundle x is not active"));
    }

    @Test
    void aDiskBelowTheReserveIsShownToEveryCaller() {
        StorageStatus low = new StorageStatus(true, false, "/opt/planverk/data/derby", 100L << 20, 256L << 20, null,
                "The disk of the database has 100 MB free, below the reserve of 256 MB: changes are refused until space is freed");
        health.set(new HealthReport.Health("UP", "1", new DatabaseStatus(true, "Apache Derby", "OK"), low));
        for (boolean loggedIn : new boolean[] {false, true}) {
            String json = Json.write(answers.answer("GET", List.of(), loggedIn).body());
            assertTrue(json.contains("\"storage\":{") && json.contains("\"writable\":false"), json);
            assertTrue(json.contains("changes are refused until space is freed"), json);
        }
    }

    @Test
    void otherPathsAndMethodsAreRefused() {
        assertEquals(404, answers.answer("GET", List.of("nope"), false).status());
        assertEquals(405, answers.answer("POST", List.of("ready"), false).status());
    }
}
