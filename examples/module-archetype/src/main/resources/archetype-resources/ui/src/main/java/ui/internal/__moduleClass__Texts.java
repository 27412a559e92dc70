package ${package}.ui.internal;

import no.planverk.ui.api.Texts;

/** The module's texts: {@code messages.properties} (nynorsk), {@code _nb} (bokmål) and {@code _en} (English) beside this class. */
public final class ${moduleClass}Texts {

    public static final Texts TEXTS = new Texts(${moduleClass}Texts.class, "${package}.ui.internal.messages");

    private ${moduleClass}Texts() {
    }

    /** The text for {@code key} in the current user's language. */
    public static String t(String key, Object... args) {
        return TEXTS.get(key, args);
    }
}
