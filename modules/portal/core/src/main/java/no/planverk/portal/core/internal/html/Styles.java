package no.planverk.portal.core.internal.html;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import no.planverk.portal.core.internal.Branding;

/** The portal's style sheet with the municipality's colours (checked {@code #rrggbb}, so nothing else gets in). */
public final class Styles {

    private static final String TEMPLATE = read();

    private Styles() {
    }

    public static String css(Branding brand) {
        return TEMPLATE.replace("BRAND_TEXT", brand.textColour()).replace("BRAND", brand.colour());
    }

    private static String read() {
        try (InputStream in = Styles.class.getResourceAsStream("/no/planverk/portal/core/internal/portal.css")) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
