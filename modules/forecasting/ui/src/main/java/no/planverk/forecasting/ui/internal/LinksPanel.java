package no.planverk.forecasting.ui.internal;

import static no.planverk.forecasting.ui.internal.ForecastTexts.t;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import java.util.stream.Stream;
import no.planverk.forecasting.api.RunLink;

/**
 * The goals and measures a saved run is linked to, each with its label and a link to its page. Planners add a
 * link by kind and a goal or measure picked from a searchable list (plan, code and text), only of kinds an
 * installed module offers ({@code linkKinds}), and remove links.
 */
final class LinksPanel extends VerticalLayout {

    private static final long serialVersionUID = 1L;
    final UnorderedList list = new UnorderedList();
    final Select<String> kind = new Select<>();
    final ComboBox<RunLink> target = new ComboBox<>();
    final Button add = new Button(t("links.add"), VaadinIcon.LINK.create());
    final HorizontalLayout controls;

    /** What a link may point to: items of a kind whose label contains a text, at most a number of them. */
    @FunctionalInterface
    interface Choices {
        List<RunLink> find(String kind, String text, int limit);
    }

    LinksPanel(List<RunLink> links, List<String> kinds, boolean mayChange, Choices choices, Consumer<List<RunLink>> save) {
        setPadding(false);
        setId("planverk-forecasting-links");
        list.setId("planverk-forecasting-links-list");
        for (RunLink link : links) {
            list.add(item(link, links, mayChange, save));
        }
        add(new H3(t("links.title")));
        if (links.isEmpty()) {
            add(new Paragraph(t("links.none")));
        } else {
            add(list);
        }
        kind.setLabel(t("links.kind"));
        kind.setItems(kinds);
        kind.setItemLabelGenerator(Labels::kindLink);
        kind.setId("planverk-forecasting-links-kind");
        if (!kinds.isEmpty()) {
            kind.setValue(kinds.get(0));
        }
        target.setId("planverk-forecasting-links-target");
        target.setWidth("32em");
        target.setHelperText(t("links.target.help"));
        target.setItemLabelGenerator(RunLink::label);
        target.setItems(q -> {
            int offset = q.getOffset();
            int limit = q.getLimit();
            return kind.getValue() == null ? Stream.empty()
                    : choices.find(kind.getValue(), q.getFilter().orElse(""), offset + limit).stream().skip(offset);
        });
        target.setLabel(kind.getValue() == null ? "" : Labels.kindLink(kind.getValue()));
        kind.addValueChangeListener(e -> {
            target.clear();
            target.setLabel(e.getValue() == null ? "" : Labels.kindLink(e.getValue()));
            target.getDataProvider().refreshAll();
        });
        add.setId("planverk-forecasting-links-add");
        add.addClickListener(e -> {
            if (kind.getValue() == null || target.getValue() == null) {
                target.setInvalid(true);
                target.setErrorMessage(t("links.target.required"));
                return;
            }
            List<RunLink> next = new ArrayList<>(links);
            next.add(new RunLink(kind.getValue(), target.getValue().targetId()));
            save.accept(next);
        });
        controls = new HorizontalLayout(kind, target, add);
        controls.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.BASELINE);
        controls.setVisible(mayChange && !kinds.isEmpty());
        add(controls);
        if (mayChange && kinds.isEmpty()) {
            add(new Paragraph(t("links.noTargets")));
        }
    }

    private static ListItem item(RunLink link, List<RunLink> links, boolean mayChange, Consumer<List<RunLink>> save) {
        String text = Labels.kindLink(link.kind()) + " " + (link.label() == null ? "#" + link.targetId() : link.label());
        ListItem li = new ListItem();
        li.getElement().setAttribute("data-kind", link.kind());
        if (link.route() != null && !link.route().isBlank()) {
            Anchor a = new Anchor(link.route().replaceFirst("^/", ""), text);
            a.getElement().setAttribute("router-link", true);
            li.add(a);
        } else {
            li.add(new Span(text));
        }
        if (mayChange) {
            Button remove = new Button(VaadinIcon.CLOSE_SMALL.create(), e -> {
                List<RunLink> next = new ArrayList<>(links);
                next.remove(link);
                save.accept(next);
            });
            remove.addThemeVariants(ButtonVariant.LUMO_TERTIARY_INLINE, ButtonVariant.LUMO_ERROR);
            remove.getElement().setAttribute("aria-label", t("links.remove", text));
            li.add(remove);
        }
        return li;
    }
}
