package ${package}.ui.internal;

import static ${package}.ui.internal.${moduleClass}Texts.t;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEvent;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.HasUrlParameter;
import java.util.Optional;
import ${package}.api.Item;
import ${package}.api.${moduleClass}Service;

/**
 * One item's page at {@code /${moduleId}/item/<id>}, reached from the list's links (and bookmarks: the id is in the
 * address). An id that is not there, or no longer, says so instead of failing.
 */
public class ItemView extends VerticalLayout implements HasUrlParameter<Long>, HasDynamicTitle {

    private static final long serialVersionUID = 1L;
    private final transient ${moduleClass}Service service;
    final Anchor back = new Anchor(ItemsContribution.PATH, t("item.back"));
    final H2 title = new H2();
    final Paragraph note = new Paragraph();

    public ItemView(${moduleClass}Service service) {
        this.service = service;
        setWidthFull();
        back.setId("${moduleId}-back");
        title.setId("${moduleId}-item-title");
        note.setId("${moduleId}-item-note");
        add(back, title, note);
    }

    /** Vaadin calls this with the id from the address, also when only the id changes on an open page. */
    @Override
    public void setParameter(BeforeEvent event, Long id) {
        Optional<Item> item = service.find(id);
        if (item.isEmpty()) {
            title.setText(t("item.notFound"));
            note.setText(t("item.notFound.help", String.valueOf(id)));
            return;
        }
        title.setText(item.get().name());
        note.setText(item.get().note() == null ? t("item.noNote") : item.get().note());
    }

    @Override
    public String getPageTitle() {
        return title.getText() + " – Planverk";
    }
}
