package no.planverk.portal.core.internal;

/**
 * The municipality on its portal: its name, its logo (a file, or null) and its colour, with the text colour that reads
 * on it. White text when it has at least 4.5:1 against the colour, else dark text (#1a1a1a); a colour that neither
 * reaches (a mid grey) is replaced by the default dark blue, so the banner always passes WCAG 2.1 AA.
 */
public record Branding(String municipality, String logoFile, String colour, String textColour) {

    public static final String DEFAULT_COLOUR = "#1f4e79";
    static final String WHITE = "#ffffff";
    static final String DARK = "#1a1a1a";

    public static Branding of(String municipality, String logoFile, String colour) {
        String c = Contrast.valid(colour) ? Contrast.normalise(colour) : DEFAULT_COLOUR;
        String text;
        if (Contrast.ratio(c, WHITE) >= Contrast.AA) {
            text = WHITE;
        } else if (Contrast.ratio(c, DARK) >= Contrast.AA) {
            text = DARK;
        } else {
            c = DEFAULT_COLOUR;
            text = WHITE;
        }
        String name = municipality == null || municipality.isBlank() ? "Planverk" : municipality.strip();
        String logo = logoFile == null || logoFile.isBlank() ? null : logoFile.strip();
        return new Branding(name, logo, c, text);
    }
}
