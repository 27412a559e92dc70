package no.planverk.plans.ui.internal.document;

import static no.planverk.plans.ui.internal.PlansTexts.t;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.markdown.Markdown;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.value.ValueChangeMode;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Consumer;
import no.planverk.plans.api.document.BlockChoice;
import no.planverk.plans.api.document.BlockMarkers;
import no.planverk.plans.api.document.BlockRef;
import no.planverk.plans.api.document.BlockType;
import no.planverk.plans.api.document.DocumentKey;
import no.planverk.plans.api.document.DocumentSection;
import no.planverk.plans.api.document.PlanDocumentService;
import no.planverk.plans.api.document.SectionConflictException;
import no.planverk.plans.api.document.SectionContent;
import no.planverk.plans.api.document.SectionPart;
import no.planverk.plans.ui.internal.PlanErrors;
import no.planverk.platform.api.PlanverkException;
import no.planverk.ui.api.CurrentUser;
import no.planverk.ui.api.Formats;
import no.planverk.ui.api.TextLimit;
import no.planverk.ui.api.Texts;

/**
 * One section: its heading and Markdown text with a block picker and a live preview beside it (text through Vaadin's
 * Markdown component, which sanitises; live blocks as the modules render them). Saving sends the version loaded, so
 * a save over someone else's change opens {@link ConflictDialog} with both texts instead of losing one.
 */
class SectionEditor extends VerticalLayout {

    private static final long serialVersionUID = 1L;
    /** The service's limit of a section heading (plans core refuses longer ones). */
    static final int MAX_HEADING = 200;

    private final transient PlanDocumentService documents;
    private final DocumentKey key;
    private final transient Consumer<DocumentSection> onSaved;
    final TextField heading = new TextField(t("document.section.heading"));
    final TextArea text = new TextArea(t("document.section.text"));
    final Select<BlockType> blockType = new Select<>();
    final ComboBox<BlockChoice> blockChoice = new ComboBox<>(t("document.block.choice"));
    final Button insert = new Button(t("document.block.insert"));
    final Button save = new Button(t("document.section.save"));
    final Div preview = new Div();
    final Paragraph changed = new Paragraph();
    transient DocumentSection section;
    /** The blocks of the saved document as rendered, for the preview. */
    transient Map<BlockRef, SectionPart.Block> rendered = new HashMap<>();

    SectionEditor(PlanDocumentService documents, DocumentKey key, DocumentSection section, boolean canEdit, Consumer<DocumentSection> onSaved) {
        this.documents = documents;
        this.key = key;
        this.onSaved = onSaved;
        this.section = section;
        setPadding(false);
        setWidthFull();
        H3 title = new H3(section.number() + " " + section.heading());
        title.setId("planverk-document-section-title");
        preview.setId("planverk-document-preview");
        preview.setWidthFull();
        preview.getStyle().set("border-left", "3px solid var(--lumo-contrast-10pct, #e6e6e6)").set("padding-left", "var(--lumo-space-m, 1rem)");
        changed.setId("planverk-document-changed");
        changed.getStyle().set("font-size", "var(--lumo-font-size-s, .875rem)");
        add(title);
        if (canEdit) {
            heading.setId("planverk-document-heading");
            heading.setWidthFull();
            TextLimit.apply(heading, MAX_HEADING); // shown and refused, not cut as maxlength would
            text.setId("planverk-document-text");
            text.setWidthFull();
            text.setMinHeight("16rem");
            text.setHelperText(t("document.section.text.help"));
            text.setValueChangeMode(ValueChangeMode.TIMEOUT);
            text.setValueChangeTimeout(400);
            text.addValueChangeListener(e -> showPreview());
            save.setId("planverk-document-save");
            save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
            save.addClickListener(e -> save(section.version()));
            add(heading, text, picker(), save);
        }
        add(changed, new H3(t("document.preview")), preview);
        load(section);
    }

    private HorizontalLayout picker() {
        Locale locale = Texts.currentLocale();
        blockType.setLabel(t("document.block.type"));
        blockType.setId("planverk-document-block-type");
        blockType.setItemLabelGenerator(BlockType::label);
        blockType.setEmptySelectionAllowed(false);
        List<BlockType> types = List.of();
        try {
            types = documents.blockTypes(locale);
        } catch (PlanverkException e) {
            PlanErrors.show(e);
        }
        blockType.setItems(types);
        blockChoice.setId("planverk-document-block-choice");
        blockChoice.setItemLabelGenerator(BlockChoice::label);
        blockChoice.setWidth("20rem");
        blockType.addValueChangeListener(e -> {
            blockChoice.clear();
            blockChoice.setItems(e.getValue() == null ? List.of() : documents.blockChoices(e.getValue().id(), key.planId(), locale));
        });
        insert.setId("planverk-document-block-insert");
        insert.addClickListener(e -> insertBlock());
        HorizontalLayout row = new HorizontalLayout(blockType, blockChoice, insert);
        row.setAlignItems(FlexComponent.Alignment.BASELINE);
        row.getStyle().set("flex-wrap", "wrap");
        if (types.isEmpty()) {
            row.setVisible(false);
        }
        return row;
    }

    /** Puts the chosen block's marker on a line of its own at the end of the text. */
    void insertBlock() {
        BlockType type = blockType.getValue();
        if (type == null) {
            PlanErrors.error(t("document.block.pickType"));
            return;
        }
        BlockChoice choice = blockChoice.getValue();
        String marker = BlockMarkers.marker(new BlockRef(type.id(), choice == null ? "" : choice.param()));
        String now = text.getValue().stripTrailing();
        text.setValue(now.isEmpty() ? marker : now + "\n\n" + marker + "\n");
        showPreview();
    }

    private void load(DocumentSection s) {
        section = s;
        heading.setValue(s.heading());
        text.setValue(s.markdown());
        changed.setText(s.changedBy() == null ? "" : t("document.section.changed", s.changedBy(), Formats.dateTime(s.changedAt())));
        renderSaved();
        showPreview();
    }

    /** Renders the saved document's blocks of this section once, so typing does not call every module again. */
    private void renderSaved() {
        rendered = new HashMap<>();
        try {
            for (SectionContent c : documents.content(key, null, Texts.currentLocale()).sections()) {
                if (c.number().equals(section.number())) {
                    c.parts().stream().filter(p -> p instanceof SectionPart.Block).map(p -> (SectionPart.Block) p)
                            .forEach(b -> rendered.put(b.ref(), b));
                }
            }
        } catch (PlanverkException e) {
            PlanErrors.show(e);
        }
    }

    void showPreview() {
        preview.removeAll();
        for (SectionPart part : BlockMarkers.split(text.getValue().isEmpty() ? section.markdown() : text.getValue())) {
            if (part instanceof SectionPart.Text md) {
                preview.add(new Markdown(md.markdown()));
            } else if (part instanceof SectionPart.Block b) {
                SectionPart.Block done = rendered.get(b.ref());
                preview.add(done == null ? BlockPreview.of(null, null) : BlockPreview.of(done.content(), done.placeholder()));
            }
        }
    }

    void save(long version) {
        if (!TextLimit.check(heading, MAX_HEADING)) {
            return;
        }
        try {
            DocumentSection saved = documents.save(section.id(), version, heading.getValue(), text.getValue(), CurrentUser.require());
            load(saved);
            PlanErrors.success(t("document.section.saved", saved.number()));
            onSaved.accept(saved);
        } catch (SectionConflictException e) {
            new ConflictDialog(e, this).open();
        } catch (PlanverkException e) {
            PlanErrors.show(e);
        }
    }

    /** Takes the stored section (someone else's save) into the editor, dropping the typed text. */
    void takeStored(DocumentSection stored) {
        load(stored);
    }
}
