package no.planverk.portal.core.internal.http;

import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;
import no.planverk.platform.api.InvalidInputException;
import no.planverk.platform.api.NotFoundException;
import no.planverk.platform.api.Translator;
import no.planverk.portal.core.internal.Lang;
import no.planverk.portal.core.internal.PortalSettings;
import no.planverk.portal.core.internal.PortalSettings.Settings;
import no.planverk.portal.core.internal.Texts;
import no.planverk.portal.core.internal.content.PortalContent;
import no.planverk.portal.core.internal.content.Receipt;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ReferenceCardinality;
import org.osgi.service.component.annotations.ReferencePolicy;
import org.osgi.service.servlet.whiteboard.propertytypes.HttpWhiteboardContextSelect;
import org.osgi.service.servlet.whiteboard.propertytypes.HttpWhiteboardServletMultipart;
import org.osgi.service.servlet.whiteboard.propertytypes.HttpWhiteboardServletPattern;

/**
 * {@code /api/v1/public/*}: the portal's content as JSON, without login. It sits in the API's servlet context with a
 * longer pattern than the API servlet's {@code /v1/*}, so the whiteboard sends exactly the paths under
 * {@code /api/v1/public/} here; every other API path still goes to the API servlet, which asks for a login. It never
 * reads the Authorization header and never makes a session. Other sites may read it ({@code Access-Control-Allow-Origin: *}).
 */
@Component(service = jakarta.servlet.Servlet.class)
@HttpWhiteboardServletPattern("/v1/public/*")
@HttpWhiteboardContextSelect("(osgi.http.whiteboard.context.name=planverk-api)")
@HttpWhiteboardServletMultipart(enabled = true, maxFileSize = SubmissionForm.FILE_MAX + 1024, maxRequestSize = SubmissionForm.REQUEST_MAX)
public class PublicApiServlet extends HttpServlet {

    private static final long serialVersionUID = 1L;
    private static final String JSON = "application/json;charset=UTF-8";

    private final transient PortalContent content;
    private final transient Supplier<Settings> settings;
    private transient volatile Translator translator;

    @Activate
    public PublicApiServlet(@Reference PortalContent content, @Reference PortalSettings settings) {
        this(content, settings::get);
    }

    /** For tests; package-private, so DS does not try it as a second constructor and log an error. */
    PublicApiServlet(PortalContent content, Supplier<Settings> settings) {
        this.content = content;
        this.settings = settings;
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
        Settings s = settings.get();
        Lang lang = Lang.of(req.getParameter("lang"), req.getHeader("Accept-Language"), Lang.EN);
        Texts texts = new Texts(lang, translator);
        resp.setHeader("Access-Control-Allow-Origin", "*");
        resp.setHeader("Content-Language", lang.id());
        List<String> path = Paths.segments(req.getPathInfo());
        String method = req.getMethod();
        if (method.equals("OPTIONS")) {
            resp.setHeader("Access-Control-Allow-Methods", "GET, HEAD, POST");
            resp.setHeader("Access-Control-Allow-Headers", "Content-Type, Accept-Language, If-None-Match");
            resp.setStatus(204);
            return;
        }
        if (method.equals("POST")) {
            if (path.size() == 3 && path.get(0).equals("consultations") && path.get(2).equals("submissions")
                    && Paths.id(path.get(1)).isPresent()) {
                submit(req, resp, s, texts, Paths.id(path.get(1)).get());
            } else {
                error(req, resp, 405, "Use GET here; POST only to /api/v1/public/consultations/{id}/submissions", null);
            }
            return;
        }
        if (!method.equals("GET") && !method.equals("HEAD")) {
            resp.setHeader("Allow", "GET, HEAD, POST");
            error(req, resp, 405, "Method " + method + " is not allowed here", null);
            return;
        }
        Optional<String> body = s.cache().get("api|" + lang.id() + "|" + String.join("/", path),
                () -> get(path, s, lang).map(JsonViews::write));
        if (body.isEmpty()) {
            error(req, resp, 404, texts.t("error.notFound.text"), null);
            return;
        }
        Conditional.write(req, resp, 200, JSON, body.get(), s.maxAgeSeconds());
    }

    private Optional<Object> get(List<String> path, Settings s, Lang lang) {
        if (path.equals(List.of("plans"))) {
            return Optional.of(JsonViews.plans(s.branding().municipality(), content.plans()));
        }
        if (path.equals(List.of("consultations"))) {
            return Optional.of(JsonViews.consultations(content.consultations()));
        }
        if (path.size() == 2 && path.get(0).equals("plans")) {
            return Paths.id(path.get(1)).flatMap(id -> content.plan(id, lang.locale())).map(JsonViews::plan);
        }
        if (path.size() == 2 && path.get(0).equals("consultations")) {
            return Paths.id(path.get(1)).flatMap(id -> content.consultation(id, lang.locale())).map(JsonViews::consultation);
        }
        return Optional.empty();
    }

    private void submit(HttpServletRequest req, HttpServletResponse resp, Settings s, Texts texts, long id) throws IOException {
        if (content.consultation(id, texts.lang().locale()).isEmpty()) {
            error(req, resp, 404, texts.t("error.notFound.text"), null);
            return;
        }
        Optional<Duration> wait = s.limiter().attempt(req.getRemoteAddr());
        if (wait.isPresent()) {
            resp.setHeader("Retry-After", String.valueOf(wait.get().toSeconds()));
            error(req, resp, 429, texts.t("error.rate.text", String.valueOf(Math.max(1, wait.get().toMinutes() + 1))), null);
            return;
        }
        FormReader.Sent sent;
        try {
            sent = FormReader.read(req);
        } catch (FormReader.TooLarge e) {
            error(req, resp, 413, texts.t("form.tooLarge"), null);
            return;
        } catch (FormReader.BadJson e) {
            error(req, resp, 400, "The body is not a JSON object of the submission's fields", null);
            return;
        }
        SubmissionForm.Result checked = SubmissionForm.check(sent.fields(), sent.fileName(), sent.file());
        if (!checked.ok()) {
            Map<String, String> fields = new LinkedHashMap<>();
            checked.errors().forEach((f, key) -> fields.put(f, texts.t(key)));
            error(req, resp, 400, texts.t("form.errors"), fields);
            return;
        }
        try {
            Receipt r = content.submit(id, checked.submission());
            s.cache().clear();
            resp.setHeader("Location", "/api/v1/public/consultations/" + id);
            Conditional.write(req, resp, 201, JSON, JsonViews.write(JsonViews.receipt(r)), 0);
        } catch (NotFoundException e) {
            error(req, resp, 404, texts.t(e), null);
        } catch (InvalidInputException e) {
            Map<String, String> fields = new LinkedHashMap<>();
            e.fieldMessages().forEach((f, m) -> fields.put(f, texts.t(m)));
            error(req, resp, 400, texts.t(e), fields);
        }
    }

    private static void error(HttpServletRequest req, HttpServletResponse resp, int status, String message, Map<String, String> fields)
            throws IOException {
        Conditional.write(req, resp, status, JSON, JsonViews.write(JsonViews.error(status, message, fields)), 0);
    }
}
