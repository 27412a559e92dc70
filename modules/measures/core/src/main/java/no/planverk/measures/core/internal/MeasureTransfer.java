package no.planverk.measures.core.internal;

import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import no.planverk.measures.api.MeasureQuery;
import no.planverk.measures.api.MeasureTransferService;
import no.planverk.measures.api.TransferFormat;
import no.planverk.platform.api.UserContext;
import no.planverk.platform.api.transfer.ExportFile;
import no.planverk.platform.api.transfer.FileFormat;
import no.planverk.platform.api.transfer.ImportFile;
import no.planverk.platform.api.transfer.ImportSummary;
import no.planverk.platform.api.transfer.ModuleTransfer;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/**
 * The measures' import and export in the platform's transfer contract, for the REST routes and the shared import panel:
 * one kind ({@code measures}) in CSV, XLSX or JSON; created and updated are measures matched by plan and number.
 */
@Component(service = ModuleTransfer.class, property = "module=measures")
public final class MeasureTransfer implements ModuleTransfer {

    public static final String KIND = "measures";

    private final MeasureTransferService transfer;

    @Activate
    public MeasureTransfer(@Reference MeasureTransferService transfer) {
        this.transfer = transfer;
    }

    @Override
    public String module() {
        return "measures";
    }

    @Override
    public List<String> kinds() {
        return List.of(KIND);
    }

    @Override
    public Set<FileFormat> importFormats(String kind) {
        return EnumSet.of(FileFormat.CSV, FileFormat.XLSX, FileFormat.JSON);
    }

    @Override
    public ImportSummary preview(ImportFile file, UserContext by) {
        return transfer.preview(format(file.format()), file.content(), by);
    }

    @Override
    public ImportSummary commit(ImportFile file, UserContext by) {
        return transfer.importData(format(file.format()), file.content(), by);
    }

    private static TransferFormat format(FileFormat format) {
        return TransferFormat.parse(format.id()).orElseThrow();
    }

    /** Every measure, as tiltak.csv, tiltak.xlsx or tiltak.json. */
    @Override
    public Optional<ExportFile> export(String kind, FileFormat format, UserContext by) {
        TransferFormat f = format(format);
        return Optional.of(new ExportFile("tiltak." + f.id(), format, transfer.export(MeasureQuery.all(), f)));
    }
}
