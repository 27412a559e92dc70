package no.planverk.platform.core.internal.health;

import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import no.planverk.platform.api.ApiError;
import no.planverk.platform.api.ApiResponse;
import no.planverk.platform.api.DatabaseStatus;
import no.planverk.platform.api.StorageStatus;
import no.planverk.platform.core.internal.http.HealthReport;

/**
 * The answers under {@code /api/v1/health}: the full report (the version only for logged-in callers), {@code live}
 * (this JVM answers HTTP) and {@code ready} (see {@link Readiness}); 503 when not UP, so a probe needs only the status.
 */
public final class HealthAnswers {

    /** What anonymous callers see: the report without the version. */
    public record PublicHealth(String status, DatabaseStatus database, StorageStatus storage) {
    }

    private final Supplier<HealthReport.Health> health;
    private final Supplier<Readiness.Ready> ready;

    public HealthAnswers(Supplier<HealthReport.Health> health, Supplier<Readiness.Ready> ready) {
        this.health = health;
        this.ready = ready;
    }

    public ApiResponse answer(String method, List<String> segments, boolean loggedIn) {
        if (!method.equals("GET") && !method.equals("HEAD")) {
            return ApiResponse.methodNotAllowed(method, "GET");
        }
        if (segments.isEmpty()) {
            HealthReport.Health h = health.get();
            Object shown = loggedIn ? h : new PublicHealth(h.status(), h.database(), h.storage());
            return new ApiResponse(h.status().equals("UP") ? 200 : 503, shown);
        }
        if (segments.equals(List.of("live"))) {
            return ApiResponse.ok(Map.of("status", "UP"));
        }
        if (segments.equals(List.of("ready"))) {
            Readiness.Ready r = ready.get();
            return new ApiResponse(r.status().equals("UP") ? 200 : 503, r);
        }
        return new ApiResponse(404, new ApiError(404, "No such resource: /api/v1/health/" + String.join("/", segments)
                + " (there are /api/v1/health, /api/v1/health/live and /api/v1/health/ready)", null));
    }
}
