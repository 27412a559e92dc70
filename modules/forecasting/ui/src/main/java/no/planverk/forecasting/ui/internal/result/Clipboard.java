package no.planverk.forecasting.ui.internal.result;

import static no.planverk.forecasting.ui.internal.ForecastTexts.t;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.icon.VaadinIcon;
import java.util.function.Supplier;
import no.planverk.ui.api.Notices;

/**
 * "Copy table": puts tab-separated text on the clipboard so it pastes into a spreadsheet as cells. Uses
 * navigator.clipboard where the page is a secure context (https, localhost), a hidden text area otherwise.
 */
public final class Clipboard {

    private static final String COPY = """
            const text = $0;
            const fallback = () => {
              const area = document.createElement('textarea');
              area.value = text; area.setAttribute('readonly', ''); area.style.cssText = 'position:fixed;left:-10000px;top:0';
              document.body.appendChild(area); area.select();
              const ok = document.execCommand('copy'); area.remove(); return ok;
            };
            if (navigator.clipboard && window.isSecureContext) {
              return navigator.clipboard.writeText(text).then(() => true, () => fallback());
            }
            return fallback();
            """;

    private Clipboard() {
    }

    /** A button that copies what {@code text} gives at the moment it is clicked. */
    public static Button button(String id, Supplier<String> text) {
        Button b = new Button(t("result.copy"), VaadinIcon.COPY_O.create());
        b.setId(id);
        b.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_TERTIARY);
        b.getElement().setAttribute("title", t("result.copy.title"));
        b.addClickListener(e -> b.getElement().executeJs(COPY, text.get()).then(Boolean.class,
                ok -> {
                    if (Boolean.TRUE.equals(ok)) {
                        Notices.success(t("result.copied"));
                    } else {
                        Notices.error(t("result.copy.failed"));
                    }
                }, err -> Notices.error(t("result.copy.failed"))));
        return b;
    }
}
