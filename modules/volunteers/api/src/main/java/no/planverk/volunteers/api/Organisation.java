package no.planverk.volunteers.api;

import java.util.List;

/** An organisation (lag eller organisasjon) the municipality works with. */
public record Organisation(long id, String name, String orgNumber, String contactName, String contactEmail, String contactPhone,
        List<String> activities, List<Agreement> agreements, long version) {

    public OrganisationDraft draft() {
        return new OrganisationDraft(name, orgNumber, contactName, contactEmail, contactPhone, activities, agreements);
    }
}
