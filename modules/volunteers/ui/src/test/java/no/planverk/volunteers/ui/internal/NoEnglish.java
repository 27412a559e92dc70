package no.planverk.volunteers.ui.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import no.planverk.platform.core.internal.PlatformMessages;
import no.planverk.platform.testing.Catalogs;
import no.planverk.ui.api.ServerTexts;
import no.planverk.ui.testing.Rendered;
import no.planverk.volunteers.core.internal.VolunteersMessages;

/** The services' messages translated as in a running Planverk, and the check that a screen in nynorsk holds no English. */
public final class NoEnglish {

    private NoEnglish() {
    }

    /** The file errors (platform.table.*) are in the platform's catalog, as in a running Planverk. */
    public static void translate() {
        ServerTexts.use(Catalogs.translator(new VolunteersMessages(), new PlatformMessages()));
    }

    public static void reset() {
        ServerTexts.use(null);
    }

    /** The screen and the notifications, checked to hold no English sentence. */
    public static String check() {
        String all = Rendered.text() + "\n" + String.join("\n", VolunteersUi.notifications());
        assertEquals(List.of(), Catalogs.englishSentences(all), all);
        return all;
    }
}
