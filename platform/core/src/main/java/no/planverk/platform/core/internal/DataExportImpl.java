package no.planverk.platform.core.internal;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import no.planverk.platform.api.AuditLog;
import no.planverk.platform.api.DataExport;
import no.planverk.platform.api.DataExporter;
import no.planverk.platform.api.JsonText;
import no.planverk.platform.api.OrgUnitService;
import no.planverk.platform.api.PlanverkException;
import no.planverk.platform.api.Role;
import no.planverk.platform.api.UserContext;
import no.planverk.platform.json.JsonMappers;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ReferenceCardinality;
import org.osgi.service.component.annotations.ReferencePolicy;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** All data as one JSON document: the units, then each module's {@link DataExporter} by module id. */
@Component(service = DataExport.class)
public class DataExportImpl implements DataExport {

    static final String TYPE = "DataExport";
    private static final Logger LOG = LoggerFactory.getLogger(DataExportImpl.class);
    private static final ObjectMapper MAPPER = JsonMappers.standard();

    private final OrgUnitService units;
    private final AuditLog audit;
    private final Clock clock;
    private final List<DataExporter> exporters = new CopyOnWriteArrayList<>();

    @Activate
    public DataExportImpl(@Reference OrgUnitService units, @Reference AuditLog audit) {
        this(units, audit, Clock.system(ZoneId.of("Europe/Oslo")));
    }

    DataExportImpl(OrgUnitService units, AuditLog audit, Clock clock) {
        this.units = units;
        this.audit = audit;
        this.clock = clock;
    }

    @Reference(cardinality = ReferenceCardinality.MULTIPLE, policy = ReferencePolicy.DYNAMIC)
    void addExporter(DataExporter e) {
        exporters.add(e);
    }

    void removeExporter(DataExporter e) {
        exporters.remove(e);
    }

    @Override
    public List<String> modules() {
        List<String> ids = new ArrayList<>(List.of("platform"));
        sorted().forEach(e -> ids.add(e.module()));
        return ids;
    }

    @Override
    public byte[] exportAll(UserContext by) {
        by.require(Role.ADMIN);
        long start = System.nanoTime();
        ObjectNode root = MAPPER.createObjectNode();
        root.put("format", "planverk-export");
        root.put("formatVersion", 1);
        root.put("exportedAt", OffsetDateTime.now(clock).withNano(0).toString());
        root.put("exportedBy", by.username());
        ObjectNode modules = root.putObject("modules");
        modules.set("platform", MAPPER.valueToTree(Map.of("units", units.list())));
        for (DataExporter e : sorted()) {
            try {
                modules.set(e.module(), tree(e.data()));
            } catch (RuntimeException ex) {
                // an export that leaves out a module silently would be worse than none
                throw new PlanverkException("The export of module '" + e.module() + "' failed: " + ex.getMessage(), ex);
            }
        }
        try {
            byte[] json = MAPPER.writerWithDefaultPrettyPrinter().writeValueAsBytes(root);
            audit.record(by, "export", TYPE, "all", null, Map.of("modules", modules(), "bytes", json.length));
            LOG.info("Export of all data by {}: {} modules, {} bytes in {} ms", by.username(), modules.size(), json.length,
                    (System.nanoTime() - start) / 1_000_000);
            return json;
        } catch (JsonProcessingException ex) {
            throw new PlanverkException("The export could not be written as JSON: " + ex.getOriginalMessage(), ex);
        }
    }

    private List<DataExporter> sorted() {
        return exporters.stream().sorted(Comparator.comparing(DataExporter::module)).toList();
    }

    /** Values as JSON; {@link JsonText} (also inside maps and lists) as the JSON it holds. */
    static JsonNode tree(Object value) {
        if (value instanceof JsonText t) {
            try {
                return MAPPER.readTree(t.json());
            } catch (JsonProcessingException e) {
                throw new IllegalStateException("A module gave JSON that does not parse: " + e.getOriginalMessage(), e);
            }
        }
        if (value instanceof Map<?, ?> map) {
            ObjectNode node = MAPPER.createObjectNode();
            map.forEach((k, v) -> node.set(String.valueOf(k), tree(v)));
            return node;
        }
        if (value instanceof List<?> list) {
            var array = MAPPER.createArrayNode();
            list.forEach(v -> array.add(tree(v)));
            return array;
        }
        return MAPPER.valueToTree(value);
    }
}
