package no.planverk.measures.api;

import no.planverk.platform.api.UserContext;
import no.planverk.platform.api.transfer.ImportSummary;
import org.osgi.annotation.versioning.ProviderType;

/**
 * Import and export of measures. Import checks the whole file first and saves all of it or nothing;
 * {@link #preview} runs the same checks and saves nothing. CSV and JSON are text, XLSX is bytes. The summary is the
 * platform's; the core registers the same import as the platform's {@code ModuleTransfer} (service property
 * {@code module=measures}) for the import page and the REST API.
 */
@ProviderType
public interface MeasureTransferService {

    ImportSummary preview(TransferFormat format, byte[] content, UserContext by);

    ImportSummary importData(TransferFormat format, byte[] content, UserContext by);

    /** The measures that match the query, in the format (CSV with a BOM for Excel). */
    byte[] export(MeasureQuery query, TransferFormat format);
}
