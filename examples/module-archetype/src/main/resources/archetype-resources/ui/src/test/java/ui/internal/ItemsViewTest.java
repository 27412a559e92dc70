package ${package}.ui.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.github.mvysny.kaributesting.v10.GridKt;
import com.vaadin.flow.component.UI;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Properties;
import ${package}.api.Item;
import ${package}.core.internal.${moduleClass}Fixture;
import no.planverk.platform.api.Role;
import no.planverk.ui.api.MenuEntry;
import no.planverk.ui.api.Texts;
import no.planverk.ui.testing.ContributedViews;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The view on the real service (in-memory Derby) in a mocked Vaadin UI, routed as Planverk's shell does. */
class ItemsViewTest {

    private final ${moduleClass}Fixture f = new ${moduleClass}Fixture();
    private final ItemsContribution contribution = new ItemsContribution(f.service());

    @BeforeEach
    void setUp() {
        ContributedViews.setUp(List.of(contribution), ${moduleClass}Fixture.EDITOR);
    }

    @AfterEach
    void tearDown() {
        ContributedViews.tearDown();
        f.close();
    }

    @Test
    void anEditorAddsAnItemAndChangesIt() {
        f.add("Bravo", null);
        ItemsView view = ContributedViews.open("${moduleId}", ItemsView.class);
        assertEquals("1 element", view.count.getText());
        assertEquals("Nytt element", view.formTitle.getText());

        view.name.setValue(" Alfa ");
        view.note.setValue("Første");
        view.save.click();
        assertEquals(List.of("Alfa er lagt til."), ContributedViews.notifications());
        assertEquals("2 element", view.count.getText());
        assertEquals("Alfa", GridKt._getFormatted(view.grid, 0, "name"));
        assertEquals("Første", GridKt._getFormatted(view.grid, 0, "note"));
        // the saved item is chosen in the grid and in the form, ready for a change
        assertEquals("Endre Alfa", view.formTitle.getText());

        view.note.setValue("Andre");
        view.save.click();
        Item saved = f.service().list().get(0);
        assertEquals("Andre", saved.note());
        assertEquals("Andre", GridKt._getFormatted(view.grid, 0, "note"));

        view.add.click();
        assertEquals("Nytt element", view.formTitle.getText());
        assertEquals("", view.name.getValue());
    }

    @Test
    void theServicesRulesComeBackOnTheFields() {
        f.add("Alfa", null);
        ItemsView view = ContributedViews.open("${moduleId}", ItemsView.class);
        view.name.setValue("alfa");
        view.save.click();
        assertTrue(view.name.isInvalid());
        assertTrue(view.name.getErrorMessage().contains("already"), view.name.getErrorMessage());
        assertTrue(ContributedViews.notifications().get(0).startsWith("Noko må rettast"), ContributedViews.notifications().toString());

        view.name.setValue(" ");
        view.save.click();
        assertTrue(view.name.isInvalid());
        assertEquals(1, f.service().list().size());
    }

    @Test
    void readersSeeTheItemsWithoutTheForm() {
        f.add("Alfa", null);
        ContributedViews.signIn(${moduleClass}Fixture.READER);
        ItemsView view = ContributedViews.open("${moduleId}", ItemsView.class);
        assertEquals("1 element", view.count.getText());
        assertFalse(view.form.isAttached());
        assertFalse(view.save.isAttached());
        assertEquals(Role.READER, contribution.requiredRole());
    }

    @Test
    void theMenuEntryAndTheViewSpeakTheUsersLanguage() {
        MenuEntry menu = contribution.menu();
        assertEquals("${moduleName}", menu.label().apply(Texts.NYNORSK));
        assertEquals("${moduleName}", menu.label().apply(Texts.ENGLISH));
        UI.getCurrent().setLocale(Texts.ENGLISH);
        ItemsView view = ContributedViews.open("${moduleId}", ItemsView.class);
        assertEquals("No items", view.count.getText());
        assertEquals("New item", view.formTitle.getText());
        assertEquals("Ingen elementer", ${moduleClass}Texts.TEXTS.get(Texts.BOKMAL, "count", 0));
    }

    @Test
    void everyTextIsInEveryLanguage() throws Exception {
        Properties nn = load("");
        for (String lang : new String[] {"_nb", "_en"}) {
            assertEquals(nn.keySet(), load(lang).keySet(), lang);
        }
    }

    private static Properties load(String suffix) throws Exception {
        Properties p = new Properties();
        try (InputStream in = ItemsView.class.getResourceAsStream("messages" + suffix + ".properties")) {
            p.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        }
        return p;
    }
}
