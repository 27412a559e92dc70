package no.planverk.portal.core.internal.http;

import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.time.Duration;
import java.util.HashMap;
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
import no.planverk.portal.core.internal.content.ConsultationDetail;
import no.planverk.portal.core.internal.content.PortalContent;
import no.planverk.portal.core.internal.content.Receipt;
import no.planverk.portal.core.internal.html.ConsultationPages;
import no.planverk.portal.core.internal.html.Links;
import no.planverk.portal.core.internal.html.PlanPages;
import no.planverk.portal.core.internal.html.Styles;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ReferenceCardinality;
import org.osgi.service.component.annotations.ReferencePolicy;
import org.osgi.service.servlet.whiteboard.propertytypes.HttpWhiteboardContextSelect;
import org.osgi.service.servlet.whiteboard.propertytypes.HttpWhiteboardServletMultipart;
import org.osgi.service.servlet.whiteboard.propertytypes.HttpWhiteboardServletPattern;

/**
 * The portal's pages under {@code /public/}: server-rendered HTML, no login and no HTTP session (nothing here asks the
 * container for one, so no cookie is set). Its pattern is longer than the Vaadin servlet's {@code /*} in the same
 * context, so the whiteboard sends only these paths here and Vaadin never sees a portal visitor.
 */
@Component(service = jakarta.servlet.Servlet.class)
@HttpWhiteboardServletPattern("/public/*")
@HttpWhiteboardContextSelect("(osgi.http.whiteboard.context.name=planverk-ui)")
@HttpWhiteboardServletMultipart(enabled = true, maxFileSize = SubmissionForm.FILE_MAX + 1024, maxRequestSize = SubmissionForm.REQUEST_MAX)
public class PortalServlet extends HttpServlet {

    private static final long serialVersionUID = 1L;
    private static final String HTML = "text/html;charset=UTF-8";

    private final transient PortalContent content;
    private final transient Supplier<Settings> settings;
    private transient volatile Translator translator;

    @Activate
    public PortalServlet(@Reference PortalContent content, @Reference PortalSettings settings) {
        this(content, settings::get);
    }

    /** For tests; package-private, so DS does not try it as a second constructor and log an error. */
    PortalServlet(PortalContent content, Supplier<Settings> settings) {
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
        Optional<Lang> chosen = Lang.parse(req.getParameter("lang"));
        Lang lang = chosen.orElseGet(() -> Lang.accepted(req.getHeader("Accept-Language")).orElse(s.language()));
        View v = new View(req, resp, s, new Texts(lang, translator), new Links(chosen.orElse(null)));
        List<String> path = Paths.segments(req.getPathInfo());
        String method = req.getMethod();
        if (req.getPathInfo() == null) {
            resp.sendRedirect(Links.ROOT + "/" + (req.getQueryString() == null ? "" : "?" + req.getQueryString()));
            return;
        }
        if (method.equals("POST") && path.size() == 3 && path.get(0).equals("consultations") && path.get(2).equals("submissions")) {
            Optional<Long> id = Paths.id(path.get(1));
            if (id.isPresent()) {
                submit(v, id.get());
                return;
            }
        }
        if (!method.equals("GET") && !method.equals("HEAD")) {
            resp.setHeader("Allow", "GET, HEAD");
            v.page(405, ConsultationPages.message(v.texts, s.branding(), v.links, Links.ROOT + "/", v.texts.t("error.notFound"),
                    v.texts.t("error.notFound.text")));
            return;
        }
        get(v, path);
    }

    private void get(View v, List<String> path) throws IOException {
        Settings s = v.settings;
        if (path.isEmpty() || path.equals(List.of("plans"))) {
            cached(v, "home", () -> Optional.of(PlanPages.home(v.texts, s.branding(), v.links, content.plans(),
                    content.consultations().stream().filter(c -> c.open()).toList()))).ifPresent(p -> v.page(200, p));
        } else if (path.equals(List.of("portal.css"))) {
            Conditional.write(v.req, v.resp, 200, "text/css;charset=UTF-8", Styles.css(s.branding()), 3600);
        } else if (path.equals(List.of("logo")) && s.logo() != null) {
            logo(v);
        } else if (path.size() == 2 && path.get(0).equals("plans")) {
            Optional<String> page = Paths.id(path.get(1)).flatMap(id -> cached(v, "plan/" + id, () -> content.plan(id, v.texts.lang().locale())
                    .map(d -> PlanPages.plan(v.texts, s.branding(), v.links, d, content.hasMeasures()))));
            page.ifPresentOrElse(p -> v.page(200, p), () -> notFound(v));
        } else if (path.equals(List.of("consultations"))) {
            cached(v, "consultations", () -> Optional.of(ConsultationPages.list(v.texts, s.branding(), v.links, content.consultations())))
                    .ifPresent(p -> v.page(200, p));
        } else if (path.size() == 2 && path.get(0).equals("consultations")) {
            Optional<String> page = Paths.id(path.get(1)).flatMap(id -> cached(v, "consultation/" + id,
                    () -> content.consultation(id, v.texts.lang().locale())
                            .map(d -> ConsultationPages.detail(v.texts, s.branding(), v.links, d, Map.of(), Map.of()))));
            page.ifPresentOrElse(p -> v.page(200, p), () -> notFound(v));
        } else if (path.size() == 4 && path.get(0).equals("consultations") && path.get(2).equals("receipt")) {
            receipt(v, Paths.id(path.get(1)), Paths.id(path.get(3)));
        } else {
            notFound(v);
        }
    }

    /** A page from the cache: by language, by whether links carry ?lang=, and by what it shows. */
    private static Optional<String> cached(View v, String what, Supplier<Optional<String>> build) {
        String key = v.texts.lang().id() + (v.links.chosen() == null ? "|" : "|lang|") + what;
        return v.settings.cache().get(key, build);
    }

    private void submit(View v, long id) throws IOException {
        Settings s = v.settings;
        Optional<ConsultationDetail> detail = content.consultation(id, v.texts.lang().locale());
        if (detail.isEmpty()) {
            notFound(v);
            return;
        }
        Optional<Duration> wait = s.limiter().attempt(v.req.getRemoteAddr());
        if (wait.isPresent()) {
            v.resp.setHeader("Retry-After", String.valueOf(wait.get().toSeconds()));
            v.page(429, ConsultationPages.message(v.texts, s.branding(), v.links, Links.ROOT + "/consultations/" + id,
                    v.texts.t("error.rate"), v.texts.t("error.rate.text", String.valueOf(Math.max(1, wait.get().toMinutes() + 1)))));
            return;
        }
        FormReader.Sent sent;
        try {
            sent = FormReader.read(v.req);
        } catch (FormReader.TooLarge | FormReader.BadJson e) {
            v.page(413, ConsultationPages.detail(v.texts, s.branding(), v.links, detail.get(), Map.of(), Map.of("form", "form.tooLarge")));
            return;
        }
        SubmissionForm.Result checked = SubmissionForm.check(sent.fields(), sent.fileName(), sent.file());
        if (!checked.ok()) {
            v.page(400, ConsultationPages.detail(v.texts, s.branding(), v.links, detail.get(), kept(sent.fields()), checked.errors()));
            return;
        }
        try {
            Receipt r = content.submit(id, checked.submission());
            s.cache().clear(); // the consultation's count of submissions changed
            v.resp.setHeader("Cache-Control", "no-store");
            // 303: the browser fetches the receipt with GET, so reloading it does not send the innspel again
            v.resp.setStatus(303);
            v.resp.setHeader("Location", v.links.receipt(id, r.number()));
        } catch (NotFoundException e) {
            notFound(v);
        } catch (InvalidInputException e) {
            // the consultation's own reason (closed, a field refused) in the reader's language
            v.page(400, ConsultationPages.message(v.texts, s.branding(), v.links, Links.ROOT + "/consultations/" + id,
                    v.texts.t("form.refused"), v.texts.t(e)));
        }
    }

    private void receipt(View v, Optional<Long> id, Optional<Long> number) {
        Optional<ConsultationDetail> d = id.flatMap(i -> content.consultation(i, v.texts.lang().locale()));
        if (d.isEmpty() || number.isEmpty() || number.get() < 1 || number.get() > d.get().consultation().submissions()) {
            notFound(v);
            return;
        }
        v.page(200, ConsultationPages.receipt(v.texts, v.settings.branding(), v.links, d.get().consultation(), number.get().intValue()));
    }

    private void logo(View v) throws IOException {
        byte[] logo = v.settings.logo();
        String etag = Conditional.etag(logo);
        v.resp.setHeader("ETag", etag);
        v.resp.setHeader("Cache-Control", "public, max-age=3600");
        if (Conditional.matches(v.req.getHeader("If-None-Match"), etag)) {
            v.resp.setStatus(304);
            return;
        }
        String file = v.settings.branding().logoFile().toLowerCase(java.util.Locale.ROOT);
        v.resp.setContentType(file.endsWith(".svg") ? "image/svg+xml" : file.endsWith(".png") ? "image/png" : "image/jpeg");
        v.resp.setContentLength(logo.length);
        v.resp.getOutputStream().write(logo);
    }

    private void notFound(View v) {
        v.page(404, ConsultationPages.message(v.texts, v.settings.branding(), v.links, Links.ROOT + "/", v.texts.t("error.notFound"),
                v.texts.t("error.notFound.text")));
    }

    /** What the form keeps after an error: the text fields, never the file. */
    private static Map<String, String> kept(Map<String, String> fields) {
        Map<String, String> kept = new HashMap<>();
        for (String f : SubmissionForm.FIELDS) {
            if (fields.get(f) != null && !f.equals("attachment")) {
                kept.put(f, fields.get(f));
            }
        }
        return kept;
    }

    /** One request's answer: its settings, texts and links. */
    private record View(HttpServletRequest req, HttpServletResponse resp, Settings settings, Texts texts, Links links) {

        void page(int status, String html) {
            try {
                resp.setHeader("Content-Language", texts.lang().id());
                Conditional.write(req, resp, status, HTML, html, settings.maxAgeSeconds());
            } catch (IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
        }
    }
}
