package no.planverk.plans.api;

import no.planverk.platform.api.UserContext;
import no.planverk.platform.api.transfer.ImportSummary;
import org.osgi.annotation.versioning.ProviderType;

/**
 * CSV and JSON import and export of plans and goal tables. Import matches plans by code and goals by
 * plan code + goal code: existing ones are updated, new ones created. It is all or nothing: one bad row
 * and nothing is saved. The formats are described in the plans module's README. The summary is the platform's:
 * created and updated count plans and goals together, its figures {@code plansCreated}, {@code plansUpdated},
 * {@code goalsCreated} and {@code goalsUpdated} tell them apart. The core registers the same import as the platform's
 * {@code ModuleTransfer} (service property {@code module=plans}) for the import page and the REST API.
 */
@ProviderType
public interface PlanTransferService {

    /** Parses and checks the file against the database without saving anything, as a planner would. */
    ImportSummary preview(TransferKind kind, TransferFormat format, String content);

    /** As {@link #preview(TransferKind, TransferFormat, String)}, with the edit rights of {@code by}. */
    ImportSummary preview(TransferKind kind, TransferFormat format, String content, UserContext by);

    /** Checks the file and, when it has no errors, saves all of it in one transaction (audited). */
    ImportSummary importData(TransferKind kind, TransferFormat format, String content, UserContext by);

    /** The plans that match {@code query} (PLANS or GOALS as CSV; ALL as JSON with everything). */
    String export(TransferKind kind, TransferFormat format, PlanQuery query);
}
