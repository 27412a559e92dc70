package no.planverk.volunteers.api;

import no.planverk.platform.api.UserContext;
import org.osgi.annotation.versioning.ProviderType;

/**
 * CSV import of volunteers or organisations: strict UTF-8, comma or semicolon, a header row. Every row is
 * checked first; with any error nothing is saved. Coordinators only. The columns are in the module README.
 */
@ProviderType
public interface VolunteerTransferService {

    /** Checks the file and lists every row error; saves nothing. */
    ImportSummary preview(ImportKind kind, byte[] csv, UserContext by);

    /** Saves every row in one transaction, or nothing when any row is bad. */
    ImportSummary importData(ImportKind kind, byte[] csv, UserContext by);
}
