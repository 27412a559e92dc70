package no.example.bustad.ui.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.github.mvysny.kaributesting.v10.GridKt;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.Anchor;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Properties;
import no.example.bustad.api.EntryStatus;
import no.example.bustad.api.HousingStep;
import no.example.bustad.api.WaitingEntry;
import no.example.bustad.core.internal.BustadFixture;
import no.example.bustad.core.internal.BustadMessages;
import no.planverk.platform.api.Role;
import no.planverk.platform.testing.Catalogs;
import no.planverk.ui.api.MenuEntry;
import no.planverk.ui.api.ServerTexts;
import no.planverk.ui.api.Texts;
import no.planverk.ui.testing.ContributedViews;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The waiting-list view on the real service (in-memory Derby) in a mocked Vaadin UI, routed as Planverk's shell does. */
class WaitingListViewTest {

    private final BustadFixture f = new BustadFixture();
    private final WaitingListContribution contribution = new WaitingListContribution(f.service(), f.units(), BustadFixture.CLOCK);
    private final EntryContribution page = new EntryContribution(f.service(), f.units());

    @BeforeEach
    void setUp() {
        ContributedViews.setUp(List.of(contribution, page), BustadFixture.COORDINATOR);
        // Planverk's translator with Bustad's catalog, as in Karaf (the shell hands it to ServerTexts)
        ServerTexts.use(Catalogs.translator(new BustadMessages()));
    }

    @AfterEach
    void tearDown() {
        ServerTexts.use(null);
        ContributedViews.tearDown();
        f.close();
    }

    @Test
    void theDatePickerIsThePlatformsNorwegianOne() {
        WaitingListView view = ContributedViews.open("bustad", WaitingListView.class);
        var i18n = view.listedOn.getI18n();
        assertEquals(List.of("dd.MM.yyyy", "d.M.yyyy", "yyyy-MM-dd"), i18n.getDateFormats());
        assertEquals(1, i18n.getFirstDayOfWeek());
        assertEquals("I dag", i18n.getToday());
        assertEquals("Avbryt", i18n.getCancel());
    }

    @Test
    void aCoordinatorAddsAPositionAndOffersItAHome() {
        f.add("BU-1", "ALV-HO-HEIM", HousingStep.CARE_HOME, BustadFixture.TODAY.minusDays(40));
        WaitingListView view = ContributedViews.open("bustad", WaitingListView.class);
        assertEquals("1 plass", view.count.getText());
        assertEquals("Ny plass på lista", view.formTitle.getText());
        assertEquals(BustadFixture.TODAY, view.listedOn.getValue());
        assertFalse(view.status.isEnabled());

        view.reference.setValue("bu-2");
        view.unit.setValue(f.units().findByCode("ALV-HO-HEIM").orElseThrow());
        view.step.setValue(HousingStep.CARE_HOME);
        view.listedOn.setValue(BustadFixture.TODAY.minusDays(2));
        view.note.setValue("Ønskjer første etasje");
        view.save.click();

        assertEquals(List.of("BU-2 er sett på lista."), ContributedViews.notifications());
        assertEquals("2 plassar", view.count.getText());
        assertEquals("BU-2", GridKt._getFormatted(view.grid, 1, "reference"));
        assertEquals("Heimetenester", GridKt._getFormatted(view.grid, 1, "unit"));
        assertEquals("Omsorgsbustad", GridKt._getFormatted(view.grid, 1, "step"));
        assertEquals("31.05.2025", GridKt._getFormatted(view.grid, 1, "listedOn"));
        assertEquals("2", GridKt._getFormatted(view.grid, 1, "position"));
        assertEquals("Endre BU-2", view.formTitle.getText());

        // the chosen position offers only the moves its status allows
        assertEquals(List.of(EntryStatus.WAITING, EntryStatus.OFFERED, EntryStatus.WITHDRAWN), view.status.getListDataView().getItems().toList());
        view.status.setValue(EntryStatus.OFFERED);
        view.save.click();
        WaitingEntry saved = f.service().list(EntryStatus.OFFERED, null).get(0);
        assertEquals("BU-2", saved.reference());
        assertEquals("Ønskjer første etasje", saved.note());
        assertEquals("1 plass", view.count.getText());
        assertEquals("Ny plass på lista", view.formTitle.getText());

        view.filter.setValue(null);
        assertEquals("2 plassar", view.count.getText());
        assertEquals("Tilbod gitt", GridKt._getFormatted(view.grid, 1, "status"));
    }

    @Test
    void theListLinksToEachPositionsPage() {
        WaitingEntry bu1 = f.add("BU-1", "ALV-HO-HEIM", HousingStep.CARE_HOME, BustadFixture.TODAY.minusDays(3));
        WaitingListView list = ContributedViews.open("bustad", WaitingListView.class);
        Anchor open = (Anchor) GridKt._getCellComponent(list.grid, 0, "open");
        assertEquals("bustad/entry/" + bu1.id(), open.getHref());

        EntryView page = ContributedViews.open(open.getHref(), EntryView.class);
        assertEquals("BU-1", page.title.getText());
        assertEquals("Heimetenester · Omsorgsbustad · sett på lista 30.05.2025 · Ventar · plass i køen: 1", page.facts.getText());
        assertEquals("BU-1 – Planverk", page.getPageTitle());
        assertEquals("bustad", page.back.getHref());

        page = ContributedViews.open("bustad/entry/999999", EntryView.class);
        assertEquals("Fann ikkje plassen", page.title.getText());
    }

    @Test
    void theServicesRulesComeBackOnTheFields() {
        f.add("BU-1", "ALV-HO-HEIM", HousingStep.CARE_HOME, BustadFixture.TODAY);
        WaitingListView view = ContributedViews.open("bustad", WaitingListView.class);
        view.reference.setValue("BU-1");
        view.unit.setValue(f.units().findByCode("ALV-HO-INST").orElseThrow());
        view.step.setValue(HousingStep.NURSING_HOME);
        view.save.click();
        assertTrue(view.reference.isInvalid());
        // the service's rule in the user's language, by its message key (bustad.*), not the API's English
        assertEquals("Referansen BU-1 står alt på lista.", view.reference.getErrorMessage());
        assertFalse(view.unit.isInvalid());
        assertEquals(List.of("Noko må rettast: Referansen BU-1 står alt på lista."), ContributedViews.notifications());

        view.reference.setValue("01017012345");
        view.unit.clear();
        view.save.click();
        assertTrue(view.reference.isInvalid() && view.unit.isInvalid());
        assertEquals("Referansen kan ikkje vere eit fødselsnummer: lista har ingen personopplysningar.", view.reference.getErrorMessage());
        assertEquals("Vel eininga bustaden blir søkt ved.", view.unit.getErrorMessage());
        assertEquals(1, f.service().list(null, null).size());
    }

    @Test
    void readersSeeTheListWithoutTheForm() {
        f.add("BU-1", "ALV-HO-HEIM", HousingStep.STAFFED, BustadFixture.TODAY);
        ContributedViews.signIn(BustadFixture.READER);
        WaitingListView view = ContributedViews.open("bustad", WaitingListView.class);
        assertEquals("1 plass", view.count.getText());
        assertFalse(view.form.isAttached());
        assertFalse(view.save.isAttached());
        view.grid.select(view.grid.getListDataView().getItem(0));
        assertEquals("", view.reference.getValue());
    }

    @Test
    void theMenuEntryAndTheCardSpeakTheUsersLanguage() {
        MenuEntry menu = contribution.menu();
        assertEquals("Bustadkø", menu.label().apply(Texts.NYNORSK));
        assertEquals("Boligkø", menu.label().apply(Texts.BOKMAL));
        assertEquals("Housing queue", menu.label().apply(Texts.ENGLISH));

        f.add("BU-1", "ALV-HO-HEIM", HousingStep.STAFFED, BustadFixture.TODAY);
        String card = new BustadCard(f.service()).create().getElement().getOuterHTML();
        assertTrue(card.contains("Bemanna bustad: 1 ventar"), card);
        assertTrue(card.contains("Sjukeheim: 0 ventar"), card);
        UI.getCurrent().setLocale(Texts.ENGLISH);
        assertTrue(new BustadCard(f.service()).create().getElement().getOuterHTML().contains("Staffed home: 1 waiting"));
        assertEquals(Role.READER, contribution.requiredRole());
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
        try (InputStream in = WaitingListView.class.getResourceAsStream("messages" + suffix + ".properties")) {
            p.load(new java.io.InputStreamReader(in, StandardCharsets.UTF_8));
        }
        return p;
    }
}
