package no.planverk.plans.core.internal.shell;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import no.planverk.plans.api.Plan;
import no.planverk.plans.api.PlanService;
import no.planverk.plans.api.document.DocumentKey;
import no.planverk.plans.api.document.DocumentKind;
import no.planverk.plans.api.document.DocumentRevision;
import no.planverk.plans.api.document.PlanDocumentService;
import no.planverk.platform.shell.ValueCompleter;
import org.apache.karaf.shell.api.action.lifecycle.Reference;
import org.apache.karaf.shell.api.action.lifecycle.Service;
import org.apache.karaf.shell.api.console.Candidate;
import org.apache.karaf.shell.api.console.CommandLine;
import org.apache.karaf.shell.api.console.Session;

/**
 * For {@code plans:document PLAN --revision}: the revisions of the document of the plan named on the line (the
 * planning programme's with {@code --program}), newest first, with what each changed; none before a plan is named.
 */
@Service
public class RevisionCompleter extends ValueCompleter {

    /** The options of plans:document that take a value (the word after them is no plan). */
    private static final Set<String> WITH_VALUE = Set.of("--format", "--out", "--revision", "--lang");

    private final ThreadLocal<CommandLine> line = new ThreadLocal<>();

    @Reference
    PlanService plans;

    @Reference
    PlanDocumentService documents;

    @Override
    public void completeCandidates(Session session, CommandLine commandLine, List<Candidate> candidates) {
        line.set(commandLine);
        try {
            super.completeCandidates(session, commandLine, candidates);
        } finally {
            line.remove();
        }
    }

    @Override
    protected Map<String, String> values() {
        Map<String, String> values = new LinkedHashMap<>();
        CommandLine l = line.get();
        if (l == null) {
            return values;
        }
        String[] words = l.getArguments();
        String plan = null;
        boolean program = false;
        for (int i = 1; i < words.length; i++) {
            if (WITH_VALUE.contains(words[i])) {
                i++;
            } else if (words[i].equals("--program")) {
                program = true;
            } else if (!words[i].startsWith("-") && plan == null && i != l.getCursorArgumentIndex()) {
                plan = words[i];
            }
        }
        Optional<Plan> p = plan == null ? Optional.empty() : find(plan);
        if (p.isPresent()) {
            DocumentKey key = new DocumentKey(p.get().id(), program ? DocumentKind.PROGRAM : DocumentKind.PLAN);
            documents.revisions(key).forEach(r -> values.put(String.valueOf(r.number()), describe(r)));
        }
        return values;
    }

    static String describe(DocumentRevision r) {
        String what = r.action().name().toLowerCase(Locale.ROOT) + (r.heading() == null ? "" : " " + r.heading());
        return r.frozenAs() == null ? what : what + " (" + r.frozenAs().name().toLowerCase(Locale.ROOT) + ")";
    }

    private Optional<Plan> find(String idOrCode) {
        try {
            return plans.find(Long.parseLong(idOrCode.strip()));
        } catch (NumberFormatException e) {
            return plans.findByCode(idOrCode.strip());
        }
    }
}
