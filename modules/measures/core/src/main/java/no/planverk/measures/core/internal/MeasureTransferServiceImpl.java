package no.planverk.measures.core.internal;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import no.planverk.measures.api.Measure;
import no.planverk.measures.api.MeasureDraft;
import no.planverk.measures.api.MeasureQuery;
import no.planverk.measures.api.MeasureTransferService;
import no.planverk.measures.api.PlanDirectory;
import no.planverk.measures.api.PlanInfo;
import no.planverk.measures.api.TransferFormat;
import no.planverk.measures.api.YearAmount;
import no.planverk.measures.core.internal.persistence.MeasureEntity;
import no.planverk.measures.core.internal.persistence.MeasureImportWrites;
import no.planverk.measures.core.internal.persistence.MeasureReads;
import no.planverk.measures.core.internal.persistence.MeasureWrites;
import no.planverk.measures.core.internal.persistence.MeasuresStore;
import no.planverk.platform.api.AccessDeniedException;
import no.planverk.platform.api.AuditLog;
import no.planverk.platform.api.InvalidInputException;
import no.planverk.platform.api.Message;
import no.planverk.platform.api.OrgUnit;
import no.planverk.platform.api.OrgUnitService;
import no.planverk.platform.api.Role;
import no.planverk.platform.api.UserContext;
import no.planverk.platform.api.transfer.ImportSummary;
import no.planverk.platform.persistence.api.JpaWork;
import no.planverk.platform.tabular.Tables;
import no.planverk.platform.tabular.Utf8;
import org.apache.aries.jpa.template.JpaTemplate;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ReferenceCardinality;
import org.osgi.service.component.annotations.ReferencePolicy;
import org.osgi.service.component.annotations.ReferencePolicyOption;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Measures in and out: every row checked before anything is saved; one transaction for the whole file. */
@Component(service = MeasureTransferService.class)
public class MeasureTransferServiceImpl implements MeasureTransferService {

    private static final Logger LOG = LoggerFactory.getLogger(MeasureTransferServiceImpl.class);

    private final JpaTemplate jpa;
    private final AuditLog audit;
    private final OrgUnitService units;
    private final MeasureRights rights;
    private volatile PlanDirectory directory;

    @Activate
    public MeasureTransferServiceImpl(@Reference MeasuresStore store, @Reference AuditLog audit, @Reference OrgUnitService units) {
        this(store.jpa(), audit, units);
    }

    MeasureTransferServiceImpl(JpaTemplate jpa, AuditLog audit, OrgUnitService units) {
        this.jpa = jpa;
        this.audit = audit;
        this.units = units;
        this.rights = new MeasureRights(units);
    }

    @Reference(cardinality = ReferenceCardinality.OPTIONAL, policy = ReferencePolicy.DYNAMIC, policyOption = ReferencePolicyOption.GREEDY)
    void setDirectory(PlanDirectory d) {
        this.directory = d;
    }

    void unsetDirectory(PlanDirectory d) {
        if (this.directory == d) {
            this.directory = null;
        }
    }

    @Override
    public ImportSummary preview(TransferFormat format, byte[] content, UserContext by) {
        return run(format, content, by, false);
    }

    @Override
    public ImportSummary importData(TransferFormat format, byte[] content, UserContext by) {
        return run(format, content, by, true);
    }

    private ImportSummary run(TransferFormat format, byte[] content, UserContext by, boolean save) {
        if (!by.has(Role.PLANNER) && !by.roles().contains(Role.UNIT_LEADER)) {
            throw new AccessDeniedException(Message.of("measures.import.denied",
                    "User ''{0}'' may not import measures (planners and unit leaders may)", by.username()));
        }
        if (format == null) {
            throw InvalidInputException.field("format", Message.of("measures.import.format", "Name the format: csv, json or xlsx"));
        }
        if (content == null || content.length > Tables.MAX_BYTES) {
            throw InvalidInputException.field("file", Message.of("measures.import.tooLarge", "The file must be at most 16 MiB"));
        }
        Cells cells = read(format, content);
        PlanDirectory dir = directory;
        List<RowDrafts.Drafted> drafts = new RowDrafts(units, dir).drafts(cells);
        duplicates(cells, drafts);
        if (!cells.errors.isEmpty()) {
            return ImportSummary.refused(cells.rows.size(), cells.errors);
        }
        return JpaWork.write(jpa, MeasureWrites.TYPE, "import", em -> {
            em.setFlushMode(javax.persistence.FlushModeType.COMMIT);
            MeasureImportWrites stored = MeasureImportWrites.read(em, drafts.stream()
                    .map(d -> MeasureEntity.planKey(d.draft().planId(), d.draft().planName())).collect(Collectors.toSet()));
            List<MeasureEntity> targets = new ArrayList<>();
            for (RowDrafts.Drafted d : drafts) {
                MeasureEntity e = stored.find(MeasureEntity.planKey(d.draft().planId(), d.draft().planName()), d.draft().number());
                targets.add(e);
                List<Long> before = e == null ? d.draft().unitIds() : stored.unitIds(e);
                if (!rights.canEdit(before, by) || !rights.canEdit(d.draft().unitIds(), by)) {
                    cells.error(d.row().line(), d.row().where("units"), Message.of("measures.import.measure.denied",
                            "You may not change measure {0}: unit leaders import the measures of their own units", d.draft().number()));
                }
            }
            int created = (int) targets.stream().filter(java.util.Objects::isNull).count();
            int updated = drafts.size() - created;
            if (!cells.errors.isEmpty() || !save) {
                return new ImportSummary(cells.rows.size(), created, updated, List.of(), cells.errors, false);
            }
            stored.write(drafts.stream().map(RowDrafts.Drafted::draft).toList(), targets);
            ImportSummary done = new ImportSummary(cells.rows.size(), created, updated, List.of(), List.of(), true);
            audit.record(by, "import", MeasureWrites.TYPE, format.id(), null, done);
            stored.insertNew();
            LOG.info("Measure import by {}: {} created, {} updated", by.username(), created, updated);
            return done;
        });
    }

    static Cells read(TransferFormat format, byte[] content) {
        if (format != TransferFormat.JSON) {
            return MeasureTables.read(format, content);
        }
        Utf8.Decoded text = Utf8.decode(content);
        if (!text.ok()) {
            Cells out = new Cells();
            out.error(text.error().line(), null, text.error().message());
            return out;
        }
        Cells cells = JsonMeasures.read(text.text());
        if (cells.rows.isEmpty() && cells.errors.isEmpty()) {
            cells.error(1, "measures", Message.of("measures.import.json.none", "The file has no measures"));
        }
        return cells;
    }

    private static void duplicates(Cells cells, List<RowDrafts.Drafted> drafts) {
        Set<String> seen = new HashSet<>();
        for (RowDrafts.Drafted d : drafts) {
            if (!seen.add(key(d.draft()))) {
                cells.error(d.row().line(), d.row().where("number"), Message.of("measures.import.measure.twice",
                        "Measure {0} of this plan appears twice in the file", d.draft().number()));
            }
        }
    }

    private static String key(MeasureDraft d) {
        return MeasureEntity.planKey(d.planId(), d.planName()) + "\u0000" + d.number();
    }

    @Override
    public byte[] export(MeasureQuery query, TransferFormat format) {
        MeasureQuery q = query == null ? MeasureQuery.all() : query;
        List<Measure> all = new ArrayList<>();
        UnitScope scope = UnitScope.of(q, units, directory);
        JpaWork.read(jpa, em -> {
            int year = java.time.LocalDate.now(java.time.ZoneId.of("Europe/Oslo")).getYear();
            for (int offset = 0; ; offset += MeasureQuery.MAX_LIMIT) {
                List<Measure> page = MeasureReads.page(em, q.page(offset, MeasureQuery.MAX_LIMIT), scope, year);
                all.addAll(page);
                if (page.size() < MeasureQuery.MAX_LIMIT) {
                    return null;
                }
            }
        });
        List<Map<String, String>> rows = rows(all);
        TreeSet<Integer> years = all.stream().flatMap(m -> m.years().stream()).map(YearAmount::year).collect(Collectors.toCollection(TreeSet::new));
        List<String> columns = new ArrayList<>(MeasureColumns.FIXED);
        years.forEach(y -> {
            columns.add("cost_" + y);
            columns.add("funding_" + y);
        });
        return switch (format == null ? TransferFormat.CSV : format) {
            case CSV -> MeasureTables.csv(columns, rows);
            case JSON -> JsonMeasures.write(rows).getBytes(StandardCharsets.UTF_8);
            case XLSX -> MeasureTables.xlsx(columns, rows);
        };
    }

    private List<Map<String, String>> rows(List<Measure> measures) {
        PlanDirectory dir = directory;
        Map<Long, String> unitCodes = units.list().stream().collect(Collectors.toMap(OrgUnit::id, OrgUnit::code));
        Map<Long, String> planCodes = dir == null ? Map.of() : dir.plans().stream().collect(Collectors.toMap(PlanInfo::id, PlanInfo::code));
        List<Map<String, String>> rows = new ArrayList<>();
        for (Measure m : measures) {
            Map<String, String> r = new LinkedHashMap<>();
            r.put("plan", m.planId() == null ? m.planName() : planCodes.getOrDefault(m.planId(), String.valueOf(m.planId())));
            r.put("number", m.number());
            r.put("title", m.title());
            r.put("description", m.description());
            r.put("goals", m.goalIds().isEmpty() ? null : m.goalIds().stream().map(String::valueOf).collect(Collectors.joining("|")));
            r.put("goal_text", m.goalText());
            r.put("kind", m.kind().id());
            r.put("carrier", m.carrierPlanId() == null ? m.carrierText() : planCodes.getOrDefault(m.carrierPlanId(), m.carrierText()));
            r.put("responsibility", m.responsibility().id());
            r.put("units", m.unitIds().isEmpty() ? null : m.unitIds().stream().map(id -> unitCodes.getOrDefault(id, String.valueOf(id)))
                    .collect(Collectors.joining("|")));
            r.put("contact", m.contact());
            r.put("from_year", m.fromYear() == null ? null : m.fromYear().toString());
            r.put("to_year", m.toYear() == null ? null : m.toYear().toString());
            r.put("ownership", m.ownership().id());
            for (YearAmount y : m.years()) {
                r.put("cost_" + y.year(), y.costNok() == null ? null : y.costNok().toString());
                r.put("funding_" + y.year(), y.funding() == null ? null : y.funding().id());
            }
            rows.add(r);
        }
        return rows;
    }
}
