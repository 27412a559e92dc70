package no.planverk.competence.ui.internal;

import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import no.planverk.competence.api.ImportResult;
import no.planverk.competence.api.WorkforceService;
import no.planverk.platform.api.Message;
import no.planverk.platform.api.UserContext;
import no.planverk.platform.api.transfer.FileFormat;
import no.planverk.platform.api.transfer.ImportFile;
import no.planverk.platform.api.transfer.ImportSummary;
import no.planverk.platform.api.transfer.ModuleTransfer;

/**
 * The workforce import in the platform's transfer contract, for the shared ImportPanel: one kind ({@code workforce}),
 * CSV or XLSX; positions are the records created, the FTE a figure, each replaced register a note.
 */
final class WorkforceImports implements ModuleTransfer {

    static final String KIND = "workforce";
    static final String FTE = "fte";
    private final WorkforceService workforce;

    WorkforceImports(WorkforceService workforce) {
        this.workforce = workforce;
    }

    @Override
    public String module() {
        return "competence";
    }

    @Override
    public List<String> kinds() {
        return List.of(KIND);
    }

    @Override
    public Set<FileFormat> importFormats(String kind) {
        return EnumSet.of(FileFormat.CSV, FileFormat.XLSX);
    }

    @Override
    public ImportSummary preview(ImportFile file, UserContext by) {
        return summary(workforce.preview(format(file), file.content(), by));
    }

    @Override
    public ImportSummary commit(ImportFile file, UserContext by) {
        return summary(workforce.importData(format(file), file.content(), by));
    }

    private static no.planverk.competence.api.FileFormat format(ImportFile file) {
        return file.format() == FileFormat.XLSX ? no.planverk.competence.api.FileFormat.XLSX : no.planverk.competence.api.FileFormat.CSV;
    }

    private static ImportSummary summary(ImportResult r) {
        List<Message> notes = r.replaces().stream().map(Message::plain).toList();
        return new ImportSummary(r.rows(), r.positions(), 0, Map.of(FTE, r.fte()), notes, r.errors(), r.committed());
    }
}
