package no.planverk.ui.api;

import com.vaadin.flow.component.icon.VaadinIcon;
import java.util.Locale;
import java.util.function.Function;

/** A side-menu entry: translated label, icon and position (lower first). */
public record MenuEntry(Function<Locale, String> label, VaadinIcon icon, int order) {

    /** Label from {@code texts} by key. */
    public static MenuEntry of(Texts texts, String key, VaadinIcon icon, int order) {
        return new MenuEntry(locale -> texts.get(locale, key), icon, order);
    }
}
