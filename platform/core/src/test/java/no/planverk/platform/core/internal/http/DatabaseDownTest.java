package no.planverk.platform.core.internal.http;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.servlet.ServletInputStream;
import jakarta.servlet.ServletOutputStream;
import jakarta.servlet.WriteListener;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.ByteArrayOutputStream;
import java.lang.reflect.Proxy;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicReference;
import no.planverk.platform.api.ApiEndpoint;
import no.planverk.platform.api.ApiRequest;
import no.planverk.platform.api.ApiResponse;
import no.planverk.platform.api.Authenticator;
import no.planverk.platform.api.DatabaseStatus;
import no.planverk.platform.api.OrgUnitService;
import no.planverk.platform.api.Role;
import no.planverk.platform.api.StorageFullException;
import no.planverk.platform.api.StorageStatus;
import no.planverk.platform.api.UserContext;
import org.junit.jupiter.api.Test;
import org.osgi.framework.Bundle;
import org.osgi.framework.BundleContext;
import org.osgi.framework.Version;

/**
 * Planverk is never half started: while the database cannot be opened, the modules' endpoints are missing (their
 * stores cannot start) and the API says why with the database's message, which names the newest backup, not "is its
 * module installed?". A write the storage guard refuses is the same clear 503.
 */
class DatabaseDownTest {

    private static final String DAMAGED = "The database in /opt/planverk/data/derby/planverk cannot be opened: it did not recover"
            + " (Invalid checksum on Page 3). The newest backup is /opt/planverk/data/backup/auto/planverk-20261206-023000.";

    private final AtomicReference<DatabaseStatus> database = new AtomicReference<>(new DatabaseStatus(false, null, DAMAGED));
    private final HealthReport health = new HealthReport(context());
    private final ApiServlet servlet = new ApiServlet(new Authenticator() {
        @Override
        public Optional<UserContext> authenticate(String username, char[] password) {
            return Optional.of(UserContext.of(username, Role.ADMIN));
        }
    }, health);

    DatabaseDownTest() {
        health.setDatabase(database::get);
    }

    @Test
    void aMissingEndpointWhileTheDatabaseIsDownIs503WithTheDatabasesMessage() throws Exception {
        String[] answer = call("GET", "/plans");
        assertEquals("503", answer[0], answer[1]);
        assertTrue(answer[1].contains("cannot be opened: it did not recover"), answer[1]);
        assertTrue(answer[1].contains("The newest backup is /opt/planverk/data/backup/auto/planverk-20261206-023000"), answer[1]);

        // once the database answers and the platform's services are up, a missing endpoint is just not installed
        database.set(new DatabaseStatus(true, "Apache Derby", "OK"));
        health.setUnits((OrgUnitService) Proxy.newProxyInstance(getClass().getClassLoader(), new Class<?>[] {OrgUnitService.class},
                (p, m, a) -> null));
        String[] installed = call("GET", "/plans");
        assertEquals("404", installed[0], installed[1]);
        assertTrue(installed[1].contains("is its module installed?"), installed[1]);
    }

    @Test
    void aWriteTheStorageGuardRefusesIs503AndSaysNothingWasSaved() throws Exception {
        database.set(new DatabaseStatus(true, "Apache Derby", "OK"));
        servlet.addEndpoint(new ApiEndpoint() {
            @Override
            public String path() {
                return "things";
            }

            @Override
            public ApiResponse handle(ApiRequest r) {
                throw new StorageFullException("Thing", new StorageStatus(true, false, "/data/derby", 100L << 20, 256L << 20, null, "low"));
            }
        });
        String[] answer = call("POST", "/things");
        assertEquals("503", answer[0], answer[1]);
        assertTrue(answer[1].contains("the disk is nearly full (100 MB free, 256 MB are kept in reserve"), answer[1]);
        assertTrue(answer[1].contains("Nothing of it was saved"), answer[1]);
    }

    private static BundleContext context() {
        Bundle bundle = (Bundle) Proxy.newProxyInstance(DatabaseDownTest.class.getClassLoader(), new Class<?>[] {Bundle.class},
                (p, m, a) -> m.getName().equals("getVersion") ? Version.parseVersion("1.0.0") : null);
        return (BundleContext) Proxy.newProxyInstance(DatabaseDownTest.class.getClassLoader(), new Class<?>[] {BundleContext.class},
                (p, m, a) -> m.getName().equals("getBundle") ? bundle : null);
    }

    /** Status and body of a call as admin without a body. */
    private String[] call(String method, String path) throws Exception {
        String auth = "Basic " + Base64.getEncoder().encodeToString("admin:x".getBytes(StandardCharsets.UTF_8));
        HttpServletRequest req = (HttpServletRequest) Proxy.newProxyInstance(getClass().getClassLoader(),
                new Class<?>[] {HttpServletRequest.class}, (p, m, args) -> switch (m.getName()) {
                    case "getMethod" -> method;
                    case "getPathInfo" -> path;
                    case "getHeader" -> "Authorization".equals(args[0]) ? auth : null;
                    case "getContentLengthLong" -> 0L;
                    case "getInputStream" -> new ServletInputStream() {
                        @Override
                        public int read() {
                            return -1;
                        }

                        @Override
                        public boolean isFinished() {
                            return true;
                        }

                        @Override
                        public boolean isReady() {
                            return true;
                        }

                        @Override
                        public void setReadListener(jakarta.servlet.ReadListener l) {
                        }
                    };
                    case "getRemoteAddr" -> "127.0.0.1";
                    default -> null;
                });
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        int[] status = {0};
        ServletOutputStream sout = new ServletOutputStream() {
            @Override
            public void write(int b) {
                out.write(b);
            }

            @Override
            public boolean isReady() {
                return true;
            }

            @Override
            public void setWriteListener(WriteListener l) {
            }
        };
        HttpServletResponse resp = (HttpServletResponse) Proxy.newProxyInstance(getClass().getClassLoader(),
                new Class<?>[] {HttpServletResponse.class}, (p, m, args) -> {
                    if (m.getName().equals("setStatus")) {
                        status[0] = (Integer) args[0];
                    }
                    return m.getName().equals("getOutputStream") ? sout : null;
                });
        servlet.service(req, resp);
        return new String[] {String.valueOf(status[0]), out.toString(StandardCharsets.UTF_8)};
    }
}
