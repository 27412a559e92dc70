package no.planverk.volunteers.core.internal;

import no.planverk.platform.api.Message;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import javax.persistence.EntityManager;
import javax.persistence.FlushModeType;
import no.planverk.platform.api.AuditLog;
import no.planverk.platform.api.InvalidInputException;
import no.planverk.platform.api.OrgUnitService;
import no.planverk.platform.api.UserContext;
import no.planverk.platform.persistence.api.JpaWork;
import no.planverk.platform.tabular.Tables;
import no.planverk.platform.api.transfer.FileFormat;
import no.planverk.platform.api.transfer.ImportFile;
import no.planverk.platform.api.transfer.ImportSummary;
import no.planverk.platform.api.transfer.ModuleTransfer;
import no.planverk.volunteers.api.ImportKind;
import no.planverk.volunteers.api.OrganisationDraft;
import no.planverk.volunteers.core.internal.persistence.VolunteerEntity;
import no.planverk.volunteers.core.internal.persistence.VolunteersStore;
import org.apache.aries.jpa.template.JpaTemplate;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * CSV import of volunteers or organisations, the module's {@link ModuleTransfer} (kinds {@code volunteers} and
 * {@code organisations}): every row checked first (with the database in a few queries), then one transaction without
 * per-row queries.
 */
@Component(service = ModuleTransfer.class, property = "module=" + VolunteerTransferServiceImpl.MODULE)
public class VolunteerTransferServiceImpl implements ModuleTransfer {

    public static final String MODULE = "volunteers";

    private static final Logger LOG = LoggerFactory.getLogger(VolunteerTransferServiceImpl.class);
    private static final int CHUNK = 500;

    private final JpaTemplate jpa;
    private final AuditLog audit;
    private final OrgUnitService units;
    private final Clock clock;

    @Activate
    public VolunteerTransferServiceImpl(@Reference VolunteersStore store, @Reference AuditLog audit, @Reference OrgUnitService units) {
        this(store.jpa(), audit, units, Clock.system(ZoneId.of("Europe/Oslo")));
    }

    VolunteerTransferServiceImpl(JpaTemplate jpa, AuditLog audit, OrgUnitService units, Clock clock) {
        this.jpa = jpa;
        this.audit = audit;
        this.units = units;
        this.clock = clock;
    }

    @Override
    public String module() {
        return MODULE;
    }

    @Override
    public List<String> kinds() {
        return Arrays.stream(ImportKind.values()).map(ImportKind::id).toList();
    }

    @Override
    public Set<FileFormat> importFormats(String kind) {
        return Set.of(FileFormat.CSV);
    }

    @Override
    public ImportSummary preview(ImportFile file, UserContext by) {
        return run(kind(file), file.content(), by, false);
    }

    @Override
    public ImportSummary commit(ImportFile file, UserContext by) {
        return run(kind(file), file.content(), by, true);
    }

    private static ImportKind kind(ImportFile file) {
        if (file.format() != FileFormat.CSV) {
            throw InvalidInputException.field("format", Message.of("volunteers.import.format", "The file must be CSV"));
        }
        return ImportKind.parse(file.kind()).orElse(null);
    }

    private ImportSummary run(ImportKind kind, byte[] csv, UserContext by, boolean save) {
        VolunteerRights.requireCoordinator(by, "volunteers.denied.import", "import volunteers or organisations");
        if (kind == null) {
            throw InvalidInputException.field("kind", Message.of("volunteers.import.kind", "Name what the file holds: volunteers or organisations"));
        }
        if (csv == null || csv.length > Tables.MAX_BYTES) {
            throw InvalidInputException.field("file", Message.of("volunteers.import.size", "The file must be at most 16 MiB"));
        }
        return kind == ImportKind.ORGANISATIONS ? organisations(csv, by, save) : volunteers(csv, by, save);
    }

    private ImportSummary organisations(byte[] csv, UserContext by, boolean save) {
        CsvFile file = CsvFile.read(csv, OrganisationRows.COLUMNS, OrganisationRows.REQUIRED);
        List<OrganisationDraft> drafts = OrganisationRows.drafts(file);
        return JpaWork.write(jpa, OrganisationServiceImpl.TYPE, "import", em -> {
            Set<String> taken = Set.copyOf(orgNumbers(em, drafts.stream().map(OrganisationDraft::orgNumber).toList()).keySet());
            for (CsvFile.Row r : file.rows) {
                String n = no.planverk.volunteers.api.OrgNumber.normalize(r.get("org_number"));
                if (taken.contains(n)) {
                    file.error(r.line(), "org_number", Message.of("volunteers.organisation.number.taken",
                            "An organisation with number {0} is registered already", n));
                }
            }
            if (!file.errors.isEmpty() || !save) {
                return ImportSummary.refused(file.rows.size(), file.errors);
            }
            em.setFlushMode(FlushModeType.COMMIT);
            List<Long> ids = new ArrayList<>();
            for (OrganisationDraft d : drafts) {
                ids.add(OrganisationServiceImpl.insert(em, d).id());
            }
            audit.record(by, "import", OrganisationServiceImpl.TYPE, ids.toString(), null, ids.size());
            LOG.info("Imported {} organisations", ids.size());
            return new ImportSummary(file.rows.size(), ids.size(), 0, List.of(), List.of(), true);
        });
    }

    private ImportSummary volunteers(byte[] csv, UserContext by, boolean save) {
        CsvFile file = CsvFile.read(csv, VolunteerRows.COLUMNS, VolunteerRows.REQUIRED);
        return JpaWork.write(jpa, VolunteerServiceImpl.TYPE, "import", em -> {
            List<String> numbers = file.rows.stream().map(r -> no.planverk.volunteers.api.OrgNumber.normalize(r.get("organisation")))
                    .filter(n -> n != null).distinct().toList();
            List<VolunteerRows.Drafted> drafts = VolunteerRows.drafts(file, units, orgNumbers(em, numbers));
            Set<String> known = knownEmails(em, drafts.stream().map(d -> d.draft().email()).filter(e -> e != null).toList());
            for (VolunteerRows.Drafted d : drafts) {
                if (d.draft().email() != null && known.contains(d.draft().email().toLowerCase(Locale.ROOT))) {
                    file.error(d.line(), "email", Message.of("volunteers.import.email.taken",
                            "A volunteer with this e-mail address is registered already"));
                }
            }
            if (!file.errors.isEmpty() || !save) {
                return ImportSummary.refused(file.rows.size(), file.errors);
            }
            em.setFlushMode(FlushModeType.COMMIT);
            LocalDate today = LocalDate.now(clock);
            List<Long> ids = new ArrayList<>();
            for (VolunteerRows.Drafted d : drafts) {
                VolunteerEntity e = new VolunteerEntity(d.draft(), d.status(), today);
                em.persist(e);
                ids.add(e.id());
            }
            audit.record(by, "import", VolunteerServiceImpl.TYPE, ids.toString(), null, ids.size());
            LOG.info("Imported {} volunteers", ids.size());
            return new ImportSummary(file.rows.size(), ids.size(), 0, List.of(), List.of(), true);
        });
    }

    /** Organisation ids by number, for these numbers. */
    private static Map<String, Long> orgNumbers(EntityManager em, List<String> numbers) {
        Map<String, Long> out = new HashMap<>();
        for (int i = 0; i < numbers.size(); i += CHUNK) {
            for (Object[] row : em.createQuery("select o.orgNumber, o.id from OrganisationEntity o where o.orgNumber in :n", Object[].class)
                    .setParameter("n", numbers.subList(i, Math.min(numbers.size(), i + CHUNK))).getResultList()) {
                out.put((String) row[0], (Long) row[1]);
            }
        }
        return out;
    }

    private static Set<String> knownEmails(EntityManager em, List<String> emails) {
        Set<String> out = new java.util.HashSet<>();
        List<String> lower = emails.stream().map(e -> e.toLowerCase(Locale.ROOT)).toList();
        for (int i = 0; i < lower.size(); i += CHUNK) {
            out.addAll(em.createQuery("select lower(v.email) from VolunteerEntity v where lower(v.email) in :e", String.class)
                    .setParameter("e", lower.subList(i, Math.min(lower.size(), i + CHUNK))).getResultList());
        }
        return out;
    }
}
