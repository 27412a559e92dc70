package no.planverk.measures.api;

import no.planverk.platform.api.UserContext;
import org.osgi.annotation.versioning.ProviderType;

/**
 * Import and export of measures. Import checks the whole file first and saves all of it or nothing;
 * {@link #preview} runs the same checks and saves nothing. CSV and JSON are text, XLSX is bytes.
 */
@ProviderType
public interface MeasureTransferService {

    ImportSummary preview(TransferFormat format, byte[] content, UserContext by);

    ImportSummary importData(TransferFormat format, byte[] content, UserContext by);

    /** The measures that match the query, in the format (CSV with a BOM for Excel). */
    byte[] export(MeasureQuery query, TransferFormat format);
}
