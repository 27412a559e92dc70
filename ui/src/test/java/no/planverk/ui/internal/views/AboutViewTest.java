package no.planverk.ui.internal.views;

import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.github.mvysny.kaributesting.v10.GridKt;
import com.github.mvysny.kaributesting.v10.MockVaadin;
import com.github.mvysny.kaributesting.v10.pro.ConfirmDialogKt;
import com.vaadin.flow.component.button.Button;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import no.planverk.platform.api.AccessDeniedException;
import no.planverk.platform.api.InvalidInputException;
import no.planverk.platform.api.DataExport;
import no.planverk.platform.api.DatabaseBackup;
import no.planverk.platform.api.ModuleAdmin;
import no.planverk.platform.api.ModuleFeature;
import no.planverk.platform.api.ModuleInfo;
import no.planverk.platform.api.ModuleRegistry;
import no.planverk.platform.api.Role;
import no.planverk.platform.api.UserContext;
import no.planverk.ui.testing.ContributedViews;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** The about page: admins install and uninstall module features in the background; others see no such controls. */
class AboutViewTest {

    /** Karaf's feature service stands outside the JVM of a view test: this keeps the states in a map, checking roles like the real one. */
    static final class MapAdmin implements ModuleAdmin {
        final Map<String, Boolean> installed = new TreeMap<>(Map.of("planverk-plans", true, "planverk-volunteers", false));
        final List<String> calls = new ArrayList<>();

        @Override
        public List<ModuleFeature> features() {
            return installed.entrySet().stream().map(e -> new ModuleFeature(e.getKey(), "desc", e.getValue())).toList();
        }

        @Override
        public void install(String feature, UserContext by) {
            by.require(Role.ADMIN);
            if (installed.get(feature) == null || installed.get(feature)) {
                throw InvalidInputException.field("feature", feature + " is installed already");
            }
            calls.add("install " + feature);
            installed.put(feature, true);
        }

        @Override
        public void uninstall(String feature, UserContext by) {
            by.require(Role.ADMIN);
            calls.add("uninstall " + feature);
            installed.put(feature, false);
        }
    }

    final MapAdmin admin = new MapAdmin();
    final List<String> backups = new ArrayList<>();
    /** The database lies outside a view test: this one answers with the folder, checking roles like the real one. */
    final DatabaseBackup backup = (dir, by) -> {
        by.require(Role.ADMIN);
        backups.add(by.username());
        return dir.resolve("planverk-20261204-193000");
    };
    final DataExport export = new DataExport() {
        @Override
        public byte[] exportAll(UserContext by) {
            by.require(Role.ADMIN);
            return "{\"format\":\"planverk-export\"}".getBytes(java.nio.charset.StandardCharsets.UTF_8);
        }

        @Override
        public List<String> modules() {
            return List.of("platform", "plans");
        }
    };
    final ModuleRegistry registry = () -> List.of(new ModuleInfo("platform", "Planverk platform", "1", "COGS", "shell"));

    @AfterEach
    void tearDown() {
        ContributedViews.tearDown();
    }

    @Test
    void saysWhetherThePublicPortalIsInstalled() {
        ContributedViews.setUp(List.of(new AboutContribution(registry, admin, backup, export)), UserContext.of("lesar", Role.READER));
        AboutView without = ContributedViews.open("about", AboutView.class);
        assertEquals("Den offentlege planportalen er ikkje installert.", without.portal.getText());
        ContributedViews.tearDown();
        ModuleRegistry withPortal = () -> List.of(new ModuleInfo("platform", "Planverk platform", "1", "COGS", "shell"),
                new ModuleInfo("portal", "Offentleg planportal", "1", "GLOBE", "portal"));
        ContributedViews.setUp(List.of(new AboutContribution(withPortal, admin, backup, export)), UserContext.of("lesar", Role.READER));
        AboutView with = ContributedViews.open("about", AboutView.class);
        assertTrue(with.portal.getElement().getTextRecursively().startsWith("Den offentlege planportalen er installert"));
        com.vaadin.flow.component.html.Anchor link = _find(with.portal, com.vaadin.flow.component.html.Anchor.class).get(0);
        assertEquals("/public/", link.getHref());
    }

    @Test
    void anAdminInstallsAModuleWhileThePageStaysUsable() throws Exception {
        ContributedViews.setUp(List.of(new AboutContribution(registry, admin, backup, export)), UserContext.of("admin", Role.ADMIN));
        ContributedViews.open("about", AboutView.class);
        ModulesPanel panel = _find(ModulesPanel.class).get(0);
        panel.change(new ModuleFeature("planverk-volunteers", "desc", false)); // the row's Install button
        assertTrue(panel.progress.isVisible(), "progress shows while Karaf works");
        for (int i = 0; i < 100 && panel.progress.isVisible(); i++) {
            Thread.sleep(20);
            MockVaadin.clientRoundtrip();
        }
        assertEquals(List.of("install planverk-volunteers"), admin.calls);
        assertTrue(panel.grid.getGenericDataView().getItems().anyMatch(f -> f.name().equals("planverk-volunteers") && f.installed()));
        assertTrue(ContributedViews.notifications().stream().anyMatch(n -> n.contains("planverk-volunteers")), ContributedViews.notifications().toString());
    }

    @Test
    void uninstallAsksFirstSayingWhatGoesAndThatTheDataStays() throws Exception {
        ContributedViews.setUp(List.of(new AboutContribution(registry, admin, backup, export)), UserContext.of("admin", Role.ADMIN));
        ContributedViews.open("about", AboutView.class);
        ModulesPanel panel = _find(ModulesPanel.class).get(0);
        uninstallButton(panel, "planverk-plans").click();
        assertTrue(admin.calls.isEmpty(), "nothing is uninstalled before the admin confirms");
        assertNotNull(panel.confirm);
        assertTrue(panel.confirm.isOpened());
        String text = ConfirmDialogKt._getText(panel.confirm);
        assertTrue(text.contains("planverk-plans") && text.contains("Menypunkta") && text.contains("API") && text.contains("Dataa blir verande"), text);
        ConfirmDialogKt._fireConfirm(panel.confirm);
        for (int i = 0; i < 100 && panel.progress.isVisible(); i++) {
            Thread.sleep(20);
            MockVaadin.clientRoundtrip();
        }
        assertEquals(List.of("uninstall planverk-plans"), admin.calls);
    }

    /** The Uninstall button in the feature's row, as the admin sees it. */
    static Button uninstallButton(ModulesPanel panel, String feature) {
        List<ModuleFeature> rows = panel.grid.getGenericDataView().getItems().toList();
        int row = rows.indexOf(rows.stream().filter(f -> f.name().equals(feature)).findFirst().orElseThrow());
        Button b = (Button) GridKt._getCellComponent(panel.grid, row, "action");
        assertEquals("planverk-module-uninstall-" + feature, b.getId().orElseThrow());
        return b;
    }

    @Test
    void cancellingTheUninstallQuestionKeepsTheModule() {
        ContributedViews.setUp(List.of(new AboutContribution(registry, admin, backup, export)), UserContext.of("admin", Role.ADMIN));
        ContributedViews.open("about", AboutView.class);
        ModulesPanel panel = _find(ModulesPanel.class).get(0);
        uninstallButton(panel, "planverk-plans").click();
        ConfirmDialogKt._fireCancel(panel.confirm);
        assertTrue(admin.calls.isEmpty());
        assertTrue(admin.installed.get("planverk-plans"));
    }

    @Test
    void anAdminTakesABackupAndDownloadsAllData() {
        ContributedViews.setUp(List.of(new AboutContribution(registry, admin, backup, export)), UserContext.of("admin", Role.ADMIN));
        ContributedViews.open("about", AboutView.class);
        DataPanel panel = _find(DataPanel.class).get(0);
        assertTrue(panel.getElement().getTextRecursively().contains("(platform, plans)"), panel.getElement().getTextRecursively());
        panel.backup.click();
        assertEquals(List.of("admin"), backups);
        assertTrue(panel.result.isVisible());
        assertTrue(panel.result.getText().contains("planverk-20261204-193000"), panel.result.getText());
        assertTrue(panel.export.getHref().startsWith("VAADIN/dynamic/resource/"), panel.export.getHref());
    }

    @Test
    void othersSeeTheModulesButNoInstallControls() {
        ContributedViews.setUp(List.of(new AboutContribution(registry, admin, backup, export)), UserContext.of("planlegg", Role.PLANNER));
        ContributedViews.open("about", AboutView.class);
        assertTrue(_find(ModulesPanel.class).isEmpty());
        assertTrue(_find(DataPanel.class).isEmpty(), "no backup or export for others");
        assertThrows(AccessDeniedException.class, () -> admin.install("planverk-volunteers", UserContext.of("planlegg", Role.PLANNER)));
    }
}
