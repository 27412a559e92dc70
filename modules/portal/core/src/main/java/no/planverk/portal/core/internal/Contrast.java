package no.planverk.portal.core.internal;

import java.util.Locale;
import java.util.regex.Pattern;

/** WCAG 2.1 contrast of sRGB colours written {@code #rrggbb}. */
public final class Contrast {

    /** WCAG 2.1 AA for normal text. */
    public static final double AA = 4.5;
    private static final Pattern HEX = Pattern.compile("#[0-9a-fA-F]{6}");

    private Contrast() {
    }

    /** True for {@code #rrggbb}; anything else (names, CSS) is refused, so configuration cannot inject CSS. */
    public static boolean valid(String colour) {
        return colour != null && HEX.matcher(colour.strip()).matches();
    }

    public static String normalise(String colour) {
        return colour.strip().toLowerCase(Locale.ROOT);
    }

    /** The ratio (1 to 21) between two colours. */
    public static double ratio(String a, String b) {
        double la = luminance(a);
        double lb = luminance(b);
        return (Math.max(la, lb) + 0.05) / (Math.min(la, lb) + 0.05);
    }

    static double luminance(String colour) {
        String c = colour.strip().substring(1);
        return 0.2126 * channel(Integer.parseInt(c.substring(0, 2), 16)) + 0.7152 * channel(Integer.parseInt(c.substring(2, 4), 16))
                + 0.0722 * channel(Integer.parseInt(c.substring(4, 6), 16));
    }

    private static double channel(int value) {
        double s = value / 255.0;
        return s <= 0.03928 ? s / 12.92 : Math.pow((s + 0.055) / 1.055, 2.4);
    }
}
