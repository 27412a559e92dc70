package no.planverk.forecasting.core.internal.shell;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Year;
import java.util.ArrayList;
import java.util.List;
import no.planverk.forecasting.api.Scenario;
import org.apache.karaf.shell.api.console.Completer;
import org.apache.karaf.shell.support.completers.ArgumentCommandLine;
import org.junit.jupiter.api.Test;

class ForecastCompletersTest {

    private static List<String> values(Completer completer, String typed) {
        List<String> found = new ArrayList<>();
        completer.complete(null, new ArgumentCommandLine(typed, typed.length()), found);
        return found;
    }

    @Test
    void everyStandardScenarioIsOfferedAndNamesOne() {
        List<String> names = values(new ScenarioCompleter(), "");
        assertEquals(Scenario.STANDARD.size(), names.size());
        names.forEach(n -> assertTrue(Scenario.named(n).isPresent(), n));
        assertEquals(List.of("welfare-tech", "welfare-tech-delayed"), values(new ScenarioCompleter(), "WEL"));
        assertEquals(List.of(), values(new ScenarioCompleter(), "ageing"));
    }

    @Test
    void yearsRunFromThreeBackToFourAhead() {
        int now = Year.now().getValue();
        assertEquals(List.of(String.valueOf(now - 3), String.valueOf(now - 2), String.valueOf(now - 1), String.valueOf(now),
                String.valueOf(now + 1), String.valueOf(now + 2), String.valueOf(now + 3), String.valueOf(now + 4)),
                values(new YearCompleter(), ""));
        assertEquals(List.of(String.valueOf(now)), values(new YearCompleter(), String.valueOf(now)));
    }
}
