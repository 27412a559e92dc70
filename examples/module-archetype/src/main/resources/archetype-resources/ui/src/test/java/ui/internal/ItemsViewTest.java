package ${package}.ui.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.github.mvysny.kaributesting.v10.GridKt;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.Anchor;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Properties;
import ${package}.api.Item;
import ${package}.api.ItemDraft;
import ${package}.core.internal.${moduleClass}Fixture;
import ${package}.core.internal.${moduleClass}Messages;
import no.planverk.platform.api.Role;
import no.planverk.platform.testing.Catalogs;
import no.planverk.ui.api.MenuEntry;
import no.planverk.ui.api.ServerTexts;
import no.planverk.ui.api.Texts;
import no.planverk.ui.testing.ContributedViews;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The view on the real service (in-memory Derby) in a mocked Vaadin UI, routed as Planverk's shell does. */
class ItemsViewTest {

    private final ${moduleClass}Fixture f = new ${moduleClass}Fixture();
    private final ItemsContribution contribution = new ItemsContribution(f.service());
    private final ItemContribution page = new ItemContribution(f.service());

    @BeforeEach
    void setUp() {
        ContributedViews.setUp(List.of(contribution, page), ${moduleClass}Fixture.EDITOR);
        // Planverk's translator with the module's catalog, as in Karaf (the shell hands it to ServerTexts)
        ServerTexts.use(Catalogs.translator(new ${moduleClass}Messages()));
    }

    @AfterEach
    void tearDown() {
        ServerTexts.use(null);
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
        // the service's rule in the user's language, by its message key (${moduleId}.*), not the API's English
        assertEquals("Det finst alt eit element som heiter alfa.", view.name.getErrorMessage());
        assertEquals(List.of("Noko må rettast: Det finst alt eit element som heiter alfa."), ContributedViews.notifications());

        view.name.setValue(" ");
        view.save.click();
        assertTrue(view.name.isInvalid());
        assertEquals(1, f.service().list().size());
    }

    @Test
    void tooLongTextShowsItsLimitAndIsRefusedInTheUsersLanguage() {
        ItemsView view = ContributedViews.open("${moduleId}", ItemsView.class);
        view.name.setValue("Alfa");
        view.note.setValue("x".repeat(ItemDraft.MAX_NOTE + 1));
        assertTrue(view.note.isInvalid(), "over the limit while typing, not cut");
        assertTrue(view.note.getHelperText().endsWith("/ " + ItemDraft.MAX_NOTE + " teikn"), view.note.getHelperText());
        view.save.click();
        assertEquals("Merknaden kan ha høgst " + ItemDraft.MAX_NOTE + " teikn, ikkje " + (ItemDraft.MAX_NOTE + 1) + ".",
                view.note.getErrorMessage());
        assertTrue(f.service().list().isEmpty());
        UI.getCurrent().setLocale(Texts.ENGLISH);
        view = ContributedViews.open("${moduleId}", ItemsView.class);
        view.name.setValue(" ");
        view.save.click();
        assertEquals("Give the item a name.", view.name.getErrorMessage());
    }

    @Test
    void theListLinksToEachItemsPage() {
        Item alfa = f.add("Alfa", "Første");
        ItemsView list = ContributedViews.open("${moduleId}", ItemsView.class);
        Anchor open = (Anchor) GridKt._getCellComponent(list.grid, 0, "open");
        assertEquals("${moduleId}/item/" + alfa.id(), open.getHref());

        ItemView page = ContributedViews.open(open.getHref(), ItemView.class);
        assertEquals("Alfa", page.title.getText());
        assertEquals("Første", page.note.getText());
        assertEquals("Alfa – Planverk", page.getPageTitle());
        assertEquals("${moduleId}", page.back.getHref());

        page = ContributedViews.open("${moduleId}/item/999999", ItemView.class);
        assertEquals("Fann ikkje elementet", page.title.getText());
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
