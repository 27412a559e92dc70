package no.planverk.competence.core.internal.shell;

import no.planverk.platform.api.OrgUnit;
import no.planverk.platform.api.OrgUnitService;

/** A unit named on the command line by code or id. */
final class ShellUnits {

    private ShellUnits() {
    }

    /** The unit, or null after printing why not. */
    static OrgUnit find(OrgUnitService units, String text) {
        OrgUnit u = text.matches("\\d+") ? units.find(Long.parseLong(text)).orElse(null) : units.findByCode(text.strip()).orElse(null);
        if (u == null) {
            System.err.println("No unit '" + text + "'; planverk:units lists them");
        }
        return u;
    }
}
