package no.planverk.forecasting.ui.internal.inputs;

import com.github.mvysny.kaributesting.v10.UploadKt;
import java.nio.charset.StandardCharsets;
import no.planverk.forecasting.api.InputKind;

/** Uploads through the inputs view for tests in other packages (its fields are package-private). */
public final class InputsProbe {

    private InputsProbe() {
    }

    /** Chooses the kind, uploads the file and saves it; fails if the view does not offer to save. */
    public static void upload(InputsView view, InputKind kind, String fileName, String csv) {
        view.upload.kind.setValue(kind);
        UploadKt._upload(view.upload.upload, fileName, csv.getBytes(StandardCharsets.UTF_8));
        if (!view.upload.save.isEnabled()) {
            throw new AssertionError("not offered to save: " + view.upload.result.getText());
        }
        view.upload.save.click();
    }
}
