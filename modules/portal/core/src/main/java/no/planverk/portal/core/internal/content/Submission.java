package no.planverk.portal.core.internal.content;

/**
 * An innspel as a citizen sent it from the portal, after the portal's checks (honeypot, sizes, PDF).
 * {@code attachmentName} and {@code attachment} are null without a file.
 */
public record Submission(String name, String organisation, String email, String text, String section, boolean publishName,
        String attachmentName, byte[] attachment) {
}
