package no.planverk.volunteers.api;

import java.util.List;
import java.util.Optional;
import no.planverk.platform.api.UserContext;
import org.osgi.annotation.versioning.ProviderType;

/** Organisations: every role reads them; coordinators change them. Changes are audited. */
@ProviderType
public interface OrganisationService {

    /** All organisations by name; {@code text} (or null) filters on name, number and activities. */
    List<Organisation> list(String text);

    Optional<Organisation> find(long id);

    Organisation create(OrganisationDraft draft, UserContext by);

    Organisation update(long id, long version, OrganisationDraft draft, UserContext by);

    /** @throws no.planverk.platform.api.InvalidInputException while volunteers or assignments refer to it */
    void delete(long id, long version, UserContext by);
}
