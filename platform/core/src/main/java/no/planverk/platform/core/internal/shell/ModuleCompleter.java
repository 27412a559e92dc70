package no.planverk.platform.core.internal.shell;

import java.util.List;
import no.planverk.platform.api.ModuleAdmin;
import no.planverk.platform.api.ModuleFeature;
import org.apache.karaf.shell.api.action.lifecycle.Reference;
import org.apache.karaf.shell.api.action.lifecycle.Service;
import org.apache.karaf.shell.api.console.CommandLine;
import org.apache.karaf.shell.api.console.Completer;
import org.apache.karaf.shell.api.console.Session;
import org.apache.karaf.shell.support.completers.StringsCompleter;

/** Module ids for {@code planverk:module}: after install those not installed, after uninstall those installed. */
@Service
public class ModuleCompleter implements Completer {

    @Reference
    ModuleAdmin admin;

    @Override
    public int complete(Session session, CommandLine commandLine, List<String> candidates) {
        String action = commandLine.getArguments().length > 1 ? commandLine.getArguments()[1] : "";
        return new StringsCompleter(ids(admin.features(), action)).complete(session, commandLine, candidates);
    }

    static List<String> ids(List<ModuleFeature> features, String action) {
        return features.stream()
                .filter(f -> action.equals("install") ? !f.installed() : !action.equals("uninstall") || f.installed())
                .map(f -> ModuleCommand.id(f.name())).toList();
    }
}
