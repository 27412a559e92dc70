package no.planverk.forecasting.core.internal.shell;

import java.time.Year;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;
import org.apache.karaf.shell.api.action.lifecycle.Service;
import no.planverk.platform.shell.ValueCompleter;

/** Years for a year argument: from three years back to four ahead of this year. */
@Service
public class YearCompleter extends ValueCompleter {

    @Override
    protected Map<String, String> values() {
        return plain(around(Year.now().getValue()));
    }

    static List<String> around(int year) {
        return IntStream.rangeClosed(year - 3, year + 4).mapToObj(String::valueOf).toList();
    }
}
