package no.planverk.platform.shell;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.apache.karaf.shell.api.console.Candidate;
import org.apache.karaf.shell.api.console.CommandLine;
import org.apache.karaf.shell.api.console.Completer;
import org.apache.karaf.shell.api.console.Session;

/**
 * For the Karaf commands of Planverk and its modules (a completer extends it in its own bundle, where Karaf finds it).
 * A completer over a few values, each with an optional description (a title, a unit's name) that Karaf shows
 * beside the value. Subclasses say which values; matching is by prefix, in any case.
 */
public abstract class ValueCompleter implements Completer {

    /** The values to offer, in order, each mapped to its description or {@code null}. */
    protected abstract Map<String, String> values();

    /** Values without descriptions, in this order. */
    protected static Map<String, String> plain(List<String> values) {
        Map<String, String> map = new LinkedHashMap<>();
        values.forEach(v -> map.put(v, null));
        return map;
    }

    @Override
    public int complete(Session session, CommandLine commandLine, List<String> candidates) {
        List<Candidate> found = new ArrayList<>();
        completeCandidates(session, commandLine, found);
        found.forEach(c -> candidates.add(c.value()));
        return found.isEmpty() ? -1 : commandLine.getBufferPosition() - commandLine.getArgumentPosition();
    }

    @Override
    public void completeCandidates(Session session, CommandLine commandLine, List<Candidate> candidates) {
        String typed = typed(commandLine);
        values().forEach((value, descr) -> {
            if (value.toLowerCase(Locale.ROOT).startsWith(typed)) {
                candidates.add(new Candidate(value, value, null, descr, null, null, true));
            }
        });
    }

    private static String typed(CommandLine commandLine) {
        String arg = commandLine.getCursorArgument();
        return arg == null ? "" : arg.substring(0, commandLine.getArgumentPosition()).toLowerCase(Locale.ROOT);
    }
}
