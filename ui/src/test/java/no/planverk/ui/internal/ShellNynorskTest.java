package no.planverk.ui.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.github.mvysny.kaributesting.v10.GridKt;
import com.github.mvysny.kaributesting.v10.LocatorJ;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.contextmenu.MenuItem;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.menubar.MenuBar;
import com.vaadin.flow.dom.Element;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import no.planverk.platform.api.AuditEntry;
import no.planverk.platform.api.AuditLog;
import no.planverk.platform.api.AuditQuery;
import no.planverk.platform.api.MessageCatalog;
import no.planverk.platform.api.ModuleAdmin;
import no.planverk.platform.api.ModuleFeature;
import no.planverk.platform.api.ModuleInfo;
import no.planverk.platform.api.ModuleRegistry;
import no.planverk.platform.api.OrgUnit;
import no.planverk.platform.api.OrgUnitDraft;
import no.planverk.platform.api.OrgUnitService;
import no.planverk.platform.api.Role;
import no.planverk.platform.api.UserContext;
import no.planverk.platform.core.internal.PlatformMessages;
import no.planverk.platform.testing.Catalogs;
import no.planverk.ui.api.ServerTexts;
import no.planverk.ui.api.Texts;
import no.planverk.ui.internal.views.AboutContribution;
import no.planverk.ui.internal.views.AboutView;
import no.planverk.ui.internal.views.AuditContribution;
import no.planverk.ui.internal.views.AuditView;
import no.planverk.ui.internal.views.HomeContribution;
import no.planverk.ui.internal.views.HomeView;
import no.planverk.ui.internal.views.UnitsContribution;
import no.planverk.ui.internal.views.UnitsView;
import no.planverk.ui.testing.ContributedViews;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The shell in nynorsk holds no English: the home and about pages name the modules from their catalogs, the audit
 * log says its actions and the user menu its roles in the user's words; in English the modules have English names.
 */
class ShellNynorskTest {

    /** A module's catalog as a module registers it: its name in nynorsk, bokmål and English. */
    static final MessageCatalog VOLUNTEERS = new MessageCatalog() {
        private final Map<String, Map<String, String>> texts = Map.of(
                "nn", Map.of("volunteers.module.name", "Frivilligkoordinering", "volunteers.module.description", "Frivillige og oppdrag"),
                "nb", Map.of("volunteers.module.name", "Frivilligkoordinering", "volunteers.module.description", "Frivillige og oppdrag"),
                "en", Map.of("volunteers.module.name", "Volunteer coordination", "volunteers.module.description", "Volunteers and assignments"));

        @Override
        public String prefix() {
            return "volunteers";
        }

        @Override
        public Optional<String> pattern(String key, Locale locale) {
            return Optional.ofNullable(texts.get(locale.getLanguage()).get(key));
        }
    };

    /** As the descriptors say themselves: English descriptions, one Norwegian name. */
    final ModuleRegistry modules = () -> List.of(
            new ModuleInfo("platform", "Planverk platform", "1", "COGS", "Login, organisation units, audit trail, HTTP API and the UI shell"),
            new ModuleInfo("volunteers", "Frivilligkoordinering", "1", "HANDSHAKE",
                    "Volunteers, organisations and agreements, assignments on the activity staircase, with consent, access and erasure"));

    final AuditLog audit = new AuditLog() {
        final List<AuditEntry> entries = List.of(
                new AuditEntry(1, Instant.parse("2026-11-25T10:00:00Z"), "planlegg", "create", "OrgUnit", "7", null, "{}"),
                new AuditEntry(2, Instant.parse("2026-11-25T10:05:00Z"), "planlegg", "update", "OrgUnit", "7", "{}", "{}"),
                new AuditEntry(3, Instant.parse("2026-11-25T10:10:00Z"), "admin", "delete", "OrgUnit", "7", "{}", null),
                new AuditEntry(4, Instant.parse("2026-11-25T10:15:00Z"), "koordinator", "read-personal", "Volunteer", "3", null, null));

        @Override
        public void record(UserContext actor, String action, String entityType, Object entityId, Object before, Object after) {
        }

        @Override
        public List<AuditEntry> find(AuditQuery query) {
            return entries.subList(Math.min(query.offset(), entries.size()), Math.min(query.offset() + query.limit(), entries.size()));
        }

        @Override
        public long count(AuditQuery query) {
            return entries.size();
        }
    };

    /** Karaf's features, with their English descriptions from feature.xml. */
    final ModuleAdmin admin = new ModuleAdmin() {
        @Override
        public List<ModuleFeature> features() {
            return List.of(new ModuleFeature("planverk-volunteers", "Volunteers: organisations, volunteers with consent and checks,"
                    + " assignments and matching, hours, GDPR export and erasure", true));
        }

        @Override
        public void install(String feature, UserContext by) {
        }

        @Override
        public void uninstall(String feature, UserContext by) {
        }
    };

    final OrgUnitService units = new OrgUnitService() {
        final List<OrgUnit> list = new ArrayList<>(List.of(new OrgUnit(1, "ALV", "Alver kommune", null, 1),
                new OrgUnit(2, "ALV-HO", "Helse og omsorg", 1L, 1)));

        @Override
        public List<OrgUnit> list() {
            return List.copyOf(list);
        }

        @Override
        public Optional<OrgUnit> find(long id) {
            return list.stream().filter(u -> u.id() == id).findFirst();
        }

        @Override
        public Optional<OrgUnit> findByCode(String code) {
            return list.stream().filter(u -> u.code().equals(code)).findFirst();
        }

        @Override
        public OrgUnit create(OrgUnitDraft draft, UserContext by) {
            OrgUnitDraft d = draft.validated();
            OrgUnit u = new OrgUnit(list.size() + 1, d.code(), d.name(), d.parentId(), 1);
            list.add(u);
            return u;
        }

        @Override
        public OrgUnit update(long id, long version, OrgUnitDraft draft, UserContext by) {
            throw new UnsupportedOperationException();
        }

        @Override
        public void delete(long id, long version, UserContext by) {
            throw new UnsupportedOperationException();
        }
    };

    @BeforeEach
    void setUp() {
        ServerTexts.use(Catalogs.translator(new PlatformMessages(), VOLUNTEERS));
        HomeContribution home = new HomeContribution(new ShellRegistry(null));
        home.setModules(modules);
        ContributedViews.setUp(List.of(home, new AboutContribution(modules, admin, null, null),
                new UnitsContribution(units), new AuditContribution(audit)), UserContext.of("admin", Role.ADMIN, Role.PLANNER));
    }

    @AfterEach
    void tearDown() {
        ServerTexts.use(null);
        ContributedViews.tearDown();
    }

    /** Every text on the page (text, labels, titles, grid cells), one piece a line. */
    static String rendered() {
        List<String> lines = new ArrayList<>();
        UI ui = UI.getCurrent();
        ui.getInternals().getActiveRouterTargetsChain().stream().reduce((a, b) -> b).ifPresent(top -> walk(top.getElement(), lines));
        walk(ui.getElement(), lines);
        return String.join("\n", lines);
    }

    private static void walk(Element e, List<String> lines) {
        if (e.isTextNode()) {
            lines.add(e.getText());
            return;
        }
        for (String p : List.of("label", "placeholder", "helperText", "title", "text", "header")) {
            lines.add(e.getProperty(p, ""));
        }
        lines.add(e.getAttribute("aria-label") == null ? "" : e.getAttribute("aria-label"));
        e.getComponent().filter(Grid.class::isInstance).map(Grid.class::cast).ifPresent(g -> {
            for (int i = 0; i < Math.min(GridKt._size(g), 100); i++) {
                lines.add(String.join(" | ", GridKt._getFormattedRow(g, i)));
            }
        });
        e.getChildren().forEach(c -> walk(c, lines));
    }

    private static String noEnglish() {
        String all = rendered();
        assertEquals(List.of(), Catalogs.englishSentences(all), all);
        return all;
    }

    @Test
    void homeAboutUnitsAndAuditSpeakNynorsk() {
        ContributedViews.open("", HomeView.class);
        String home = noEnglish();
        assertTrue(home.contains("Planverk-plattforma, Frivilligkoordinering"), home);

        ContributedViews.open("about", AboutView.class);
        String about = noEnglish();
        assertTrue(about.contains("Planverk-plattforma | platform | 1 | Innlogging, organisasjonseiningar"), about);
        assertTrue(about.contains("Frivilligkoordinering | volunteers | 1 | Frivillige og oppdrag"), about);
        assertTrue(about.contains("planverk-volunteers | Installert | Frivillige og oppdrag"), about);

        ContributedViews.open("units", UnitsView.class);
        noEnglish();

        AuditView auditView = ContributedViews.open("admin/audit", AuditView.class);
        String log = noEnglish();
        Grid<?> grid = LocatorJ._get(auditView, Grid.class);
        assertEquals(List.of("oppretta", "endra", "sletta", "personopplysningar lesne"),
                List.of(0, 1, 2, 3).stream().map(i -> GridKt._getFormattedRow(grid, i).get(2)).toList(), log);
    }

    @Test
    void theUserMenuNamesTheRolesInNynorsk() {
        MainLayout layout = new MainLayout(new ShellRegistry(null));
        UI.getCurrent().add(layout);
        MenuBar bar = LocatorJ._get(layout, MenuBar.class);
        List<String> items = bar.getItems().get(0).getSubMenu().getItems().stream().map(MenuItem::getText).toList();
        assertEquals(List.of("admin", "Roller: administrator, planleggjar", "Logg ut"), items);
        assertEquals(List.of(), Catalogs.englishSentences(String.join("\n", items) + "\n" + rendered()));
    }

    @Test
    void theEnglishHomePageNamesTheModulesInEnglish() {
        UI.getCurrent().setLocale(Texts.ENGLISH);
        ContributedViews.open("", HomeView.class);
        String home = rendered();
        assertTrue(home.contains("Planverk platform, Volunteer coordination"), home);
        UI.getCurrent().setLocale(Texts.BOKMAL);
        ContributedViews.open("about", AboutView.class);
        assertTrue(rendered().contains("Planverk-plattformen | platform"), rendered());
    }
}
