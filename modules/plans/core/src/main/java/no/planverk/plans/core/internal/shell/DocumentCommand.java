package no.planverk.plans.core.internal.shell;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Optional;
import no.planverk.plans.api.Plan;
import no.planverk.plans.api.PlanService;
import no.planverk.plans.api.document.DocumentFormat;
import no.planverk.plans.api.document.DocumentKey;
import no.planverk.plans.api.document.DocumentKind;
import no.planverk.plans.api.document.DocumentRenderer;
import no.planverk.plans.api.document.PlanDocumentService;
import org.apache.karaf.shell.api.action.Action;
import org.apache.karaf.shell.api.action.Argument;
import org.apache.karaf.shell.api.action.Command;
import org.apache.karaf.shell.api.action.Completion;
import org.apache.karaf.shell.api.action.Option;
import org.apache.karaf.shell.api.action.lifecycle.Reference;
import org.apache.karaf.shell.api.action.lifecycle.Service;
import org.apache.karaf.shell.support.completers.FileCompleter;
import org.apache.karaf.shell.support.completers.StringsCompleter;

@Service
@Command(scope = "plans", name = "document", description = "Exports a plan's document (or its planning programme's) to PDF, DOCX or HTML")
public class DocumentCommand implements Action {

    @Reference
    PlanService plans;

    @Reference
    PlanDocumentService documents;

    @Reference(optional = true)
    DocumentRenderer renderer;

    @Argument(index = 0, name = "plan", required = true, description = "The plan's id or code")
    @Completion(PlanCompleter.class)
    String plan;

    @Option(name = "--format", description = "pdf (default), docx or html")
    @Completion(value = StringsCompleter.class, values = {"pdf", "docx", "html"})
    String format = "pdf";

    @Option(name = "--out", required = true, description = "The file to write")
    @Completion(FileCompleter.class)
    String out;

    @Option(name = "--program", description = "The planning programme's document instead of the plan's")
    boolean program;

    @Option(name = "--revision", description = "A revision's number (default: as it is now)")
    @Completion(RevisionCompleter.class)
    Integer revision;

    @Option(name = "--lang", description = "nn (default), nb or en")
    @Completion(value = StringsCompleter.class, values = {"nn", "nb", "en"})
    String lang = "nn";

    @Override
    public Object execute() throws IOException {
        Optional<DocumentFormat> f = parse(format);
        if (f.isEmpty()) {
            System.err.println("--format is pdf, docx or html, not '" + format + "'");
            return null;
        }
        Optional<Plan> p = find(plan);
        if (p.isEmpty()) {
            System.err.println("No plan with id or code '" + plan + "'");
            return null;
        }
        if (renderer == null) {
            System.err.println("The document renderer is not running; export is not available right now");
            return null;
        }
        Locale locale = Locale.forLanguageTag(switch (lang.strip().toLowerCase(Locale.ROOT)) {
            case "nb" -> "nb-NO";
            case "en" -> "en";
            default -> "nn-NO";
        });
        DocumentKey key = new DocumentKey(p.get().id(), program ? DocumentKind.PROGRAM : DocumentKind.PLAN);
        byte[] bytes = renderer.render(documents.content(key, revision, locale), f.get(), locale);
        Path path = Path.of(out);
        Files.write(path, bytes);
        System.out.println("Wrote " + bytes.length + " bytes (" + f.get().extension() + ") of " + p.get().code() + " to " + path.toAbsolutePath());
        return null;
    }

    static Optional<DocumentFormat> parse(String format) {
        String f = format == null ? "" : format.strip().toUpperCase(Locale.ROOT);
        return java.util.Arrays.stream(DocumentFormat.values()).filter(x -> x.name().equals(f)).findFirst();
    }

    private Optional<Plan> find(String idOrCode) {
        try {
            return plans.find(Long.parseLong(idOrCode.strip()));
        } catch (NumberFormatException e) {
            return plans.findByCode(idOrCode.strip());
        }
    }
}
