package no.planverk.ui.internal.views;

import java.util.List;
import no.planverk.platform.api.Message;
import no.planverk.platform.api.ModuleFeature;
import no.planverk.platform.api.ModuleInfo;
import no.planverk.ui.api.ServerTexts;

/**
 * A module's name and description in the user's language: the keys {@code <id>.module.name} and
 * {@code <id>.module.description} of the module's message catalog, else the descriptor's own text.
 */
final class ModuleTexts {

    private ModuleTexts() {
    }

    static String name(ModuleInfo m) {
        return ServerTexts.of(new Message(m.id() + ".module.name", List.of(), m.name()));
    }

    static String description(ModuleInfo m) {
        return ServerTexts.of(new Message(m.id() + ".module.description", List.of(), m.description()));
    }

    /** A Karaf feature's description: the module's ({@code planverk-<id>}) while its catalog is there, else Karaf's. */
    static String description(ModuleFeature f) {
        String id = f.name().startsWith("planverk-") ? f.name().substring("planverk-".length()) : f.name();
        return ServerTexts.of(new Message(id + ".module.description", List.of(), f.description()));
    }
}
