package no.planverk.competence.core.internal.io;

import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import no.planverk.competence.core.internal.WorkforceServiceImpl;
import no.planverk.competence.core.internal.persistence.CompetenceStore;
import no.planverk.platform.api.AuditLog;
import no.planverk.platform.api.OrgUnitService;
import no.planverk.platform.api.UserContext;
import no.planverk.platform.api.transfer.FileFormat;
import no.planverk.platform.api.transfer.ImportFile;
import no.planverk.platform.api.transfer.ImportSummary;
import no.planverk.platform.api.transfer.ModuleTransfer;
import no.planverk.platform.persistence.api.JpaWork;
import org.apache.aries.jpa.template.JpaTemplate;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The workforce import as the module's {@link ModuleTransfer}: one kind ({@code workforce}), CSV or XLSX. Positions are
 * the records created, the FTE the figure {@code fte}, each unit and year whose register the file replaces a note
 * ("ALV-HO-HEIM 2025"). REST, the shell and the import view all go through it.
 */
@Component(service = ModuleTransfer.class, property = "module=" + WorkforceTransfer.MODULE)
public class WorkforceTransfer implements ModuleTransfer {

    public static final String MODULE = "competence";
    public static final String KIND = "workforce";
    public static final String FTE = "fte";
    private static final Logger LOG = LoggerFactory.getLogger(WorkforceTransfer.class);

    private final JpaTemplate jpa;
    private final AuditLog audit;
    private final OrgUnitService units;

    @Activate
    public WorkforceTransfer(@Reference CompetenceStore store, @Reference AuditLog audit, @Reference OrgUnitService units) {
        this(store.jpa(), audit, units);
    }

    /** For the register service and tests: on a JPA template (not a second constructor, which SCR would try). */
    public static WorkforceTransfer using(JpaTemplate jpa, AuditLog audit, OrgUnitService units) {
        return new WorkforceTransfer(jpa, audit, units);
    }

    private WorkforceTransfer(JpaTemplate jpa, AuditLog audit, OrgUnitService units) {
        this.jpa = jpa;
        this.audit = audit;
        this.units = units;
    }

    @Override
    public String module() {
        return MODULE;
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
        return WorkforceImport.check(file.format(), file.content(), units.snapshot(), by).result(false);
    }

    @Override
    public ImportSummary commit(ImportFile file, UserContext by) {
        WorkforceImport checked = WorkforceImport.check(file.format(), file.content(), units.snapshot(), by);
        if (!checked.ok()) {
            return checked.result(false);
        }
        return JpaWork.write(jpa, WorkforceServiceImpl.TYPE, "import", em -> {
            checked.write(em);
            ImportSummary done = checked.result(true);
            audit.record(by, "import", WorkforceServiceImpl.TYPE, file.format().id(), null, Map.of("replaces", checked.replaces(),
                    "positions", done.created()));
            LOG.info("Workforce import by {}: {} positions in {}", by.username(), done.created(), checked.replaces());
            return done;
        });
    }
}
