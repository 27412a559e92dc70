package no.planverk.plans.core.internal.io;

import java.time.Clock;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import no.planverk.plans.api.PlanQuery;
import no.planverk.plans.api.PlanTransferService;
import no.planverk.plans.api.TransferFormat;
import no.planverk.plans.api.TransferKind;
import no.planverk.plans.core.internal.EditRights;
import no.planverk.plans.core.internal.io.TransferDocs.Rows;
import no.planverk.plans.core.internal.persistence.PlanEntity;
import no.planverk.plans.core.internal.persistence.PlansStore;
import no.planverk.platform.api.AccessDeniedException;
import no.planverk.platform.api.AuditLog;
import no.planverk.platform.api.InvalidInputException;
import no.planverk.platform.api.Message;
import no.planverk.platform.api.OrgUnitService;
import no.planverk.platform.api.UserContext;
import no.planverk.platform.api.transfer.ImportSummary;
import no.planverk.platform.persistence.api.JpaWork;
import org.apache.aries.jpa.template.JpaTemplate;
import org.apache.aries.jpa.template.TransactionType;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

@Component(service = PlanTransferService.class)
public class PlanTransferServiceImpl implements PlanTransferService {

    private static final Logger LOG = LoggerFactory.getLogger(PlanTransferServiceImpl.class);
    private static final UserContext PREVIEW = UserContext.system("preview");

    private final JpaTemplate jpa;
    private final AuditLog audit;
    private final OrgUnitService units;
    private final Clock clock;

    /** Thrown inside the transaction to roll back a preview or a file with errors. */
    private static final class Rollback extends RuntimeException {
        private static final long serialVersionUID = 1L;
        final transient ImportSummary summary;

        Rollback(ImportSummary summary) {
            super(null, null, false, false);
            this.summary = summary;
        }
    }

    @Activate
    public PlanTransferServiceImpl(@Reference PlansStore store, @Reference AuditLog audit, @Reference OrgUnitService units) {
        this(store.jpa(), audit, units, Clock.system(ZoneId.of("Europe/Oslo")));
    }

    public PlanTransferServiceImpl(JpaTemplate jpa, AuditLog audit, OrgUnitService units, Clock clock) {
        this.jpa = jpa;
        this.audit = audit;
        this.units = units;
        this.clock = clock;
    }

    @Override
    public ImportSummary preview(TransferKind kind, TransferFormat format, String content) {
        return run(kind, format, content, PREVIEW, false);
    }

    @Override
    public ImportSummary preview(TransferKind kind, TransferFormat format, String content, UserContext by) {
        if (!EditRights.mayCreate(by)) {
            throw new AccessDeniedException(Message.of("plans.import.denied", "User ''{0}'' may not import plans (planners and unit leaders may)",
                    by.username()));
        }
        return run(kind, format, content, by, false);
    }

    @Override
    public ImportSummary importData(TransferKind kind, TransferFormat format, String content, UserContext by) {
        if (!EditRights.mayCreate(by)) {
            throw new AccessDeniedException(Message.of("plans.import.denied", "User ''{0}'' may not import plans (planners and unit leaders may)",
                    by.username()));
        }
        ImportSummary summary = run(kind, format, content, by, true);
        if (summary.committed()) {
            audit.record(by, "import", "PlanImport", null, null, Map.of("kind", kind.name(), "format", format.name(),
                    "summary", summary));
            LOG.info("Plan import by {}: {} plans created, {} updated, {} goals created, {} updated", by.username(),
                    (int) summary.figure(PlanTransfer.PLANS_CREATED), (int) summary.figure(PlanTransfer.PLANS_UPDATED),
                    (int) summary.figure(PlanTransfer.GOALS_CREATED), (int) summary.figure(PlanTransfer.GOALS_UPDATED));
        }
        return summary;
    }

    private ImportSummary run(TransferKind kind, TransferFormat format, String content, UserContext by, boolean commit) {
        Rows rows = read(kind, format, content == null ? "" : content);
        if (rows.plans.isEmpty() && rows.goals.isEmpty()) {
            if (rows.errors.isEmpty()) {
                rows.error(1, null, Message.of("plans.import.noRows", "The file has no rows to import"));
            }
            return ImportSummary.refused(rows.count, rows.errors);
        }
        JpaWork.requireSpace("Plan");
        try {
            return jpa.txExpr(TransactionType.Required, em -> {
                Importer in = new Importer(em, rows, by, units, clock);
                in.plans();
                GoalImporter goals = new GoalImporter(in);
                goals.goals();
                goals.links();
                goals.indicators();
                goals.programs();
                boolean ok = rows.errors.isEmpty();
                ImportSummary summary = summary(rows, in.plansCreated, in.plansUpdated, goals.created, goals.updated, ok && commit);
                if (!summary.committed()) {
                    throw new Rollback(summary);
                }
                in.insertNew();
                return summary;
            });
        } catch (Rollback r) {
            return r.summary;
        } catch (RuntimeException e) {
            throw PlansStore.translate(e, "Plan import", format);
        }
    }

    /** Plans and goals counted together, and apart in the figures. */
    private static ImportSummary summary(Rows rows, int plansCreated, int plansUpdated, int goalsCreated, int goalsUpdated, boolean committed) {
        Map<String, Double> figures = Map.of(PlanTransfer.PLANS_CREATED, (double) plansCreated, PlanTransfer.PLANS_UPDATED,
                (double) plansUpdated, PlanTransfer.GOALS_CREATED, (double) goalsCreated, PlanTransfer.GOALS_UPDATED, (double) goalsUpdated);
        return new ImportSummary(rows.count, plansCreated + goalsCreated, plansUpdated + goalsUpdated, figures, List.of(), rows.errors,
                committed);
    }

    private static Rows read(TransferKind kind, TransferFormat format, String content) {
        if (kind == null || format == null) {
            throw new InvalidInputException(Message.of("plans.import.kindAndFormat",
                    "Say what the file holds (plans, goals or all) and its format (csv or json)"));
        }
        if (format == TransferFormat.JSON) {
            return JsonFormat.read(content);
        }
        return switch (kind) {
            case PLANS -> CsvFormat.readPlans(content);
            case GOALS -> CsvFormat.readGoals(content);
            case ALL -> throw InvalidInputException.field("kind", Message.of("plans.import.csv.all",
                    "A CSV file holds plans or goals; ''all'' is for JSON"));
        };
    }

    @Override
    public String export(TransferKind kind, TransferFormat format, PlanQuery query) {
        return jpa.txExpr(TransactionType.Required, em -> {
            Exporter exporter = new Exporter(em, units);
            List<PlanEntity> plans = exporter.plans(query);
            if (format == TransferFormat.JSON) {
                return exporter.json(plans);
            }
            return switch (kind) {
                case PLANS -> exporter.plansCsv(plans);
                case GOALS -> exporter.goalsCsv(plans);
                case ALL -> throw InvalidInputException.field("kind", Message.of("plans.import.csv.all",
                    "A CSV file holds plans or goals; ''all'' is for JSON"));
            };
        });
    }
}
