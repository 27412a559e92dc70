package no.planverk.ui.internal;

import no.planverk.platform.api.Role;
import no.planverk.ui.api.Texts;

/** The shell's own texts ({@code no/planverk/ui/internal/messages*.properties}). */
public final class ShellTexts {

    public static final Texts TEXTS = new Texts(ShellTexts.class, "no.planverk.ui.internal.messages");

    private ShellTexts() {
    }

    public static String t(String key, Object... args) {
        return TEXTS.get(key, args);
    }

    /** The text of {@code key} in the current language, or {@code fallback} when the shell has none. */
    public static String orElse(String key, String fallback) {
        String text = t(key);
        return text.equals("!" + key + "!") ? fallback : text;
    }

    /** A role's name in the current language ("planleggjar"). */
    public static String role(Role role) {
        return orElse("role." + role.id(), role.id());
    }

    /** An audit action in the current language ("oppretta" for create); an action the shell does not know as stored. */
    public static String action(String action) {
        return action == null ? "" : orElse("audit.action." + action, action);
    }
}
