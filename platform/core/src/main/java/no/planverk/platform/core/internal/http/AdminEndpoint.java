package no.planverk.platform.core.internal.http;

import java.util.Map;
import no.planverk.platform.api.ApiEndpoint;
import no.planverk.platform.api.ApiRequest;
import no.planverk.platform.api.ApiResponse;
import no.planverk.platform.api.DataExport;
import no.planverk.platform.api.DatabaseBackup;
import no.planverk.platform.api.NotFoundException;
import no.planverk.platform.api.Role;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/**
 * For admins: {@code GET /api/v1/admin/export} downloads all data as JSON ({@link DataExport});
 * {@code POST /api/v1/admin/backup} takes an online backup of the database into {@code data/backup}.
 */
@Component(service = ApiEndpoint.class)
public class AdminEndpoint implements ApiEndpoint {

    private final DataExport export;
    private final DatabaseBackup backup;

    @Activate
    public AdminEndpoint(@Reference DataExport export, @Reference DatabaseBackup backup) {
        this.export = export;
        this.backup = backup;
    }

    @Override
    public String path() {
        return "admin";
    }

    @Override
    public Role readRole() {
        return Role.ADMIN;
    }

    @Override
    public ApiResponse handle(ApiRequest r) {
        String what = r.segments().size() == 1 ? r.segments().get(0) : "";
        return switch (what) {
            case "export" -> r.method().equals("GET")
                    ? ApiResponse.bytes("application/json", export.exportAll(r.user()), DataExport.fileName())
                    : ApiResponse.methodNotAllowed(r.method(), "GET");
            case "backup" -> r.method().equals("POST")
                    ? ApiResponse.created(Map.of("folder", backup.backup(DatabaseBackup.defaultDirectory(), r.user()).toString()))
                    : ApiResponse.methodNotAllowed(r.method(), "POST");
            default -> throw new NotFoundException("Use GET /api/v1/admin/export or POST /api/v1/admin/backup");
        };
    }
}
