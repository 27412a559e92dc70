package no.planverk.platform.core.internal.http;

import java.util.List;
import java.util.Locale;

/** The language of an API answer: nynorsk or bokmål when Accept-Language asks for it first, else English. */
final class ApiLanguage {

    static final Locale NYNORSK = Locale.forLanguageTag("nn");
    static final Locale BOKMAL = Locale.forLanguageTag("nb");

    private ApiLanguage() {
    }

    static Locale of(String acceptLanguage) {
        if (acceptLanguage == null || acceptLanguage.isBlank()) {
            return Locale.ENGLISH;
        }
        List<Locale.LanguageRange> ranges;
        try {
            ranges = Locale.LanguageRange.parse(acceptLanguage);
        } catch (IllegalArgumentException e) {
            return Locale.ENGLISH;
        }
        for (Locale.LanguageRange range : ranges) {
            String lang = range.getRange().toLowerCase(Locale.ROOT);
            if (lang.startsWith("nn")) {
                return NYNORSK;
            }
            if (lang.startsWith("nb") || lang.equals("no") || lang.startsWith("no-")) {
                return BOKMAL;
            }
            if (lang.startsWith("en") || lang.equals("*")) {
                return Locale.ENGLISH;
            }
        }
        return Locale.ENGLISH;
    }
}
