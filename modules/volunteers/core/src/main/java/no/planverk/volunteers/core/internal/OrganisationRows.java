package no.planverk.volunteers.core.internal;

import no.planverk.platform.api.Message;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import no.planverk.platform.api.InvalidInputException;
import no.planverk.volunteers.api.Agreement;
import no.planverk.volunteers.api.OrganisationDraft;

/** Organisation rows of an import file into drafts; every bad cell becomes a row error. */
final class OrganisationRows {

    static final Set<String> COLUMNS = Set.of("name", "org_number", "contact_name", "contact_email", "contact_phone", "activities",
            "agreement_type", "agreement_from", "agreement_to", "agreement_document");
    static final Set<String> REQUIRED = Set.of("name", "org_number");
    private static final Map<String, String> FIELDS = Map.of("name", "name", "orgNumber", "org_number", "contactName", "contact_name",
            "contactEmail", "contact_email", "contactPhone", "contact_phone", "activities", "activities", "agreements", "agreement_type");

    private OrganisationRows() {
    }

    /** The drafts of the good rows; the file's errors list the bad ones and numbers used twice. */
    static List<OrganisationDraft> drafts(CsvFile file) {
        List<OrganisationDraft> out = new ArrayList<>();
        Map<String, Integer> seen = new HashMap<>();
        for (CsvFile.Row r : file.rows) {
            int before = file.errors.size();
            var from = file.date(r, "agreement_from");
            var to = file.date(r, "agreement_to");
            String type = r.get("agreement_type");
            List<Agreement> agreements = type == null && r.get("agreement_document") == null ? List.of()
                    : List.of(new Agreement(type, from, to, r.get("agreement_document")));
            OrganisationDraft d = null;
            try {
                d = new OrganisationDraft(r.get("name"), r.get("org_number"), r.get("contact_name"), r.get("contact_email"),
                        r.get("contact_phone"), r.list("activities"), agreements).validated();
            } catch (InvalidInputException e) {
                e.fieldMessages().forEach((field, reason) -> file.error(r.line(), FIELDS.getOrDefault(field, field), reason));
            }
            if (d != null) {
                Integer other = seen.putIfAbsent(d.orgNumber(), r.line());
                if (other != null) {
                    file.error(r.line(), "org_number", Message.of("volunteers.import.number.twice", "The number {0} is on line {1} too",
                            d.orgNumber(), String.valueOf(other)));
                }
            }
            if (d != null && file.errors.size() == before) {
                out.add(d);
            }
        }
        return out;
    }
}
