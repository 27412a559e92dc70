package no.planverk.platform.api;

import java.util.List;
import org.osgi.annotation.versioning.ProviderType;

/**
 * The export of all data as one JSON document, for admins (audited): the organisation units and, for every
 * installed module that registers a {@link DataExporter}, its data. With a backup of the database it is the
 * second way out of Planverk: readable by other systems, and kept when a module is uninstalled.
 */
@ProviderType
public interface DataExport {

    /**
     * UTF-8 JSON: {@code {"format": "planverk-export", "formatVersion": 1, "exportedAt": ..., "exportedBy": ...,
     * "modules": {"platform": {"units": [...]}, "plans": {...}, ...}}}.
     *
     * @throws AccessDeniedException for anyone but an admin
     */
    byte[] exportAll(UserContext by);

    /** The modules whose data the export holds now, "platform" first. */
    List<String> modules();

    /** The name of an export file made now (Oslo time): "planverk-export-20261204-1930.json". */
    static String fileName() {
        return "planverk-export-" + java.time.LocalDateTime.now(java.time.ZoneId.of("Europe/Oslo"))
                .format(java.time.format.DateTimeFormatter.ofPattern("yyyyMMdd-HHmm")) + ".json";
    }
}
