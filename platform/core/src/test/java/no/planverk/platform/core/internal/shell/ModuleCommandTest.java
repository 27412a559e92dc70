package no.planverk.platform.core.internal.shell;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.ArrayList;
import java.util.List;
import no.planverk.platform.api.InvalidInputException;
import no.planverk.platform.api.ModuleAdmin;
import no.planverk.platform.api.ModuleFeature;
import no.planverk.platform.api.Role;
import no.planverk.platform.api.UserContext;
import org.junit.jupiter.api.Test;

class ModuleCommandTest {

    private static final List<ModuleFeature> FEATURES = List.of(new ModuleFeature("planverk-plans", "", true),
            new ModuleFeature("planverk-volunteers", "", false));

    private final List<String> calls = new ArrayList<>();

    private final ModuleAdmin admin = new ModuleAdmin() {
        @Override
        public List<ModuleFeature> features() {
            return FEATURES;
        }

        @Override
        public void install(String feature, UserContext by) {
            calls.add("install " + feature + " by " + by.username());
        }

        @Override
        public void uninstall(String feature, UserContext by) {
            calls.add("uninstall " + feature + " by " + by.username());
        }
    };

    private ModuleCommand command(String action, String module) {
        ModuleCommand c = new ModuleCommand();
        c.admin = admin;
        c.action = action;
        c.module = module;
        return c;
    }

    @Test
    void anIdOrAFeatureNameGoesToModuleAdmin() {
        UserContext admin = UserContext.of("shell:admin", Role.ADMIN);
        command("uninstall", "plans").run(admin);
        command("install", "planverk-volunteers").run(admin);
        assertEquals(List.of("uninstall planverk-plans by shell:admin", "install planverk-volunteers by shell:admin"), calls);
    }

    @Test
    void anUnknownModuleOrActionIsRefused() {
        UserContext admin = UserContext.of("shell:admin", Role.ADMIN);
        InvalidInputException e = assertThrows(InvalidInputException.class, () -> command("install", "bustad").run(admin));
        assertEquals("There is no module 'bustad'; there are: plans, volunteers", e.getMessage());
        assertThrows(InvalidInputException.class, () -> command("remove", "plans").run(admin));
        assertEquals(List.of(), calls);
    }

    @Test
    void theCompleterOffersWhatTheActionCanTake() {
        assertEquals(List.of("volunteers"), ModuleCompleter.ids(FEATURES, "install"));
        assertEquals(List.of("plans"), ModuleCompleter.ids(FEATURES, "uninstall"));
        assertEquals(List.of("plans", "volunteers"), ModuleCompleter.ids(FEATURES, ""));
    }
}
