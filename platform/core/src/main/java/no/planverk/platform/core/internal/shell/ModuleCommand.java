package no.planverk.platform.core.internal.shell;

import java.util.List;
import no.planverk.platform.api.InvalidInputException;
import no.planverk.platform.api.ModuleAdmin;
import no.planverk.platform.api.ModuleFeature;
import no.planverk.platform.api.UserContext;
import no.planverk.platform.shell.ShellUser;
import org.apache.karaf.shell.api.action.Action;
import org.apache.karaf.shell.api.action.Argument;
import org.apache.karaf.shell.api.action.Command;
import org.apache.karaf.shell.api.action.Completion;
import org.apache.karaf.shell.api.action.lifecycle.Reference;
import org.apache.karaf.shell.api.action.lifecycle.Service;
import org.apache.karaf.shell.support.completers.StringsCompleter;

/**
 * What the about page does: installs or uninstalls a module through {@link ModuleAdmin}, so a module that came with a
 * profile can go alone (a bare {@code feature:uninstall} of it changes nothing while the profile holds it).
 */
@Service
@Command(scope = "planverk", name = "module", description = "Installs or uninstalls a Planverk module, as the about page does (admins)")
public class ModuleCommand implements Action {

    static final String PREFIX = "planverk-";

    @Reference
    ModuleAdmin admin;

    @Argument(index = 0, name = "action", required = true, description = "install or uninstall")
    @Completion(value = StringsCompleter.class, values = {"install", "uninstall"})
    String action;

    @Argument(index = 1, name = "module", required = true, description = "The module's id (e.g. volunteers) or its feature (planverk-volunteers)")
    @Completion(ModuleCompleter.class)
    String module;

    @Override
    public Object execute() {
        UserContext user = ShellUser.current();
        return run(user);
    }

    Object run(UserContext user) {
        String feature = feature(admin.features(), module);
        switch (action) {
            case "install" -> admin.install(feature, user);
            case "uninstall" -> admin.uninstall(feature, user);
            default -> throw new InvalidInputException("Say install or uninstall, not '" + action + "'");
        }
        System.out.println(feature + (action.equals("install") ? " installed" : " uninstalled"));
        return null;
    }

    /** The module feature an id or feature name means. */
    static String feature(List<ModuleFeature> features, String module) {
        for (ModuleFeature f : features) {
            if (f.name().equals(module) || f.name().equals(PREFIX + module)) {
                return f.name();
            }
        }
        throw new InvalidInputException("There is no module '" + module + "'; there are: "
                + String.join(", ", features.stream().map(f -> id(f.name())).toList()));
    }

    /** A feature's name as an id: {@code planverk-volunteers} is {@code volunteers}. */
    static String id(String feature) {
        return feature.startsWith(PREFIX) ? feature.substring(PREFIX.length()) : feature;
    }
}
