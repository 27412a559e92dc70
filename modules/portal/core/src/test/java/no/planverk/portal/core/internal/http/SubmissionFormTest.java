package no.planverk.portal.core.internal.http;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

class SubmissionFormTest {

    private static Map<String, String> fields(String... kv) {
        Map<String, String> m = new HashMap<>();
        for (int i = 0; i + 1 < kv.length; i += 2) {
            m.put(kv[i], kv[i + 1]);
        }
        return m;
    }

    @Test
    void aFilledHoneypotIsSpam() {
        SubmissionForm.Result r = SubmissionForm.check(fields("name", "Bot", "text", "Buy", "website", "http://spam"), null, null);
        assertTrue(r.spam());
        assertFalse(r.ok());
    }

    @Test
    void nameAndTextAreRequired() {
        SubmissionForm.Result r = SubmissionForm.check(fields("name", " ", "text", ""), null, null);
        assertEquals(Map.of("name", "form.name.required", "text", "form.text.required"), r.errors());
    }

    @Test
    void everyFieldHasASizeLimit() {
        SubmissionForm.Result r = SubmissionForm.check(fields("name", "x".repeat(201), "organisation", "o".repeat(201),
                "email", "a@b." + "c".repeat(260), "section", "s".repeat(41), "text", "t".repeat(50_001)), null, null);
        assertEquals(Map.of("name", "form.name.long", "organisation", "form.organisation.long", "email", "form.email.invalid",
                "section", "form.section.long", "text", "form.text.long"), r.errors());
    }

    @Test
    void theAttachmentMustBeAPdfOfAtMostTenMegabytes() {
        Map<String, String> ok = fields("name", "Kari", "text", "Innspel");
        assertEquals("form.attachment.pdf", SubmissionForm.check(ok, "a.pdf", "<html>".getBytes(StandardCharsets.UTF_8))
                .errors().get("attachment"));
        byte[] big = new byte[SubmissionForm.FILE_MAX + 1];
        System.arraycopy("%PDF-".getBytes(StandardCharsets.US_ASCII), 0, big, 0, 5);
        assertEquals("form.attachment.large", SubmissionForm.check(ok, "a.pdf", big).errors().get("attachment"));
        SubmissionForm.Result r = SubmissionForm.check(ok, "C:\\Users\\kari\\innspel.pdf", "%PDF-1.7 ...".getBytes(StandardCharsets.US_ASCII));
        assertTrue(r.ok());
        assertEquals("innspel.pdf", r.submission().attachmentName());
    }

    @Test
    void optionalFieldsBecomeNullAndTheConsentIsExplicit() {
        SubmissionForm.Result r = SubmissionForm.check(fields("name", " Kari ", "text", "Innspel", "email", ""), null, null);
        assertEquals("Kari", r.submission().name());
        assertNull(r.submission().email());
        assertNull(r.submission().attachment());
        assertFalse(r.submission().publishName());
        assertTrue(SubmissionForm.check(fields("name", "K", "text", "T", "publishName", "on"), null, null).submission().publishName());
    }
}
