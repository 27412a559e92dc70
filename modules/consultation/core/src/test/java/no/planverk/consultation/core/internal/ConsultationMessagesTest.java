package no.planverk.consultation.core.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.util.List;
import no.planverk.platform.testing.Catalogs;
import org.junit.jupiter.api.Test;

/** Every key in nynorsk, bokmål and English with the same placeholders, and every key the code names is there. */
class ConsultationMessagesTest {

    @Test
    void everyKeyInEveryLanguage() {
        assertEquals(List.of(), Catalogs.problems(ConsultationMessages.class, ConsultationMessages.BASE_NAME));
    }

    @Test
    void everyKeyTheCodeNamesIsInTheCatalog() {
        assertEquals(List.of(), Catalogs.unknownKeys(Path.of("src/main/java"), "consultation", ConsultationMessages.class,
                ConsultationMessages.BASE_NAME));
        assertEquals(List.of(), Catalogs.unknownKeys(Path.of("../api/src/main/java"), "consultation", ConsultationMessages.class,
                ConsultationMessages.BASE_NAME));
    }
}
