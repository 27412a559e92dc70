package no.planverk.platform.core.internal.http;

import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Base64;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;
import no.planverk.platform.api.AccessDeniedException;
import no.planverk.platform.api.ApiEndpoint;
import no.planverk.platform.api.ApiError;
import no.planverk.platform.api.ApiResponse;
import no.planverk.platform.api.Authenticator;
import no.planverk.platform.api.InvalidInputException;
import no.planverk.platform.api.stats.StatisticsUnavailableException;
import no.planverk.platform.api.LoginBlockedException;
import no.planverk.platform.api.Message;
import no.planverk.platform.api.NotFoundException;
import no.planverk.platform.api.PlanverkException;
import no.planverk.platform.api.Role;
import no.planverk.platform.api.StaleVersionException;
import no.planverk.platform.api.Translator;
import no.planverk.platform.api.UserContext;
import no.planverk.platform.api.route.RoutedEndpoint;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ReferenceCardinality;
import org.osgi.service.component.annotations.ReferencePolicy;
import org.osgi.service.servlet.whiteboard.propertytypes.HttpWhiteboardContextSelect;
import org.osgi.service.servlet.whiteboard.propertytypes.HttpWhiteboardServletPattern;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * {@code /api/v1/*}: authenticates with HTTP Basic, dispatches to the {@link ApiEndpoint} services by
 * their first path segment and writes JSON. {@code /api/v1/health} needs no login.
 */
@Component(service = jakarta.servlet.Servlet.class)
@HttpWhiteboardServletPattern("/v1/*")
@HttpWhiteboardContextSelect("(osgi.http.whiteboard.context.name=" + ApiContext.NAME + ")")
public class ApiServlet extends HttpServlet {

    private static final long serialVersionUID = 1L;
    private static final Logger LOG = LoggerFactory.getLogger(ApiServlet.class);
    static final int MAX_BODY = 16 * 1024 * 1024;
    private static final Set<String> METHODS = Set.of("GET", "POST", "PUT", "PATCH", "DELETE");

    private final transient Authenticator authenticator;
    private transient volatile Translator translator;
    private final transient HealthReport health;
    private final transient Map<String, ApiEndpoint> endpoints = new ConcurrentHashMap<>();

    @Activate
    public ApiServlet(@Reference Authenticator authenticator, @Reference HealthReport health) {
        this.authenticator = authenticator;
        this.health = health;
    }

    @Reference(cardinality = ReferenceCardinality.MULTIPLE, policy = ReferencePolicy.DYNAMIC)
    void addEndpoint(ApiEndpoint endpoint) {
        ApiEndpoint old = endpoints.putIfAbsent(endpoint.path(), endpoint);
        if (old != null && old != endpoint) {
            LOG.error("Two API endpoints claim /api/v1/{}: {} and {}; the second is ignored", endpoint.path(),
                    old.getClass().getName(), endpoint.getClass().getName());
        }
    }

    void removeEndpoint(ApiEndpoint endpoint) {
        endpoints.remove(endpoint.path(), endpoint);
    }

    @Reference(cardinality = ReferenceCardinality.OPTIONAL, policy = ReferencePolicy.DYNAMIC)
    void setTranslator(Translator t) {
        translator = t;
    }

    void unsetTranslator(Translator t) {
        if (translator == t) {
            translator = null;
        }
    }

    @Override
    protected void service(HttpServletRequest req, HttpServletResponse resp) throws IOException {
        Locale locale = ApiLanguage.of(req.getHeader("Accept-Language"));
        Translator t = translator;
        Function<Message, String> texts = t == null ? Message::english : m -> t.text(m, locale);
        if (!Locale.ENGLISH.equals(locale)) {
            resp.setHeader("Content-Language", locale.toLanguageTag());
        }
        ApiResponse answer;
        try {
            answer = dispatch(req, resp);
        } catch (LoginBlockedException e) {
            resp.setHeader("Retry-After", String.valueOf(Math.max(1, e.retryAfter().toSeconds())));
            answer = error(429, texts.apply(e.message()), null);
        } catch (StatisticsUnavailableException e) {
            answer = error(502, texts.apply(e.message()), Map.of("table", texts.apply(e.message())));
        } catch (InvalidInputException e) {
            Map<String, String> fields = new java.util.LinkedHashMap<>();
            e.fieldMessages().forEach((f, m) -> fields.put(f, texts.apply(m)));
            answer = error(400, texts.apply(e.message()), fields.isEmpty() ? null : fields);
        } catch (AccessDeniedException e) {
            answer = error(403, texts.apply(e.message()), null);
        } catch (NotFoundException e) {
            answer = error(404, texts.apply(e.message()), null);
        } catch (StaleVersionException e) {
            answer = error(409, texts.apply(e.message()), null);
        } catch (PlanverkException e) {
            LOG.warn("API call {} {} failed: {}", req.getMethod(), req.getPathInfo(), e.getMessage());
            answer = error(503, texts.apply(e.message()), null);
        } catch (RuntimeException e) {
            String incident = UUID.randomUUID().toString().substring(0, 8);
            LOG.error("API call {} {} failed, incident {}", req.getMethod(), req.getPathInfo(), incident, e);
            answer = error(500, texts.apply(Message.of("platform.internal",
                    "Internal error, incident {0}. The administrator finds it in the log.", incident)), null);
        }
        ApiResponse written = answer;
        Json.withTexts(texts, () -> write(resp, written));
    }

    private ApiResponse dispatch(HttpServletRequest req, HttpServletResponse resp) throws IOException {
        List<String> path = segments(req.getPathInfo());
        String method = req.getMethod();
        if (path.isEmpty()) {
            throw new NotFoundException(Message.of("platform.api.endpoints", "Name an endpoint: {0}", "/api/v1/health, /api/v1/modules, /api/v1/"
                    + String.join(", /api/v1/", endpoints.keySet().stream().sorted().toList())));
        }
        if (!METHODS.contains(method)) {
            String allowed = String.join(", ", METHODS.stream().sorted().toList());
            resp.setHeader("Allow", allowed);
            return ApiResponse.methodNotAllowed(method, allowed);
        }
        Optional<UserContext> user = authenticate(req);
        if (user.isEmpty()) {
            resp.setHeader("WWW-Authenticate", "Basic realm=\"Planverk\", charset=\"UTF-8\"");
            return error(401, Message.of("platform.login.needed", "Log in with HTTP Basic: a Planverk user name and password.").english(),
                    null);
        }
        ApiEndpoint endpoint = endpoints.get(path.get(0));
        if (endpoint == null) {
            HealthReport.Health h = health.report();
            if (!h.status().equals("UP")) {
                // the modules' endpoints are missing because the database is: say that, not "not installed"
                return error(503, h.database().message(), null);
            }
            throw new NotFoundException(Message.of("platform.api.noEndpoint", "No API endpoint /api/v1/{0} (is its module installed?)", path.get(0)));
        }
        List<String> rest = path.subList(1, path.size());
        requireRoles(endpoint, method, rest, user.get());
        // the query string is parsed by hand: asking the container for parameters would eat a form-encoded body
        ApiRequestImpl request = new ApiRequestImpl(method, rest, query(req.getQueryString()),
                user.get(), body(req));
        ApiResponse answer = endpoint.handle(request);
        if (answer.status() == 405 && endpoint instanceof RoutedEndpoint routed && !routed.routes().allowed(rest).isEmpty()) {
            resp.setHeader("Allow", String.join(", ", routed.routes().allowed(rest)));
        }
        return answer;
    }

    /** The endpoint's read role, then the roles of the call, before the body is read: 403 whatever was sent. */
    static void requireRoles(ApiEndpoint endpoint, String method, List<String> rest, UserContext user) {
        user.require(endpoint.readRole());
        Set<Role> roles = endpoint.rolesFor(method, rest);
        if (!roles.isEmpty() && !user.hasAny(roles)) {
            // the roles as their ids (planner, unit-leader), the same words in every language: they are names, not text
            throw new AccessDeniedException(Message.of("platform.denied.call", "User ''{0}'' may not {1} {2}: that needs the role {3}",
                    user.username(), method, "/api/v1/" + endpoint.path() + (rest.isEmpty() ? "" : "/" + String.join("/", rest)),
                    String.join(", ", roles.stream().sorted().map(Role::id).toList())));
        }
    }

    private Optional<UserContext> authenticate(HttpServletRequest req) {
        String header = req.getHeader("Authorization");
        if (header == null || !header.regionMatches(true, 0, "Basic ", 0, 6)) {
            return Optional.empty();
        }
        String decoded;
        try {
            decoded = new String(Base64.getDecoder().decode(header.substring(6).trim()), StandardCharsets.UTF_8);
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
        int colon = decoded.indexOf(':');
        if (colon < 1) {
            return Optional.empty();
        }
        char[] password = decoded.substring(colon + 1).toCharArray();
        try {
            return authenticator.authenticate(decoded.substring(0, colon), password, req.getRemoteAddr());
        } finally {
            Arrays.fill(password, '\0');
        }
    }

    static byte[] body(HttpServletRequest req) throws IOException {
        if (req.getContentLengthLong() > MAX_BODY) {
            throw new InvalidInputException(Message.of("platform.body.tooLarge", "The body is larger than {0} KiB.", String.valueOf(MAX_BODY / 1024)));
        }
        try (InputStream in = req.getInputStream()) {
            byte[] bytes = in.readNBytes(MAX_BODY + 1);
            if (bytes.length > MAX_BODY) {
                throw new InvalidInputException(Message.of("platform.body.tooLarge", "The body is larger than {0} KiB.", String.valueOf(MAX_BODY / 1024)));
            }
            return bytes;
        }
    }

    static Map<String, String> query(String queryString) {
        Map<String, String> params = new java.util.LinkedHashMap<>();
        if (queryString == null) {
            return params;
        }
        for (String pair : queryString.split("&")) {
            int eq = pair.indexOf('=');
            String key = java.net.URLDecoder.decode(eq < 0 ? pair : pair.substring(0, eq), StandardCharsets.UTF_8);
            String value = eq < 0 ? "" : java.net.URLDecoder.decode(pair.substring(eq + 1), StandardCharsets.UTF_8);
            params.putIfAbsent(key, value);
        }
        return params;
    }

    static List<String> segments(String pathInfo) {
        if (pathInfo == null) {
            return List.of();
        }
        return Arrays.stream(pathInfo.split("/")).filter(s -> !s.isEmpty()).toList();
    }

    private static ApiResponse error(int status, String message, Map<String, String> fields) {
        return new ApiResponse(status, new ApiError(status, message, fields));
    }

    private static void write(HttpServletResponse resp, ApiResponse answer) throws IOException {
        resp.setStatus(answer.status());
        resp.setHeader("Cache-Control", "no-store");
        resp.setHeader("X-Content-Type-Options", "nosniff");
        if (answer.body() == null) {
            return;
        }
        byte[] bytes;
        if (answer.body() instanceof ApiResponse.Text text) {
            bytes = text.text().getBytes(StandardCharsets.UTF_8);
            resp.setContentType(text.contentType());
            if (text.fileName() != null) {
                resp.setHeader("Content-Disposition", "attachment; filename=\"" + text.fileName().replaceAll("[^\\w.-]", "_") + "\"");
            }
        } else if (answer.body() instanceof ApiResponse.Bytes binary) {
            bytes = binary.bytes();
            resp.setContentType(binary.contentType());
            if (binary.fileName() != null) {
                resp.setHeader("Content-Disposition", "attachment; filename=\"" + binary.fileName().replaceAll("[^\\w.-]", "_") + "\"");
            }
        } else {
            bytes = Json.write(answer.body()).getBytes(StandardCharsets.UTF_8);
            resp.setContentType("application/json;charset=UTF-8");
        }
        resp.setContentLength(bytes.length);
        resp.getOutputStream().write(bytes);
    }
}
