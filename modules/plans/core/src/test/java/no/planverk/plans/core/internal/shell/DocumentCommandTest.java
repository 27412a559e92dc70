package no.planverk.plans.core.internal.shell;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.lang.reflect.Proxy;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import no.planverk.plans.api.Plan;
import no.planverk.plans.api.PlanDraft;
import no.planverk.plans.api.PlanType;
import no.planverk.plans.api.document.DocumentKey;
import no.planverk.plans.core.internal.PlansFixture;
import no.planverk.platform.api.Role;
import no.planverk.platform.api.UserContext;
import org.apache.karaf.shell.api.console.Candidate;
import org.apache.karaf.shell.api.console.CommandLine;
import org.apache.karaf.shell.support.completers.ArgumentCommandLine;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DocumentCommandTest {

    static final UserContext PLANNER = UserContext.of("planlegg", Role.PLANNER);

    private final PlansFixture f = PlansFixture.inMemory();

    @TempDir
    Path dir;

    @AfterEach
    void close() {
        f.close();
    }

    private DocumentCommand command(String plan, String format, Path out) {
        DocumentCommand c = new DocumentCommand();
        c.plans = f.plans();
        c.documents = f.documents();
        c.renderer = (document, fmt, locale) -> (fmt + " " + document.title() + " " + document.sections().get(0).heading() + " "
                + locale.toLanguageTag()).getBytes(StandardCharsets.UTF_8);
        c.plan = plan;
        c.format = format;
        c.out = out.toString();
        return c;
    }

    @Test
    void writesThePlansDocumentByIdOrCode() throws Exception {
        Plan p = f.plans().create(PlanDraft.of("ALV-KDP-HSO", PlanType.KOMMUNEDELPLAN, "KDP helse", 2023, 2033), PLANNER);
        f.documents().add(DocumentKey.plan(p.id()), null, 0, "Innleiing", PLANNER);
        f.documents().add(DocumentKey.program(p.id()), null, 0, "Føremål", PLANNER);
        Path pdf = dir.resolve("kdp.pdf");
        command(String.valueOf(p.id()), "pdf", pdf).execute();
        assertEquals("PDF KDP helse Innleiing nn-NO", Files.readString(pdf));
        Path docx = dir.resolve("program.docx");
        DocumentCommand c = command("ALV-KDP-HSO", "DOCX", docx);
        c.program = true;
        c.lang = "en";
        c.execute();
        assertEquals("DOCX KDP helse Føremål en", Files.readString(docx));
    }

    @Test
    void thePlanCompletesByCodeThenIdWithItsTitle() throws Exception {
        Plan p = f.plans().create(PlanDraft.of("ALV-KDP-HSO", PlanType.KOMMUNEDELPLAN, "KDP helse", 2023, 2033), PLANNER);
        Plan q = f.plans().create(PlanDraft.of("ALV-TP-DEM", PlanType.TEMAPLAN, "Demensplan", 2024, 2030), PLANNER);
        PlanCompleter completer = new PlanCompleter();
        completer.plans = f.plans();
        List<Candidate> all = new ArrayList<>();
        completer.completeCandidates(null, new ArgumentCommandLine("", 0), all);
        List<String> values = all.stream().map(Candidate::value).toList();
        assertEquals(Set.of("ALV-KDP-HSO", "ALV-TP-DEM"), Set.copyOf(values.subList(0, 2)), "codes first");
        assertEquals(Set.of(String.valueOf(p.id()), String.valueOf(q.id())), Set.copyOf(values.subList(2, 4)));
        Map<String, String> descr = all.stream().collect(Collectors.toMap(Candidate::value, Candidate::descr));
        assertEquals("KDP helse", descr.get("ALV-KDP-HSO"));
        assertEquals("ALV-TP-DEM Demensplan", descr.get(String.valueOf(q.id())));
        List<String> typed = new ArrayList<>();
        completer.complete(null, new ArgumentCommandLine("alv-t", 5), typed);
        assertEquals(List.of("ALV-TP-DEM"), typed);
        // every value offered is one the command takes
        for (Candidate c : all) {
            Path out = dir.resolve(c.value() + ".html");
            f.documents().add(DocumentKey.plan(c.value().equals("ALV-TP-DEM") || c.value().equals(String.valueOf(q.id())) ? q.id() : p.id()),
                    null, 0, "Innleiing " + c.value(), PLANNER);
            command(c.value(), "html", out).execute();
            assertTrue(Files.exists(out), c.value());
        }
    }

    @Test
    void theRevisionCompletesFromThePlansDocument() {
        Plan p = f.plans().create(PlanDraft.of("ALV-KDP-HSO", PlanType.KOMMUNEDELPLAN, "KDP helse", 2023, 2033), PLANNER);
        f.documents().add(DocumentKey.plan(p.id()), null, 0, "Innleiing", PLANNER);
        f.documents().add(DocumentKey.plan(p.id()), null, 1, "Mål", PLANNER);
        f.documents().add(DocumentKey.program(p.id()), null, 0, "Føremål", PLANNER);
        RevisionCompleter completer = new RevisionCompleter();
        completer.plans = f.plans();
        completer.documents = f.documents();
        int newest = f.documents().revisions(DocumentKey.plan(p.id())).get(0).number();
        List<Candidate> found = revisions(completer, "plans:document", "--format", "pdf", "ALV-KDP-HSO", "--revision", "");
        assertEquals(f.documents().revisions(DocumentKey.plan(p.id())).size(), found.size());
        assertEquals(String.valueOf(newest), found.get(0).value());
        assertTrue(found.get(0).descr().contains("Mål"), found.get(0).descr());
        List<Candidate> program = revisions(completer, "plans:document", String.valueOf(p.id()), "--program", "--revision", "");
        assertEquals(f.documents().revisions(DocumentKey.program(p.id())).size(), program.size());
        assertTrue(program.get(0).descr().contains("Føremål"), program.get(0).descr());
        assertEquals(List.of(), revisions(completer, "plans:document", "--revision", ""), "no plan named yet");
        assertEquals(List.of(), revisions(completer, "plans:document", "NOPE", "--revision", ""));
    }

    /** Completes the last of {@code words} (the cursor at its end), as Karaf hands a command line to a completer. */
    private static List<Candidate> revisions(RevisionCompleter completer, String... words) {
        String last = words[words.length - 1];
        CommandLine line = (CommandLine) Proxy.newProxyInstance(DocumentCommandTest.class.getClassLoader(),
                new Class<?>[] {CommandLine.class}, (proxy, m, args) -> switch (m.getName()) {
                    case "getArguments" -> words;
                    case "getCursorArgumentIndex" -> words.length - 1;
                    case "getCursorArgument" -> last;
                    case "getArgumentPosition" -> last.length();
                    case "getBufferPosition" -> String.join(" ", words).length();
                    case "getBuffer" -> String.join(" ", words);
                    default -> null;
                });
        List<Candidate> found = new ArrayList<>();
        completer.completeCandidates(null, line, found);
        return found;
    }

    @Test
    void refusesAnUnknownPlanOrFormatOrAMissingRenderer() throws Exception {
        Plan p = f.plans().create(PlanDraft.of("P", PlanType.TEMAPLAN, "P", 2023, 2033), PLANNER);
        f.documents().add(DocumentKey.plan(p.id()), null, 0, "Innleiing", PLANNER);
        Path out = dir.resolve("x");
        command("NOPE", "pdf", out).execute();
        command("P", "odt", out).execute();
        DocumentCommand noRenderer = command("P", "html", out);
        noRenderer.renderer = null;
        noRenderer.execute();
        assertFalse(Files.exists(out));
    }
}
