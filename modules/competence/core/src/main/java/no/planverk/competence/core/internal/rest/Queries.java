package no.planverk.competence.core.internal.rest;

import no.planverk.competence.api.FileFormat;
import no.planverk.competence.api.GapBasis;
import no.planverk.competence.api.RetirementParams;
import no.planverk.platform.api.ApiRequest;
import no.planverk.platform.api.InvalidInputException;
import no.planverk.platform.api.Message;
import no.planverk.platform.api.OrgUnit;
import no.planverk.platform.api.OrgUnitService;

/** The competence API's own query parameters (a unit by id or code, the retirement parameters), each checked with a message naming it. */
final class Queries {

    private final OrgUnitService units;

    Queries(OrgUnitService units) {
        this.units = units;
    }

    /** {@code unit} as an id or a code; null when absent. */
    Long unit(ApiRequest r) {
        return r.query("unit").map(String::strip).map(v -> v.matches("\\d+") ? Long.valueOf(v) : units.findByCode(v).map(OrgUnit::id)
                .orElseThrow(() -> InvalidInputException.field("unit", Message.of("competence.api.unit.unknown", "No unit has the code ''{0}''",
                        v)))).orElse(null);
    }

    long requiredUnit(ApiRequest r) {
        Long u = unit(r);
        if (u == null) {
            throw InvalidInputException.field("unit", Message.of("competence.api.unit.missing",
                    "Add ?unit= with the unit''s id or code, e.g. ?unit=ALV-HO"));
        }
        return u;
    }

    static RetirementParams params(ApiRequest r, RetirementParams defaults) {
        Double turnover = r.query("turnover").map(v -> {
            try {
                return Double.valueOf(v.strip().replace(',', '.'));
            } catch (NumberFormatException e) {
                throw InvalidInputException.field("turnover", Message.of("competence.api.turnover",
                        "turnover is a rate such as 0.08, not ''{0}''", v));
            }
        }).orElse(null);
        return RetirementParams.of(r.intQuery("years").orElse(null), r.intQuery("retirementAge").orElse(null), turnover, defaults);
    }

    /** {@code ?format=csv|xlsx} of a workforce file, CSV when absent. */
    static FileFormat fileFormat(ApiRequest r) {
        return FileFormat.parse(r.formatOr("csv", "csv", "xlsx")).orElseThrow();
    }

    static GapBasis basis(ApiRequest r) {
        String b = r.query("basis").orElse("forecast");
        return GapBasis.parse(b).orElseThrow(() -> InvalidInputException.field("basis", Message.of("competence.api.basis",
                "basis is forecast or growth, not ''{0}''", b)));
    }
}
