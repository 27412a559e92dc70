package no.planverk.forecasting.core.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.util.List;
import no.planverk.forecasting.api.InvalidCsvException;
import no.planverk.forecasting.core.internal.csv.ForecastCsvImpl;
import no.planverk.platform.api.InvalidInputException;
import no.planverk.platform.testing.Catalogs;
import org.junit.jupiter.api.Test;

/** Every key has nn, nb and en with the same placeholders, and every key the code names is in the catalog. */
class ForecastingMessagesTest {

    private static final String BASE = ForecastingMessages.BASE_NAME;

    @Test
    void everyKeyHasEveryLanguage() {
        assertEquals(List.of(), Catalogs.problems(ForecastingMessages.class, BASE));
    }

    @Test
    void everyKeyOfCoreAndApiIsInTheCatalog() {
        assertEquals(List.of(), Catalogs.unknownKeys(Path.of("src/main/java"), "forecasting", ForecastingMessages.class, BASE));
        assertEquals(List.of(), Catalogs.unknownKeys(Path.of("../api/src/main/java"), "forecasting", ForecastingMessages.class, BASE));
    }

    @Test
    void theModuleHasANameAndADescription() {
        var nn = Catalogs.files(ForecastingMessages.class, BASE).get("nn");
        assertEquals("Framskriving", nn.getProperty("forecasting.module.name"));
        assertEquals(true, nn.getProperty("forecasting.module.description").startsWith("Tenestebehov"));
    }

    @Test
    void aBadFileIsSaidInNynorskWithEnglishKeptForTheLog() {
        InvalidCsvException e = org.junit.jupiter.api.Assertions.assertThrows(InvalidCsvException.class,
                () -> new ForecastCsvImpl().parse(no.planverk.forecasting.api.InputKind.COSTS,
                        "service,fte_per_user,cost_per_user\nheimeteneste,x,1\n".getBytes(java.nio.charset.StandardCharsets.UTF_8)));
        assertEquals("Eit tal som 1234 eller 0,25, ikkje «x»", Catalogs.nynorsk(e.errors().get(0).message(), new ForecastingMessages()));
        assertEquals("A number such as 1234 or 0.25, not 'x'", e.errors().get(0).reason());
        assertEquals("1 feil i fila, den første på linje 2. Kvar feil står i lista.",
                Catalogs.nynorsk(e.message(), new ForecastingMessages()));
        InvalidInputException dup = org.junit.jupiter.api.Assertions.assertThrows(InvalidInputException.class,
                () -> new no.planverk.forecasting.api.WelfareTech("a", "a", 0.1));
        assertEquals("Velferdsteknologi treng to ulike tenester", Catalogs.nynorsk(dup.message(), new ForecastingMessages()));
    }
}
