package no.planverk.plans.ui.internal.document;

import static no.planverk.plans.ui.internal.PlansTexts.t;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H4;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.select.Select;
import java.util.List;
import java.util.Locale;
import no.planverk.plans.api.document.DiffToken;
import no.planverk.plans.api.document.DocumentKey;
import no.planverk.plans.api.document.DocumentRevision;
import no.planverk.plans.api.document.PlanDocumentService;
import no.planverk.plans.api.document.RevisionComparison;
import no.planverk.plans.api.document.SectionDiff;
import no.planverk.plans.ui.internal.PlanErrors;
import no.planverk.platform.api.PlanverkException;
import no.planverk.ui.api.Formats;
import no.planverk.ui.api.GridHeight;

/**
 * Every revision (who, when, what, frozen as) and two of them compared side by side, section by section, with the
 * removed words marked on the left and the added ones on the right (struck through / underlined, not colour alone).
 */
class RevisionsDialog extends Dialog {

    private static final long serialVersionUID = 1L;

    private final transient PlanDocumentService documents;
    private final DocumentKey key;
    final Grid<DocumentRevision> grid = new Grid<>();
    final Select<Integer> from = new Select<>();
    final Select<Integer> to = new Select<>();
    final Div comparison = new Div();

    RevisionsDialog(PlanDocumentService documents, DocumentKey key) {
        this.documents = documents;
        this.key = key;
        setHeaderTitle(t("document.revisions"));
        setWidth("min(75rem, 96vw)");
        List<DocumentRevision> all;
        try {
            all = documents.revisions(key);
        } catch (PlanverkException e) {
            PlanErrors.show(e);
            all = List.of();
        }
        grid.setId("planverk-document-revision-grid");
        grid.addColumn(DocumentRevision::number).setHeader(t("document.revision.number")).setAutoWidth(true);
        grid.addColumn(r -> t("document.action." + r.action().name().toLowerCase(Locale.ROOT))).setHeader(t("document.revision.action")).setAutoWidth(true);
        grid.addColumn(r -> r.heading() == null ? "" : r.heading()).setHeader(t("document.revision.section")).setFlexGrow(1);
        grid.addColumn(DocumentRevision::by).setHeader(t("document.revision.by")).setAutoWidth(true);
        grid.addColumn(r -> Formats.dateTime(r.at())).setHeader(t("document.revision.at")).setAutoWidth(true);
        grid.addColumn(r -> r.frozenAs() == null ? "" : t("document.frozen." + r.frozenAs().id())).setHeader(t("document.revision.frozen")).setAutoWidth(true);
        grid.setItems(all);
        GridHeight.fit(grid, all.size());
        List<Integer> numbers = all.stream().map(DocumentRevision::number).toList();
        from.setLabel(t("document.compare.from"));
        to.setLabel(t("document.compare.to"));
        from.setId("planverk-document-compare-from");
        to.setId("planverk-document-compare-to");
        from.setItems(numbers);
        to.setItems(numbers);
        if (numbers.size() >= 2) {
            to.setValue(numbers.get(0));
            from.setValue(numbers.get(1));
        }
        Button compare = new Button(t("document.compare"), e -> compare());
        compare.setId("planverk-document-compare");
        HorizontalLayout row = new HorizontalLayout(from, to, compare);
        row.setAlignItems(FlexComponent.Alignment.BASELINE);
        comparison.setId("planverk-document-comparison");
        comparison.setWidthFull();
        add(grid, row, comparison);
        getFooter().add(new Button(t("document.close"), e -> close()));
    }

    void compare() {
        comparison.removeAll();
        if (from.getValue() == null || to.getValue() == null) {
            return;
        }
        try {
            RevisionComparison c = documents.compare(key, from.getValue(), to.getValue());
            comparison.add(new Paragraph(t("document.compare.between", c.before().number(), c.after().number())));
            boolean any = false;
            for (SectionDiff d : c.sections()) {
                if (d.change() == SectionDiff.Change.SAME) {
                    continue;
                }
                any = true;
                comparison.add(new H4((d.numberAfter() == null ? d.numberBefore() : d.numberAfter()) + " · "
                        + t("document.change." + d.change().name().toLowerCase(Locale.ROOT))));
                HorizontalLayout sides = new HorizontalLayout(side(d.headingBefore(), d.textBefore(), false), side(d.headingAfter(), d.textAfter(), true));
                sides.setWidthFull();
                comparison.add(sides);
            }
            if (!any) {
                comparison.add(new Paragraph(t("document.compare.same")));
            }
        } catch (PlanverkException e) {
            PlanErrors.show(e);
        }
    }

    private static Div side(List<DiffToken> heading, List<DiffToken> text, boolean added) {
        Div d = new Div();
        d.getStyle().set("flex", "1 1 0").set("white-space", "pre-wrap").set("min-width", "0")
                .set("border", "1px solid var(--lumo-contrast-10pct, #e6e6e6)").set("padding", ".5rem");
        d.addClassName(added ? "planverk-diff-after" : "planverk-diff-before");
        Div h = new Div();
        h.getStyle().set("font-weight", "bold");
        tokens(h, heading, added);
        d.add(h);
        tokens(d, text, added);
        return d;
    }

    private static void tokens(Div into, List<DiffToken> tokens, boolean added) {
        for (DiffToken token : tokens) {
            Span s = new Span(token.text());
            if (token.changed()) {
                s.addClassName(added ? "planverk-diff-added" : "planverk-diff-removed");
                s.getElement().setAttribute("title", t(added ? "document.diff.added" : "document.diff.removed"));
                s.getStyle().set("background", added ? "#d4edda" : "#f8d7da").set("color", "#1a1a1a")
                        .set("text-decoration", added ? "underline" : "line-through");
            }
            into.add(s);
        }
    }
}
