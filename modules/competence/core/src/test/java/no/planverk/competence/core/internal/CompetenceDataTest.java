package no.planverk.competence.core.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import no.planverk.competence.api.Category;
import no.planverk.competence.api.PositionDraft;
import no.planverk.platform.api.Role;
import no.planverk.platform.api.UserContext;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** The competence module's part of the export of all data: each register year once, person-level fields included. */
class CompetenceDataTest {

    static final UserContext ADMIN = UserContext.of("admin", Role.ADMIN);
    final CompetenceFixture f = CompetenceFixture.inMemory();

    @AfterEach
    void close() {
        f.close();
    }

    @Test
    void everyRegisterYearOnceWithThePersonalFields() {
        long heim = f.units().id("ALV-HO-HEIM");
        long inst = f.units().id("ALV-HO-INST");
        f.workforce().create(new PositionDraft(heim, 2025, Category.SJUKEPLEIAR, 100.0, 1, null, null, false, null, "A17",
                "Kari Nordmann", 1963), ADMIN);
        f.workforce().create(new PositionDraft(inst, 2025, Category.HELSEFAGARBEIDAR, 80.0, 3, 30, 39, false, null, null, null, null),
                ADMIN);
        f.workforce().create(new PositionDraft(inst, 2024, Category.HELSEFAGARBEIDAR, 75.0, 2, 30, 39, false, null, null, null, null),
                ADMIN);

        JsonNode json = new ObjectMapper().valueToTree(new CompetenceData(f.workforce(), f.requirements(), f.fulltime(), f.measures(),
                f.units()).data());
        assertEquals(2, json.at("/workforce/2025").size(), "two rows in 2025, each once: " + json.at("/workforce"));
        assertEquals(1, json.at("/workforce/2024").size());
        assertEquals("Kari Nordmann", json.findValues("name").stream().map(JsonNode::asText).filter("Kari Nordmann"::equals)
                .findFirst().orElse(null));
    }
}
