package no.planverk.volunteers.ui.internal.transfer;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.github.mvysny.kaributesting.v10.GridKt;
import com.github.mvysny.kaributesting.v10.UploadKt;
import java.nio.charset.StandardCharsets;
import no.planverk.volunteers.ui.internal.NoEnglish;
import no.planverk.volunteers.ui.internal.VolNav;
import no.planverk.volunteers.ui.internal.VolunteersUi;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** In nynorsk, the import's row errors and a file without the columns hold no English. */
class ImportNynorskTest {

    private final VolunteersUi ui = new VolunteersUi();

    @BeforeEach
    void translate() {
        NoEnglish.translate();
    }

    @AfterEach
    void close() {
        NoEnglish.reset();
        ui.close();
    }

    @Test
    void theImportsRowErrorsAreNynorsk() {
        ImportView view = VolunteersUi.open(VolNav.IMPORT, ImportView.class);
        UploadKt._upload(view.upload, "frivillige.csv", ImportViewTest.BAD.getBytes(StandardCharsets.UTF_8));
        assertEquals("Ukjend einingskode «ALV-XX»", GridKt._getFormatted(view.errors, 5, "reason"));
        NoEnglish.check();
        UploadKt._upload(view.upload, "frivillige.csv", "namn,e-post\nX,y\n".getBytes(StandardCharsets.UTF_8));
        NoEnglish.check();
    }
}
