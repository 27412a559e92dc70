package no.planverk.forecasting.api;

import java.util.function.Supplier;
import no.planverk.platform.api.UserContext;
import no.planverk.platform.api.transfer.ImportFile;
import no.planverk.platform.api.transfer.ModuleTransfer;
import org.osgi.annotation.versioning.ProviderType;

/**
 * The forecasting module's {@link ModuleTransfer}: the kinds are the {@link InputKind} ids, a file is CSV (a population
 * also SSB's JSON-stat 2.0 or PxWeb CSV, recognised from the content). A preview parses the file; a commit stores it as
 * the input its {@link InputTarget} names (one input created or replaced). REST and the inputs view both use it.
 */
@ProviderType
public interface InputTransfer extends ModuleTransfer {

    /** This transfer storing into the target {@code target} gives when a file is previewed or committed. */
    InputTransfer with(Supplier<InputTarget> target);

    /**
     * Stores the file as the target input and answers it. A file with row errors throws {@link InvalidCsvException}
     * listing every one; nothing is stored then.
     */
    InputInfo store(ImportFile file, UserContext by);
}
