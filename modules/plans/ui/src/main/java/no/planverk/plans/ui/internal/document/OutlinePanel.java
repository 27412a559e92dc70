package no.planverk.plans.ui.internal.document;

import static no.planverk.plans.ui.internal.PlansTexts.t;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Nav;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextField;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Consumer;
import no.planverk.plans.api.document.DocumentKey;
import no.planverk.plans.api.document.DocumentOutline;
import no.planverk.plans.api.document.OutlineSection;
import no.planverk.plans.api.document.PlanDocumentService;
import no.planverk.plans.ui.internal.PlanErrors;
import no.planverk.platform.api.PlanverkException;
import no.planverk.ui.api.CurrentUser;

/**
 * The document's outline: every chapter and section as a numbered link-like button, indented by level, and for an
 * editor the controls to add a chapter or a subsection, move the chosen section up or down, or remove it.
 */
class OutlinePanel extends VerticalLayout {

    private static final long serialVersionUID = 1L;

    private final transient PlanDocumentService documents;
    private final DocumentKey key;
    private final boolean canEdit;
    private final transient Consumer<OutlineSection> onOpen;
    private final transient Consumer<DocumentOutline> onChange;
    final Nav list = new Nav();
    final Map<Long, Button> buttons = new HashMap<>();
    final TextField newHeading = new TextField(t("document.section.newHeading"));
    final Button addChapter = DocumentView.small(t("document.section.addChapter"));
    final Button addSub = DocumentView.small(t("document.section.addSub"));
    final Button up = DocumentView.small(t("document.section.up"));
    final Button down = DocumentView.small(t("document.section.down"));
    final Button remove = DocumentView.small(t("document.section.remove"));
    transient DocumentOutline current;
    Long selected;

    OutlinePanel(PlanDocumentService documents, DocumentKey key, boolean canEdit, Consumer<OutlineSection> onOpen,
            Consumer<DocumentOutline> onChange) {
        this.documents = documents;
        this.key = key;
        this.canEdit = canEdit;
        this.onOpen = onOpen;
        this.onChange = onChange;
        setPadding(false);
        setWidth("20rem");
        getStyle().set("flex", "0 0 auto");
        list.setId("planverk-document-outline");
        list.getElement().setAttribute("aria-label", t("document.outline"));
        add(new H3(t("document.outline")), list);
        if (canEdit) {
            newHeading.setId("planverk-document-new-heading");
            newHeading.setWidthFull();
            addChapter.setId("planverk-document-add-chapter");
            addSub.setId("planverk-document-add-sub");
            up.setId("planverk-document-up");
            down.setId("planverk-document-down");
            remove.setId("planverk-document-remove");
            remove.addThemeVariants(ButtonVariant.LUMO_ERROR);
            addChapter.addClickListener(e -> addSection(null));
            addSub.addClickListener(e -> addSection(selected));
            up.addClickListener(e -> move(-1));
            down.addClickListener(e -> move(1));
            remove.addClickListener(e -> confirmRemove());
            HorizontalLayout adds = new HorizontalLayout(addChapter, addSub);
            HorizontalLayout moves = new HorizontalLayout(up, down, remove);
            adds.getStyle().set("flex-wrap", "wrap");
            moves.getStyle().set("flex-wrap", "wrap");
            add(newHeading, adds, moves);
        }
    }

    DocumentOutline reload() {
        show(documents.outline(key));
        return current;
    }

    /** Reloads after a save and keeps the saved section chosen. */
    void reloadKeeping(long sectionId) {
        try {
            show(documents.outline(key));
            select(sectionId);
            onChange.accept(current);
        } catch (PlanverkException e) {
            PlanErrors.show(e);
        }
    }

    private void show(DocumentOutline o) {
        current = o;
        list.removeAll();
        buttons.clear();
        for (OutlineSection s : o.sections()) {
            Button b = new Button(s.number() + "  " + s.heading(), e -> onOpen.accept(s));
            b.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
            b.setId("planverk-document-section-" + s.id());
            b.getStyle().set("margin-left", (s.level() - 1) * 1.2 + "rem").set("display", "block").set("text-align", "start")
                    .set("height", "auto").set("white-space", "normal");
            buttons.put(s.id(), b);
            list.add(b);
        }
        if (selected != null && !buttons.containsKey(selected)) {
            selected = null;
        }
        controls();
    }

    void select(long sectionId) {
        selected = sectionId;
        buttons.forEach((id, b) -> {
            boolean on = id == sectionId;
            b.getStyle().set("font-weight", on ? "bold" : "normal");
            if (on) {
                b.getElement().setAttribute("aria-current", "true");
            } else {
                b.getElement().removeAttribute("aria-current");
            }
        });
        controls();
    }

    private void controls() {
        boolean some = selected != null;
        addSub.setEnabled(some);
        up.setEnabled(some);
        down.setEnabled(some);
        remove.setEnabled(some);
    }

    private OutlineSection chosen() {
        return current.sections().stream().filter(s -> Objects.equals(s.id(), selected)).findFirst().orElse(null);
    }

    private void addSection(Long parentId) {
        String heading = newHeading.getValue().isBlank() ? t("document.section.untitled") : newHeading.getValue().strip();
        try {
            int position = (int) current.sections().stream().filter(s -> Objects.equals(s.parentId(), parentId)).count();
            var section = documents.add(key, parentId, position, heading, CurrentUser.require());
            newHeading.clear();
            show(documents.outline(key));
            onChange.accept(current);
            current.sections().stream().filter(s -> s.id() == section.id()).findFirst().ifPresent(onOpen);
        } catch (PlanverkException e) {
            PlanErrors.show(e);
        }
    }

    /** Moves the chosen section one place among its siblings. */
    private void move(int by) {
        OutlineSection s = chosen();
        if (s == null) {
            return;
        }
        List<OutlineSection> siblings = current.sections().stream().filter(o -> Objects.equals(o.parentId(), s.parentId())).toList();
        int to = s.position() + by;
        if (to < 0 || to >= siblings.size()) {
            return;
        }
        try {
            show(documents.move(s.id(), s.version(), s.parentId(), to, CurrentUser.require()));
            select(s.id());
            onChange.accept(current);
        } catch (PlanverkException e) {
            PlanErrors.show(e);
        }
    }

    private void confirmRemove() {
        OutlineSection s = chosen();
        if (s == null) {
            return;
        }
        ConfirmDialog confirm = new ConfirmDialog(t("document.section.remove.title", s.number(), s.heading()),
                t("document.section.remove.text"), t("document.section.remove"), e -> {
                    try {
                        show(documents.remove(s.id(), s.version(), CurrentUser.require()));
                        onChange.accept(current);
                        onOpen.accept(current.sections().isEmpty() ? null : current.sections().get(0));
                    } catch (PlanverkException ex) {
                        PlanErrors.show(ex);
                    }
                }, t("document.cancel"), e -> { });
        confirm.setConfirmButtonTheme("error primary");
        confirm.open();
    }
}
