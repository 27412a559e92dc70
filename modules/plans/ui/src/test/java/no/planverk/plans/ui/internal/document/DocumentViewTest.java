package no.planverk.plans.ui.internal.document;

import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.github.mvysny.kaributesting.v10.LocatorJ;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.NativeTableCell;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.markdown.Markdown;
import com.vaadin.flow.component.textfield.TextArea;
import java.util.List;
import no.planverk.plans.api.GoalDraft;
import no.planverk.plans.api.GoalLevel;
import no.planverk.plans.api.Plan;
import no.planverk.plans.api.PlanType;
import no.planverk.plans.api.document.DocumentKey;
import no.planverk.plans.api.document.DocumentSection;
import no.planverk.plans.api.document.FreezeReason;
import no.planverk.plans.ui.internal.PlansUi;
import no.planverk.platform.api.Role;
import no.planverk.platform.api.UserContext;
import no.planverk.ui.testing.ContributedViews;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * The plan document editor on the real plans services (Derby in memory): write a section with a live goal-table block,
 * a save over someone else's change shows both texts and loses neither, comments, revisions compared, freezing, and a
 * reader who sees the text without the editing controls.
 */
class DocumentViewTest {

    private final PlansUi ui = new PlansUi();
    private final Plan plan = ui.plan("ALV-KDP-HSO", PlanType.KOMMUNEDELPLAN, "Kommunedelplan for helse", 2021, 2033);

    DocumentViewTest() {
        ContributedViews.tearDown();
        ContributedViews.setUp(List.of(new DocumentContribution(ui.f.plans(), ui.f.documents())), PlansUi.PLANNER);
        ui.f.goals().create(GoalDraft.of(plan.id(), null, GoalLevel.MAIN, "KDP mål 4.1", "Innbyggjarane meistrar eigen kvardag"), PlansUi.PLANNER);
    }

    @AfterEach
    void close() {
        ui.close();
    }

    private DocumentView open() {
        return PlansUi.open("plans/document/" + plan.id(), DocumentView.class);
    }

    private static <T extends Component> T one(Component in, Class<T> type, String id) {
        return LocatorJ._get(in, type, spec -> spec.withId(id));
    }

    @Test
    void aPlannerWritesASectionWithALiveGoalTable() {
        DocumentView view = open();
        assertEquals("Plandokument: Kommunedelplan for helse", view.getPageTitle());
        view.outline.newHeading.setValue("Mål og tiltak");
        view.outline.addChapter.click();
        SectionEditor editor = _find(view, SectionEditor.class).get(0);
        editor.text.setValue("Kapittelet viser **måla** i planen.");
        editor.blockType.setValue(editor.blockType.getListDataView().getItems().filter(t -> t.id().contains("goal")).findFirst().orElseThrow());
        editor.blockChoice.setValue(editor.blockChoice.getListDataView().getItems().findFirst().orElseThrow());
        editor.insertBlock();
        assertTrue(editor.text.getValue().contains("{{block "), editor.text.getValue());
        editor.save.click();

        DocumentSection saved = ui.f.documents().section(editor.section.id()).orElseThrow();
        assertTrue(saved.markdown().startsWith("Kapittelet viser **måla** i planen.\n\n{{block "), saved.markdown());
        SectionEditor after = _find(view, SectionEditor.class).get(0);
        assertEquals("Kapittelet viser **måla** i planen.", _find(after.preview, Markdown.class).get(0).getContent());
        assertTrue(_find(after.preview, NativeTableCell.class).stream().anyMatch(c -> c.getElement().getTextRecursively().contains("KDP mål 4.1")),
                "the live goal table shows the plan's goal");
        assertEquals("1  Mål og tiltak", view.outline.buttons.get(saved.id()).getText());
        assertTrue(view.state.getText().startsWith("Revisjon 2,"), view.state.getText());
    }

    @Test
    void aLongHeadingOrCommentShowsItsLimitAndIsRefusedNeverCut() {
        DocumentSection s = ui.f.documents().add(DocumentKey.plan(plan.id()), null, 0, "Innleiing", PlansUi.PLANNER);
        DocumentView view = open();
        SectionEditor editor = _find(view, SectionEditor.class).get(0);
        String heading = "H".repeat(250);
        editor.heading.setValue(heading);
        assertEquals(heading, editor.heading.getValue(), "kept as typed, not cut by a maxlength");
        assertTrue(editor.heading.isInvalid());
        assertTrue(editor.heading.getHelperText().endsWith("250 / 200 teikn"), editor.heading.getHelperText());
        editor.save.click();
        assertEquals("Innleiing", ui.f.documents().section(s.id()).orElseThrow().heading(), "nothing saved");

        CommentsPanel comments = _find(view, CommentsPanel.class).get(0);
        String comment = "x".repeat(CommentsPanel.MAX_TEXT + 1);
        comments.text.setValue(comment);
        assertTrue(comments.text.isInvalid());
        comments.send.click();
        assertEquals(comment, comments.text.getValue());
        assertTrue(ui.f.documents().comments(comments.threadsSection()).isEmpty(), "nothing sent");
    }

    @Test
    void aSaveOverSomeoneElsesChangeShowsBothTextsAndLosesNeither() {
        DocumentSection s = ui.f.documents().add(DocumentKey.plan(plan.id()), null, 0, "Innleiing", PlansUi.PLANNER);
        DocumentView view = open();
        SectionEditor editor = _find(view, SectionEditor.class).get(0);
        ui.f.documents().save(s.id(), s.version(), "Innleiing", "Teksten til Kari.", UserContext.of("kari", Role.PLANNER));
        editor.text.setValue("Teksten min.");
        editor.save.click();

        ConflictDialog dialog = _find(ConflictDialog.class).get(0);
        assertEquals("Teksten min.", dialog.yours.getValue());
        assertEquals("Teksten til Kari.", dialog.theirs.getValue());
        assertEquals("Teksten til Kari.", ui.f.documents().section(s.id()).orElseThrow().markdown(), "nothing saved over Kari's text yet");
        dialog.keepMine.click();
        assertEquals("Teksten min.", ui.f.documents().section(s.id()).orElseThrow().markdown());
        assertTrue(ui.f.documents().revisions(DocumentKey.plan(plan.id())).stream().anyMatch(r -> "kari".equals(r.by())), "Kari's save stays in the revisions");
    }

    @Test
    void commentsAreThreadedAndResolved() {
        ui.f.documents().add(DocumentKey.plan(plan.id()), null, 0, "Innleiing", PlansUi.PLANNER);
        DocumentView view = open();
        CommentsPanel comments = _find(view, CommentsPanel.class).get(0);
        comments.text.setValue("Bør vi nemne Alverheimen her?");
        comments.send.click();
        assertTrue(comments.threads.getElement().getTextRecursively().contains("Bør vi nemne Alverheimen her?"));
        _find(comments, com.vaadin.flow.component.button.Button.class, spec -> spec.withText("Merk som løyst")).get(0).click();
        assertTrue(comments.threads.getElement().getTextRecursively().contains("Løyst av planlegg"), comments.threads.getElement().getTextRecursively());
        assertTrue(ui.f.documents().comments(comments.threadsSection()).get(0).resolved());
    }

    @Test
    void twoRevisionsAreComparedWithTheChangedWordsMarked() {
        DocumentSection s = ui.f.documents().add(DocumentKey.plan(plan.id()), null, 0, "Innleiing", PlansUi.PLANNER);
        DocumentSection one = ui.f.documents().save(s.id(), s.version(), "Innleiing", "Alver har mange eldre.", PlansUi.PLANNER);
        ui.f.documents().save(one.id(), one.version(), "Innleiing", "Alver får mange fleire eldre.", PlansUi.PLANNER);
        DocumentView view = open();
        RevisionsDialog dialog = new RevisionsDialog(ui.f.documents(), DocumentKey.plan(plan.id()));
        dialog.open();
        dialog.compare();
        List<String> added = _find(dialog.comparison, Span.class).stream().filter(x -> x.hasClassName("planverk-diff-added")).map(Span::getText).toList();
        List<String> removed = _find(dialog.comparison, Span.class).stream().filter(x -> x.hasClassName("planverk-diff-removed")).map(Span::getText).toList();
        assertTrue(added.contains("får") && added.contains("fleire"), added.toString());
        assertTrue(removed.contains("har"), removed.toString());
        assertFalse(view.getPageTitle().isEmpty());
    }

    @Test
    void aFrozenRevisionIsMarkedAndAReaderCannotEdit() {
        DocumentSection s = ui.f.documents().add(DocumentKey.plan(plan.id()), null, 0, "Innleiing", PlansUi.PLANNER);
        ui.f.documents().save(s.id(), s.version(), "Innleiing", "Høyringsutkast.", PlansUi.PLANNER);
        DocumentView view = open();
        new FreezeDialog(ui.f.documents(), DocumentKey.plan(plan.id()), view::refresh).open();
        FreezeDialog dialog = _find(FreezeDialog.class).get(0);
        dialog.freeze.click();
        assertTrue(dialog.reason.isInvalid(), "no reason chosen: refused");
        dialog.reason.setValue(FreezeReason.CONSULTATION);
        dialog.freeze.click();
        assertTrue(view.state.getText().endsWith("sendt på høyring"), view.state.getText());

        PlansUi.signIn(PlansUi.READER);
        DocumentView read = open();
        SectionEditor reader = _find(read, SectionEditor.class).get(0);
        assertTrue(_find(reader, TextArea.class).isEmpty(), "a reader gets no text area");
        assertTrue(LocatorJ._find(read, com.vaadin.flow.component.button.Button.class, spec -> spec.withId("planverk-document-save")).isEmpty());
        assertEquals("Høyringsutkast.", _find(reader.preview, Markdown.class).get(0).getContent());
    }
}
