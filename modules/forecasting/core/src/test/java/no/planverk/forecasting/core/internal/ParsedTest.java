package no.planverk.forecasting.core.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertSame;

import java.lang.reflect.Proxy;
import java.util.concurrent.atomic.AtomicInteger;
import no.planverk.forecasting.api.ForecastCsv;
import no.planverk.forecasting.api.InputKind;
import no.planverk.forecasting.api.PopulationProjection;
import no.planverk.forecasting.core.internal.csv.ForecastCsvImpl;
import org.junit.jupiter.api.Test;

/** A stored input is parsed once for the same text (every forecast run parsed its population file again). */
class ParsedTest {

    @Test
    void theSameStoredTextIsParsedOnceAnotherTextAgain() {
        AtomicInteger parses = new AtomicInteger();
        ForecastCsvImpl real = new ForecastCsvImpl();
        ForecastCsv counting = (ForecastCsv) Proxy.newProxyInstance(getClass().getClassLoader(), new Class<?>[] {ForecastCsv.class},
                (p, m, a) -> {
                    if (m.getName().equals("parse")) {
                        parses.incrementAndGet();
                    }
                    return m.invoke(real, a);
                });
        String text = "year,age,population\n2031,0,10\n2031,1,20\n2031,2+,5\n";
        Object first = Parsed.value(InputKind.POPULATION, new String(text), counting);
        Object second = Parsed.value(InputKind.POPULATION, new String(text), counting);
        assertSame(first, second);
        assertEquals(1, parses.get());
        assertEquals(35.0, ((PopulationProjection) first).total(2031), 1e-9);
        Object other = Parsed.value(InputKind.POPULATION, text.replace("2+,5", "2+,6"), counting);
        assertNotSame(first, other);
        assertEquals(2, parses.get());
    }
}
