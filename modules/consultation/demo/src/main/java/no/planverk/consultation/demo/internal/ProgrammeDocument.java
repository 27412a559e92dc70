package no.planverk.consultation.demo.internal;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import no.planverk.plans.api.document.DocumentKey;
import no.planverk.plans.api.document.DocumentRevision;
import no.planverk.plans.api.document.DocumentSection;
import no.planverk.plans.api.document.FreezeReason;
import no.planverk.plans.api.document.PlanDocumentService;

/** Alver's planning programme (planprogram.md: seed 003's chapters and headings, short demo text), frozen for consultation. */
final class ProgrammeDocument {

    private static final Pattern HEADING = Pattern.compile("^(#{1,3}) (?:[0-9.]+ )?(.+)$");

    private ProgrammeDocument() {
    }

    /** Writes the programme when its document is empty, freezes it, and returns the frozen revision's number. */
    static int write(PlanDocumentService documents, DocumentKey key) {
        if (documents.outline(key).sections().isEmpty()) {
            sections(documents, key, read("planprogram.md"));
        }
        List<DocumentRevision> revisions = documents.revisions(key);
        return revisions.stream().filter(r -> r.frozenAs() == FreezeReason.CONSULTATION).mapToInt(DocumentRevision::number).max()
                .orElseGet(() -> documents.freeze(key, revisions.get(0).number(), FreezeReason.CONSULTATION, DemoConsultations.DEMO).number());
    }

    private static void sections(PlanDocumentService documents, DocumentKey key, String text) {
        List<DocumentSection> parents = new ArrayList<>();
        DocumentSection current = null;
        StringBuilder body = new StringBuilder();
        for (String line : text.split("\n", -1)) {
            Matcher m = HEADING.matcher(line);
            if (!m.matches()) {
                body.append(line).append('\n');
                continue;
            }
            save(documents, current, body);
            while (parents.size() >= m.group(1).length()) {
                parents.remove(parents.size() - 1);
            }
            Long parent = parents.isEmpty() ? null : parents.get(parents.size() - 1).id();
            current = documents.add(key, parent, Integer.MAX_VALUE, m.group(2).strip(), DemoConsultations.DEMO);
            parents.add(current);
        }
        save(documents, current, body);
    }

    private static void save(PlanDocumentService documents, DocumentSection s, StringBuilder body) {
        String md = body.toString().strip();
        body.setLength(0);
        if (s != null && !md.isEmpty()) {
            documents.save(s.id(), s.version(), s.heading(), md, DemoConsultations.DEMO);
        }
    }

    private static String read(String file) {
        try (InputStream in = ProgrammeDocument.class.getResourceAsStream("/no/planverk/consultation/demo/" + file)) {
            if (in == null) {
                throw new IllegalStateException("The demo file " + file + " is missing from the bundle");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
