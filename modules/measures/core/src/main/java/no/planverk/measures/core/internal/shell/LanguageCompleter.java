package no.planverk.measures.core.internal.shell;

import java.util.LinkedHashMap;
import java.util.Map;
import org.apache.karaf.shell.api.action.lifecycle.Service;
import no.planverk.platform.shell.ValueCompleter;

/** The report's languages for {@code measures:report --lang}: the three the module's texts are written in. */
@Service
public class LanguageCompleter extends ValueCompleter {

    @Override
    protected Map<String, String> values() {
        Map<String, String> langs = new LinkedHashMap<>();
        langs.put("nn", "nynorsk");
        langs.put("nb", "bokmål");
        langs.put("en", "English");
        return langs;
    }
}
