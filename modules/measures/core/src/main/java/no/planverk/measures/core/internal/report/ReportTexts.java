package no.planverk.measures.core.internal.report;

import java.text.MessageFormat;
import java.text.NumberFormat;
import java.util.Locale;
import java.util.ResourceBundle;

/** Labels of the follow-up report in nynorsk (default), bokmål or English, and Norwegian money. */
final class ReportTexts {

    private static final Locale NORWEGIAN = Locale.forLanguageTag("nb-NO");
    private final ResourceBundle bundle;
    private final Locale locale;

    private ReportTexts(ResourceBundle bundle, Locale locale) {
        this.bundle = bundle;
        this.locale = locale;
    }

    static ReportTexts of(Locale locale) {
        Locale l = locale == null ? Locale.ROOT : locale;
        String lang = l.getLanguage();
        Locale pick = "nb".equals(lang) || "no".equals(lang) ? Locale.forLanguageTag("nb") : "en".equals(lang) ? Locale.ENGLISH : Locale.ROOT;
        ResourceBundle b = ResourceBundle.getBundle("no.planverk.measures.core.internal.report", pick, ReportTexts.class.getClassLoader(),
                ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
        return new ReportTexts(b, pick);
    }

    String t(String key, Object... args) {
        String pattern = bundle.getString(key);
        return args.length == 0 ? pattern : new MessageFormat(pattern, NORWEGIAN).format(args);
    }

    /** "650 000 kr", with the Norwegian thin grouping. */
    static String money(long nok) {
        return NumberFormat.getIntegerInstance(NORWEGIAN).format(nok).replace('\u00a0', ' ') + " kr";
    }

    Locale locale() {
        return locale;
    }
}
