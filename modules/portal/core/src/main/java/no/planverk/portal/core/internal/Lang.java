package no.planverk.portal.core.internal;

import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * The portal's languages: nynorsk, bokmål, English. A page's language comes from {@code ?lang=} (which the page's
 * links then carry on, so the choice sticks without a cookie or a session), else from Accept-Language, else from the
 * configured default.
 */
public enum Lang {
    NN("nn"), NB("nb"), EN("en");

    private final String id;

    Lang(String id) {
        this.id = id;
    }

    public String id() {
        return id;
    }

    public Locale locale() {
        return Locale.forLanguageTag(id);
    }

    public static Optional<Lang> parse(String text) {
        if (text == null) {
            return Optional.empty();
        }
        String t = text.strip().toLowerCase(Locale.ROOT);
        return switch (t) {
            case "nn", "nno" -> Optional.of(NN);
            case "nb", "no", "nob" -> Optional.of(NB);
            case "en", "eng" -> Optional.of(EN);
            default -> Optional.empty();
        };
    }

    /** The first of nn, nb (or no) and en that Accept-Language names, by its order of preference. */
    public static Optional<Lang> accepted(String acceptLanguage) {
        if (acceptLanguage == null || acceptLanguage.isBlank()) {
            return Optional.empty();
        }
        List<Locale.LanguageRange> ranges;
        try {
            ranges = Locale.LanguageRange.parse(acceptLanguage);
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
        for (Locale.LanguageRange range : ranges) {
            if (range.getWeight() <= 0) {
                continue;
            }
            String r = range.getRange().toLowerCase(Locale.ROOT);
            int dash = r.indexOf('-');
            Optional<Lang> lang = parse(dash < 0 ? r : r.substring(0, dash));
            if (lang.isPresent()) {
                return lang;
            }
        }
        return Optional.empty();
    }

    /** {@code ?lang=} first, then Accept-Language, then the fallback. */
    public static Lang of(String query, String acceptLanguage, Lang fallback) {
        return parse(query).or(() -> accepted(acceptLanguage)).orElse(fallback);
    }
}
