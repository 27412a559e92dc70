package no.planverk.portal.core.internal.http;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Pattern;
import no.planverk.portal.core.internal.content.Submission;

/**
 * The innspel form's rules, the same for the HTML form and the JSON API: a honeypot field ({@value #HONEYPOT}) that
 * people never see and must stay empty, size limits on every field, and an optional PDF of at most 10 MB. Errors are
 * message keys by field, so the page ties each to its field.
 */
public final class SubmissionForm {

    public static final String HONEYPOT = "website";
    public static final int NAME_MAX = 200;
    public static final int ORGANISATION_MAX = 200;
    public static final int EMAIL_MAX = 254;
    public static final int TEXT_MAX = 50_000;
    public static final int SECTION_MAX = 40;
    public static final int FILE_MAX = 10 * 1024 * 1024;
    /** The largest form a browser may send: the file, the text and some room for the other fields. */
    public static final long REQUEST_MAX = FILE_MAX + 4L * TEXT_MAX + 64 * 1024;
    public static final String[] FIELDS = {"name", "organisation", "email", "section", "text", "publishName", "attachment"};
    private static final Pattern EMAIL = Pattern.compile("[^@\\s]+@[^@\\s]+\\.[^@\\s]+");

    /** The checked submission, or the errors (field to message key); {@code spam} when the honeypot was filled. */
    public record Result(Submission submission, Map<String, String> errors, boolean spam) {

        public boolean ok() {
            return submission != null;
        }
    }

    private SubmissionForm() {
    }

    /** Checks the fields as sent; {@code fileName} and {@code file} are null when no file came. */
    public static Result check(Map<String, String> fields, String fileName, byte[] file) {
        if (!value(fields, HONEYPOT).isEmpty()) {
            return new Result(null, Map.of("form", "form.refused"), true);
        }
        Map<String, String> errors = new LinkedHashMap<>();
        String name = value(fields, "name");
        String organisation = value(fields, "organisation");
        String email = value(fields, "email");
        String text = value(fields, "text");
        String section = value(fields, "section");
        if (name.isEmpty()) {
            errors.put("name", "form.name.required");
        } else if (name.length() > NAME_MAX) {
            errors.put("name", "form.name.long");
        }
        if (organisation.length() > ORGANISATION_MAX) {
            errors.put("organisation", "form.organisation.long");
        }
        if (email.length() > EMAIL_MAX || !email.isEmpty() && !EMAIL.matcher(email).matches()) {
            errors.put("email", "form.email.invalid");
        }
        if (section.length() > SECTION_MAX) {
            errors.put("section", "form.section.long");
        }
        if (text.isEmpty()) {
            errors.put("text", "form.text.required");
        } else if (text.length() > TEXT_MAX) {
            errors.put("text", "form.text.long");
        }
        boolean hasFile = file != null && file.length > 0;
        if (hasFile && file.length > FILE_MAX) {
            errors.put("attachment", "form.attachment.large");
        } else if (hasFile && !pdf(file)) {
            errors.put("attachment", "form.attachment.pdf");
        }
        if (!errors.isEmpty()) {
            return new Result(null, errors, false);
        }
        boolean publish = switch (value(fields, "publishName").toLowerCase(java.util.Locale.ROOT)) {
            case "on", "true", "yes", "1" -> true;
            default -> false;
        };
        String safeName = hasFile ? fileName(fileName) : null;
        return new Result(new Submission(name, blankToNull(organisation), blankToNull(email), text, blankToNull(section), publish,
                safeName, hasFile ? file : null), Map.of(), false);
    }

    static boolean pdf(byte[] bytes) {
        byte[] magic = {'%', 'P', 'D', 'F', '-'};
        if (bytes.length < magic.length) {
            return false;
        }
        for (int i = 0; i < magic.length; i++) {
            if (bytes[i] != magic[i]) {
                return false;
            }
        }
        return true;
    }

    /** The file's own name without any folder, or "innspel.pdf". */
    static String fileName(String sent) {
        if (sent == null || sent.isBlank()) {
            return "innspel.pdf";
        }
        String n = sent.replace('\\', '/');
        n = n.substring(n.lastIndexOf('/') + 1).strip();
        return n.isEmpty() ? "innspel.pdf" : n.length() > 120 ? n.substring(n.length() - 120) : n;
    }

    private static String value(Map<String, String> fields, String name) {
        String v = fields.get(name);
        return v == null ? "" : v.strip();
    }

    private static String blankToNull(String v) {
        return v.isEmpty() ? null : v;
    }
}
