package no.planverk.portal.core.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class BrandingTest {

    @Test
    void contrastRatiosAreWcags() {
        assertEquals(21.0, Contrast.ratio("#000000", "#ffffff"), 0.01);
        assertEquals(4.54, Contrast.ratio("#767676", "#ffffff"), 0.01);
    }

    @Test
    void darkColoursGetWhiteText() {
        Branding b = Branding.of("Alver kommune", null, "#005A8C");
        assertEquals("#005a8c", b.colour());
        assertEquals("#ffffff", b.textColour());
    }

    @Test
    void lightColoursFallBackToDarkText() {
        Branding b = Branding.of("Bergen kommune", null, "#f5c400");
        assertEquals("#f5c400", b.colour());
        assertEquals("#1a1a1a", b.textColour());
        assertTrue(Contrast.ratio(b.colour(), b.textColour()) >= Contrast.AA);
    }

    @Test
    void aColourNeitherTextReadsOnIsReplaced() {
        // mid grey: white gives 3.9:1, dark text 4.4:1
        Branding b = Branding.of("X", null, "#808080");
        assertEquals(Branding.DEFAULT_COLOUR, b.colour());
        assertTrue(Contrast.ratio(b.colour(), b.textColour()) >= Contrast.AA);
    }

    @Test
    void anythingButHexIsRefused() {
        assertEquals(Branding.DEFAULT_COLOUR, Branding.of("X", null, "red; background:url(x)").colour());
        assertEquals("Planverk", Branding.of(" ", " ", null).municipality());
    }
}
