package no.planverk.ui.testing;

import com.github.mvysny.kaributesting.v10.GridKt;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.dom.Element;
import java.util.ArrayList;
import java.util.List;

/** For the modules' view tests (the shell's test-jar). The text a user reads on the page: text, labels, placeholders, helper and error texts, titles and grid cells. */
public final class Rendered {

    private static final List<String> PROPERTIES = List.of("label", "placeholder", "helperText", "errorMessage", "title", "text",
            "headerTitle", "header");

    private Rendered() {
    }

    /** Everything shown in the current UI (views, dialogs, notifications), one piece a line. */
    public static String text() {
        List<String> lines = new ArrayList<>();
        UI ui = UI.getCurrent();
        // the view hangs below the router's wrapper, not below the UI's element; dialogs and notifications below the UI's
        ui.getInternals().getActiveRouterTargetsChain().stream().reduce((first, second) -> second)
                .ifPresent(top -> walk(top.getElement(), lines));
        walk(ui.getElement(), lines);
        return String.join("\n", lines);
    }

    private static void walk(Element e, List<String> lines) {
        if (e.isTextNode()) {
            add(lines, e.getText());
            return;
        }
        for (String p : PROPERTIES) {
            add(lines, e.getProperty(p));
        }
        add(lines, e.getAttribute("title"));
        add(lines, e.getAttribute("aria-label"));
        e.getComponent().filter(Grid.class::isInstance).map(Grid.class::cast).ifPresent(g -> grid(g, lines));
        e.getChildren().forEach(c -> walk(c, lines));
    }

    private static void grid(Grid<?> grid, List<String> lines) {
        int rows = Math.min(GridKt._size(grid), 100);
        for (int i = 0; i < rows; i++) {
            lines.add(String.join(" | ", GridKt._getFormattedRow(grid, i)));
        }
    }

    private static void add(List<String> lines, String text) {
        if (text != null && !text.isBlank()) {
            lines.add(text.strip());
        }
    }
}
