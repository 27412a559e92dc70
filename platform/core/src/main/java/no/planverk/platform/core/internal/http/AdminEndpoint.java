package no.planverk.platform.core.internal.http;

import java.util.Map;
import no.planverk.platform.api.ApiEndpoint;
import no.planverk.platform.api.ApiResponse;
import no.planverk.platform.api.DataExport;
import no.planverk.platform.api.DatabaseBackup;
import no.planverk.platform.api.Role;
import no.planverk.platform.api.route.RoutedEndpoint;
import no.planverk.platform.api.route.Routes;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/**
 * For admins: {@code GET /api/v1/admin/export} downloads all data as JSON ({@link DataExport});
 * {@code POST /api/v1/admin/backup} takes an online backup of the database into {@code data/backup}.
 */
@Component(service = ApiEndpoint.class)
public class AdminEndpoint implements RoutedEndpoint {

    private final Routes routes;

    @Activate
    public AdminEndpoint(@Reference DataExport export, @Reference DatabaseBackup backup) {
        this.routes = Routes.of("admin")
                .get("/export", r -> ApiResponse.bytes("application/json", export.exportAll(r.user()), DataExport.fileName()))
                .post("/backup", r -> ApiResponse.created(Map.of("folder",
                        backup.backup(DatabaseBackup.defaultDirectory(), r.user()).toString())));
    }

    @Override
    public Routes routes() {
        return routes;
    }

    @Override
    public Role readRole() {
        return Role.ADMIN;
    }
}
