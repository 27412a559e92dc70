package no.planverk.ui.api;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.github.mvysny.kaributesting.v10.GridKt;
import com.github.mvysny.kaributesting.v10.MockVaadin;
import com.github.mvysny.kaributesting.v10.NotificationsKt;
import com.github.mvysny.kaributesting.v10.UploadKt;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.server.VaadinSession;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import no.planverk.platform.api.InvalidInputException;
import no.planverk.platform.api.Message;
import no.planverk.platform.api.Role;
import no.planverk.platform.api.RowError;
import no.planverk.platform.api.UserContext;
import no.planverk.platform.api.transfer.FileFormat;
import no.planverk.platform.api.transfer.ImportFile;
import no.planverk.platform.api.transfer.ImportSummary;
import no.planverk.platform.api.transfer.ModuleTransfer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The shared upload → preview → import: errors listed by line, Import only for a good file, nothing saved before. */
class ImportPanelTest {

    /** A module that refuses files containing "bad" (two errors) and counts lines otherwise. */
    static class Fake implements ModuleTransfer {
        final List<String> calls = new ArrayList<>();
        int saved;

        @Override
        public String module() {
            return "fake";
        }

        @Override
        public List<String> kinds() {
            return List.of("things", "others");
        }

        @Override
        public Set<FileFormat> importFormats(String kind) {
            return kind.equals("things") ? EnumSet.of(FileFormat.CSV, FileFormat.XLSX) : EnumSet.of(FileFormat.JSON);
        }

        @Override
        public ImportSummary preview(ImportFile file, UserContext by) {
            calls.add("preview " + file.kind() + " " + file.format() + " " + by.username());
            if (new String(file.content(), StandardCharsets.UTF_8).contains("choose")) {
                throw InvalidInputException.field("region", Message.plain("Choose a region"));
            }
            return summary(file, false);
        }

        @Override
        public ImportSummary commit(ImportFile file, UserContext by) {
            calls.add("commit " + file.kind() + " " + file.format());
            ImportSummary s = summary(file, true);
            saved += s.committed() ? s.created() : 0;
            return s;
        }

        private static ImportSummary summary(ImportFile file, boolean commit) {
            String text = new String(file.content(), StandardCharsets.UTF_8);
            int rows = (int) text.lines().count() - 1;
            if (text.contains("bad")) {
                return ImportSummary.refused(rows, List.of(new RowError(4, "b", Message.plain("later")), new RowError(2, "a", Message.plain("first"))));
            }
            return new ImportSummary(rows, rows, 0, List.of(Message.plain("replaces ALV 2025")), List.of(), commit);
        }

    }

    final Fake module = new Fake();
    ImportPanel panel;

    @BeforeEach
    void setUp() {
        MockVaadin.setup();
        UI.getCurrent().setLocale(Texts.NYNORSK);
        VaadinSession.getCurrent().setAttribute(UserContext.class, UserContext.of("kari", Role.PLANNER));
        panel = new ImportPanel(module, "planverk-fake-import");
        UI.getCurrent().add(panel);
    }

    @AfterEach
    void tearDown() {
        MockVaadin.tearDown();
    }

    private void upload(String name, byte[] bytes) {
        UploadKt._upload(panel.upload, name, "text/csv", bytes);
    }

    @Test
    void aBadFileListsItsErrorsByLineAndOffersNoImport() {
        upload("ting.csv", "a,b\nbad\nx\nbad\n".getBytes(StandardCharsets.UTF_8));
        assertEquals(List.of("preview things CSV kari"), module.calls);
        assertEquals("3 rader sjekka. 2 feil: ingenting er lagra. Rett fila og last ho opp på nytt.", panel.result.getText());
        assertEquals(List.of("2 a first", "4 b later"), GridKt._fetch(panel.errors, 0, 10).stream()
                .map(e -> e.line() + " " + e.column() + " " + e.reason()).toList(), "sorted by line");
        assertTrue(panel.errors.isVisible());
        assertFalse(panel.importButton.isEnabled());
        panel.runImport();
        assertEquals(1, module.calls.size(), "no commit of a bad file");
    }

    @Test
    void aGoodFileIsPreviewedThenSavedOnce() {
        List<ImportSummary> imported = new ArrayList<>();
        panel.onImported(imported::add);
        upload("ting.csv", "a,b\n1,2\n3,4\n".getBytes(StandardCharsets.UTF_8));
        assertEquals("Fil: «ting.csv» (CSV, 0,0 kB)", panel.file.getText());
        assertEquals("Kontroll: 2 rader. 2 nye, 0 endra. Trykk «Importer» for å lagre.", panel.result.getText());
        assertEquals("replaces ALV 2025", panel.notes.getElement().getTextRecursively());
        assertEquals(0, module.saved, "a preview saves nothing");
        assertTrue(panel.importButton.isEnabled());
        panel.importButton.click();
        assertEquals(2, module.saved);
        assertEquals("Importert: 2 rader. 2 nye, 0 endra.", panel.result.getText());
        assertEquals(1, imported.size());
        assertFalse(panel.importButton.isEnabled(), "not twice");
    }

    @Test
    void theModuleMayDescribeWhatItFound() {
        panel.describer((s, saved) -> (saved ? "Lagra " : "Fann ") + s.rows() + " stillingar");
        upload("ting.csv", "a\n1\n".getBytes(StandardCharsets.UTF_8));
        assertEquals("Fann 1 stillingar", panel.result.getText());
    }

    @Test
    void aFileOfAnotherFormatOrNotInUtf8IsNotSentToTheModule() {
        upload("ting.json", "{}".getBytes(StandardCharsets.UTF_8));
        assertEquals("Fila «ting.json» er ikkje i eit format som kan importerast her (CSV, XLSX). Lagre ho i eitt av dei først.",
                panel.file.getText());
        upload("bjørnafjorden.csv", "a\nBjørnafjorden\n".getBytes(StandardCharsets.ISO_8859_1));
        assertTrue(panel.file.getText().startsWith("Fila «bjørnafjorden.csv» er ikkje lagra som UTF-8."), panel.file.getText());
        assertEquals(List.of(), module.calls);
        panel.kind(() -> "others");
        upload("ting.json", "{}\n".getBytes(StandardCharsets.UTF_8));
        assertEquals(List.of("preview others JSON kari"), module.calls);
    }

    @Test
    void anotherKindChecksTheFileAgainButNotOneImported() {
        String[] kind = {"things"};
        panel.kind(() -> kind[0]);
        upload("ting.csv", "a\n1\n".getBytes(StandardCharsets.UTF_8));
        kind[0] = "others";
        panel.checkAgain();
        assertEquals("Fila «ting.csv» er ikkje i eit format som kan importerast her (JSON). Lagre ho i eitt av dei først.",
                panel.file.getText());
        assertFalse(panel.importButton.isEnabled());
        kind[0] = "things";
        panel.checkAgain();
        assertEquals(List.of("preview things CSV kari", "preview things CSV kari"), module.calls);
        panel.importButton.click();
        panel.checkAgain();
        assertEquals(3, module.calls.size(), "an imported file is not checked again");
    }

    @Test
    void theColumnsAreExplained() {
        assertFalse(panel.columns.isVisible());
        panel.columns("Første rad er overskrifta.", List.of(new ColumnHelp("unit", "einingskoden", true), new ColumnHelp("name", "namnet", false),
                new ColumnHelp("", "Ei rad per stilling.", false)));
        assertTrue(panel.columns.isVisible());
        assertEquals("Første rad er overskrifta.unit: einingskoden (må vere med)name: namnetEi rad per stilling.",
                panel.columns.getContent().findFirst().orElseThrow().getElement().getTextRecursively());
    }

    @Test
    void theModuleShowsWhatItFoundBelowTheResultAndItGoesWithTheNextFile() {
        List<String> seen = new ArrayList<>();
        panel.afterPreview((name, file, s) -> {
            seen.add(name + " " + file.kind() + " " + s.rows() + " " + s.ok());
            return s.ok() ? new Span("innhald av " + name) : null;
        });
        upload("ting.csv", "a\n1\n2\n".getBytes(StandardCharsets.UTF_8));
        assertEquals("innhald av ting.csv", panel.shown.getElement().getTextRecursively());
        upload("feil.csv", "a\nbad\n".getBytes(StandardCharsets.UTF_8));
        assertEquals("", panel.shown.getElement().getTextRecursively(), "the last file's content goes");
        assertEquals(List.of("ting.csv things 2 true", "feil.csv things 1 false"), seen, "called with errors too");
        upload("ting.csv", "a\n1\n".getBytes(StandardCharsets.UTF_8));
        panel.importButton.click();
        assertEquals("", panel.shown.getElement().getTextRecursively(), "imported: nothing left to look over");
    }

    @Test
    void aRefusedFileIsExplainedInTheModulesWordsInsteadOfANotification() {
        upload("ting.csv", "a\nchoose\n".getBytes(StandardCharsets.UTF_8));
        assertEquals(List.of("Choose a region"), NotificationsKt.getNotifications().stream()
                .map(n -> n.getElement().getProperty("text")).toList(), "without the module's words: a notification");
        NotificationsKt.clearNotifications();
        panel.refusal(e -> e instanceof InvalidInputException i && i.fieldMessages().containsKey("region") ? "Vel ein region over." : null);
        upload("ting.csv", "a\nchoose\n".getBytes(StandardCharsets.UTF_8));
        assertEquals("Vel ein region over.", panel.result.getText());
        assertEquals(List.of(), NotificationsKt.getNotifications());
        assertFalse(panel.importButton.isEnabled());
    }

    @Test
    void theModulesFieldsStandAboveTheUploadAndMayHoldTheImportBack() {
        TextField name = new TextField("Namn");
        panel.fields(name).beforeImport(() -> !name.isEmpty());
        assertEquals(panel.indexOf(panel.upload) - 1, panel.indexOf(name));
        upload("ting.csv", "a\n1\n".getBytes(StandardCharsets.UTF_8));
        panel.importButton.click();
        assertEquals(0, module.saved, "not ready: nothing imported");
        assertTrue(panel.importButton.isEnabled(), "the file stays for when it is");
        name.setValue("Ting");
        panel.importButton.click();
        assertEquals(1, module.saved);
    }

    @Test
    void aFileRefusedWholeIsNotSaidToHaveNoRowsChecked() {
        ModuleTransfer whole = new Fake() {
            @Override
            public ImportSummary preview(ImportFile file, UserContext by) {
                return ImportSummary.refused(0, List.of(new RowError(1, null, Message.plain("no header"))));
            }
        };
        ImportPanel p = new ImportPanel(whole, "planverk-whole-import");
        UI.getCurrent().add(p);
        UploadKt._upload(p.upload, "ting.csv", "text/csv", "x\n".getBytes(StandardCharsets.UTF_8));
        assertEquals("1 feil: ingenting er lagra. Rett fila og last ho opp på nytt.", p.result.getText());
    }
}
