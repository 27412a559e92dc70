package no.planverk.itests;

import static no.planverk.itests.Distribution.call;
import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertTrue;

import javax.inject.Inject;
import no.planverk.itests.Distribution.Answer;
import org.apache.karaf.features.FeaturesService;
import org.apache.karaf.shell.api.console.SessionFactory;
import org.junit.Test;
import org.junit.runner.RunWith;
import org.ops4j.pax.exam.Configuration;
import org.ops4j.pax.exam.Option;
import org.ops4j.pax.exam.junit.PaxExam;
import org.ops4j.pax.exam.spi.reactors.ExamReactorStrategy;
import org.ops4j.pax.exam.spi.reactors.PerClass;

/**
 * Boots the distribution with volunteers and Alver's demo alone: coordinators see volunteers, other roles do not,
 * erasure leaves no name behind, the shell lists assignments.
 */
@RunWith(PaxExam.class)
@ExamReactorStrategy(PerClass.class)
public class VolunteersIT {

    static final int PORT = 18781;
    static final String BOOT = "planverk-platform, planverk-volunteers, planverk-demo";

    @Inject
    FeaturesService features;

    @Inject
    SessionFactory sessions;

    @Configuration
    public Option[] config() {
        return Distribution.options(PORT, 600, BOOT);
    }

    @Test
    public void coordinatorsWorkWithVolunteersAndOthersSeeNone() throws Exception {
        Distribution.awaitHealthy(PORT, 90);
        assertFalse(features.isInstalled(features.getFeature("planverk-plans")));
        Answer list = Distribution.awaitBody(PORT, "koordinator", "/api/v1/volunteers/volunteers", "Ola Eksempelsen", 90);
        assertTrue(call(PORT, "GET", "/api/v1/modules", "lesar", (String) null).body().contains("\"volunteers\""));

        long id = Long.parseLong(Distribution.first(list.body(), "\\{\"id\":(\\d+),[^{}]*?Ola Eksempelsen"));
        Answer export = call(PORT, "GET", "/api/v1/volunteers/volunteers/" + id + "/export", "koordinator", (String) null);
        assertEquals(export.body(), 200, export.status());
        assertTrue(export.body(), export.body().contains("Ola Eksempelsen"));
        assertEquals(403, call(PORT, "POST", "/api/v1/volunteers/volunteers/" + id + "/erase", "planlegg", (String) null).status());
        assertEquals(204, call(PORT, "POST", "/api/v1/volunteers/volunteers/" + id + "/erase", "koordinator", (String) null).status());
        assertFalse(call(PORT, "GET", "/api/v1/volunteers/volunteers", "koordinator", (String) null).body().contains("Ola Eksempelsen"));
        assertEquals(404, call(PORT, "GET", "/api/v1/volunteers/volunteers/" + id, "koordinator", (String) null).status());

        Answer bad = call(PORT, "POST", "/api/v1/volunteers/import?kind=organisations&dryRun=true", "koordinator",
                "name,org_number\nLag utan nummer,123\n");
        assertEquals(bad.body(), 400, bad.status());
        assertTrue(bad.body(), bad.body().contains("\"line\":2"));

        // the demo places volunteers after it has loaded them: wait until the unit contact's unit has some
        Answer contactView = Distribution.awaitBody(PORT, "einingsleiar", "/api/v1/volunteers/volunteers", "{\"id\":", 90);
        assertFalse("a unit contact sees only the volunteers of the unit's assignments: " + contactView.body(),
                contactView.body().equals(call(PORT, "GET", "/api/v1/volunteers/volunteers", "koordinator", (String) null).body()));

        long seen = Long.parseLong(Distribution.first(contactView.body(), "\\{\"id\":(\\d+)"));
        Answer placements = call(PORT, "GET", "/api/v1/volunteers/volunteers/" + seen + "/placements", "einingsleiar", (String) null);
        assertEquals(placements.body(), 200, placements.status());
        assertTrue(placements.body(), placements.body().contains("\"volunteerId\":" + seen));

        String open = Distribution.shell(sessions, null, "volunteers:assignments --open");
        assertTrue(open, open.contains("Knarvik") || open.contains("Manger") || open.contains("Frekhaug"));

        String[] users = {null, "admin", "planlegg", "einingsleiar", "koordinator", "lesar"};
        int p = Distribution.PASSES;
        int any = Distribution.ANY;
        Object[][] table = {
            // method, path, body, expected: anonymous, admin, planner, unit leader (Helse og omsorg's contact), coordinator, reader
            {"GET", "/api/v1/volunteers/volunteers", null, new int[] {401, 200, 403, 200, 200, 403}},
            {"GET", "/api/v1/volunteers/organisations", null, new int[] {401, 200, 200, 200, 200, 200}},
            {"GET", "/api/v1/volunteers/reminders", null, new int[] {401, 200, 403, 403, 200, 403}},
            {"GET", "/api/v1/volunteers/volunteers/" + seen + "/placements", null, new int[] {401, 200, 403, 200, 200, 403}},
            {"GET", "/api/v1/volunteers/report?year=2026&measure=1", null, new int[] {401, 200, 200, 200, 200, 200}},
            // every write, mostly on rows that do not exist: coordinators (and admins) pass the role check, unit leaders for their
            // units' assignments, contacts and hours (the service then checks the unit), everyone else gets 403 whatever they send
            {"POST", "/api/v1/volunteers/organisations", "{\"name\":\"Rollelag %s\"}", new int[] {401, p, 403, 403, p, 403}},
            {"PUT", "/api/v1/volunteers/organisations/999999", "{\"name\":\"Lag\",\"version\":0}", new int[] {401, p, 403, 403, p, 403}},
            {"DELETE", "/api/v1/volunteers/organisations/999999?version=0", null, new int[] {401, p, 403, 403, p, 403}},
            {"POST", "/api/v1/volunteers/volunteers", "{\"name\":\"Rolle %s\"}", new int[] {401, p, 403, 403, p, 403}},
            {"PUT", "/api/v1/volunteers/volunteers/999999", "{\"name\":\"Rolle\",\"version\":0}", new int[] {401, p, 403, 403, p, 403}},
            {"POST", "/api/v1/volunteers/volunteers/999999/status", "{\"status\":\"active\",\"version\":0}",
                new int[] {401, p, 403, 403, p, 403}},
            {"POST", "/api/v1/volunteers/volunteers/999999/erase", null, new int[] {401, p, 403, 403, p, 403}},
            {"POST", "/api/v1/volunteers/assignments", "{\"unitId\":999999,\"title\":\"Rolle\"}", new int[] {401, p, 403, any, p, 403}},
            {"PUT", "/api/v1/volunteers/assignments/999999", "{\"unitId\":999999,\"title\":\"Rolle\",\"version\":0}",
                new int[] {401, p, 403, any, p, 403}},
            {"DELETE", "/api/v1/volunteers/assignments/999999?version=0", null, new int[] {401, p, 403, any, p, 403}},
            {"POST", "/api/v1/volunteers/assignments/999999/volunteers", "{\"volunteerId\":" + seen + "}", new int[] {401, p, 403, 403, p, 403}},
            {"DELETE", "/api/v1/volunteers/assignments/999999/volunteers/" + seen, null, new int[] {401, p, 403, 403, p, 403}},
            {"POST", "/api/v1/volunteers/hours", "{\"assignmentId\":999999,\"volunteerId\":" + seen + ",\"date\":\"2026-01-05\",\"hours\":2}",
                new int[] {401, p, 403, any, p, 403}},
            {"DELETE", "/api/v1/volunteers/hours/999999", null, new int[] {401, p, 403, any, p, 403}},
            {"PUT", "/api/v1/volunteers/contacts/999999", "{\"username\":\"einingsleiar\",\"name\":\"Eining\"}",
                new int[] {401, p, 403, any, p, 403}},
            {"DELETE", "/api/v1/volunteers/contacts/999999", null, new int[] {401, p, 403, any, p, 403}},
            {"POST", "/api/v1/volunteers/import?kind=organisations&dryRun=true", "name,org_number\nRollelag,\n",
                new int[] {401, p, 403, 403, p, 403}},
        };
        assertEquals("role table", "", Distribution.roleTable(PORT, users, table));
    }
}
