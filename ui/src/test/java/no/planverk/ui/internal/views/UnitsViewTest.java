package no.planverk.ui.internal.views;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.github.mvysny.kaributesting.v10.GridKt;
import com.github.mvysny.kaributesting.v10.MockVaadin;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.server.VaadinSession;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import no.planverk.platform.api.InvalidInputException;
import no.planverk.platform.api.OrgUnit;
import no.planverk.platform.api.OrgUnitDraft;
import no.planverk.platform.api.OrgUnitService;
import no.planverk.platform.api.Role;
import no.planverk.platform.api.StaleVersionException;
import no.planverk.platform.api.UserContext;
import no.planverk.ui.api.Texts;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The units view without a browser (Karibu-Testing), on a small in-memory service. */
class UnitsViewTest {

    /** Keeps units in a list and enforces versions like the real service. */
    static final class ListUnits implements OrgUnitService {
        final List<OrgUnit> units = new ArrayList<>();

        @Override
        public List<OrgUnit> list() {
            return List.copyOf(units);
        }

        @Override
        public Optional<OrgUnit> find(long id) {
            return units.stream().filter(u -> u.id() == id).findFirst();
        }

        @Override
        public Optional<OrgUnit> findByCode(String code) {
            return units.stream().filter(u -> u.code().equals(code)).findFirst();
        }

        @Override
        public OrgUnit create(OrgUnitDraft draft, UserContext by) {
            OrgUnitDraft d = draft.validated();
            if (findByCode(d.code()).isPresent()) {
                throw InvalidInputException.field("code", "The code '" + d.code() + "' is already used");
            }
            OrgUnit u = new OrgUnit(units.size() + 1, d.code(), d.name(), d.parentId(), 1);
            units.add(u);
            return u;
        }

        @Override
        public OrgUnit update(long id, long version, OrgUnitDraft draft, UserContext by) {
            OrgUnit old = find(id).orElseThrow();
            if (old.version() != version) {
                throw new StaleVersionException("Organisation unit", id);
            }
            OrgUnit u = new OrgUnit(id, draft.code(), draft.name(), draft.parentId(), version + 1);
            units.set(units.indexOf(old), u);
            return u;
        }

        @Override
        public void delete(long id, long version, UserContext by) {
            units.remove(find(id).orElseThrow());
        }
    }

    private final ListUnits service = new ListUnits();

    @BeforeEach
    void setUp() {
        MockVaadin.setup();
        UI.getCurrent().setLocale(Texts.NYNORSK);
        service.create(new OrgUnitDraft("ALV-HO", "Helse og omsorg", null), null);
    }

    @AfterEach
    void tearDown() {
        MockVaadin.tearDown();
    }

    private UnitsView viewAs(Role role) {
        VaadinSession.getCurrent().setAttribute(UserContext.class, UserContext.of("kari", role));
        UnitsView view = new UnitsView(service);
        UI.getCurrent().add(view);
        return view;
    }

    @Test
    void anAdminAddsAUnit() {
        UnitsView view = viewAs(Role.ADMIN);
        view.code.setValue("ALV-KUL");
        view.name.setValue("Kultur");
        view.save.click();
        assertEquals(2, GridKt._size(view.grid));
        assertEquals("Kultur", service.findByCode("ALV-KUL").orElseThrow().name());
    }

    @Test
    void aDuplicateCodeIsShownOnTheField() {
        UnitsView view = viewAs(Role.ADMIN);
        view.code.setValue("ALV-HO");
        view.name.setValue("Again");
        view.save.click();
        assertTrue(view.code.isInvalid());
        assertTrue(view.code.getErrorMessage().contains("already used"), view.code.getErrorMessage());
        assertEquals(1, service.list().size());
    }

    @Test
    void requiredFieldsBlockSaving() {
        UnitsView view = viewAs(Role.ADMIN);
        view.save.click();
        assertEquals(1, service.list().size());
        assertTrue(view.name.isInvalid());
    }

    @Test
    void aStaleEditIsRefusedAndNothingIsOverwritten() {
        UnitsView view = viewAs(Role.ADMIN);
        OrgUnit ho = service.findByCode("ALV-HO").orElseThrow();
        view.grid.select(ho);
        service.update(ho.id(), ho.version(), new OrgUnitDraft("ALV-HO", "Changed elsewhere", null), null);
        view.name.setValue("My change");
        view.save.click();
        assertEquals("Changed elsewhere", service.findByCode("ALV-HO").orElseThrow().name());
    }

    @Test
    void aTooLongNameShowsTheLimitIsRefusedAndNotCut() {
        UnitsView view = viewAs(Role.ADMIN);
        view.name.setValue("Kultur");
        assertEquals("6 / 200 teikn", view.name.getHelperText(), "the limit and a live count");
        String longName = "K".repeat(250);
        view.code.setValue("ALV-KUL");
        view.name.setValue(longName);
        assertEquals("250 / 200 teikn", view.name.getHelperText());
        assertTrue(view.name.isInvalid(), "invalid while typing, before Save");
        assertEquals("For lang: høgst 200 teikn, ta bort 50.", view.name.getErrorMessage());
        assertEquals(0, view.name.getMaxLength(), "no browser maxlength, which cuts pasted text");
        view.save.click();
        assertEquals(1, service.list().size(), "refused, nothing saved");
        assertEquals(longName, view.name.getValue(), "the text stays as typed");
        view.name.setValue("Kultur");
        assertFalse(view.name.isInvalid());
        view.save.click();
        assertEquals("Kultur", service.findByCode("ALV-KUL").orElseThrow().name());
    }

    @Test
    void aReaderSeesTheUnitsButNoForm() {
        UnitsView view = viewAs(Role.READER);
        assertEquals(1, GridKt._size(view.grid));
        assertFalse(view.save.isAttached());
    }
}
