package no.planverk.plans.core.internal.document.export;

import java.util.Locale;
import java.util.regex.Pattern;

/** Marker colours: only {@code #rrggbb} is used (it goes into style attributes and DOCX runs). */
final class Colours {

    private static final Pattern HEX = Pattern.compile("#[0-9a-fA-F]{6}");

    private Colours() {
    }

    /** The colour as lower-case {@code #rrggbb}, or null when it is missing or anything else. */
    static String valid(String colour) {
        return colour != null && HEX.matcher(colour).matches() ? colour.toLowerCase(Locale.ROOT) : null;
    }
}
