package no.planverk.ui.api;

import com.vaadin.flow.component.html.Code;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import java.util.List;

/** The columns of an import file as {@link ImportPanel} lists them: an introduction, then each name and what goes in it. */
final class ColumnList {

    private ColumnList() {
    }

    static VerticalLayout of(String intro, List<ColumnHelp> help, String requiredMark) {
        UnorderedList list = new UnorderedList();
        for (ColumnHelp c : help) {
            ListItem item = new ListItem();
            if (!c.name().isBlank()) {
                item.add(new Code(c.name()));
            }
            String text = (c.name().isBlank() || c.description().isBlank() ? "" : ": ") + c.description()
                    + (c.required() ? " " + requiredMark : "");
            if (!text.isBlank()) {
                item.add(new Span(text));
            }
            list.add(item);
        }
        VerticalLayout body = new VerticalLayout(new Paragraph(intro), list);
        body.setPadding(false);
        body.getStyle().set("overflow-wrap", "anywhere");
        return body;
    }
}
