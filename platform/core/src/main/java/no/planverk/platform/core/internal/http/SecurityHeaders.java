package no.planverk.platform.core.internal.http;

import jakarta.servlet.Filter;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletRequest;
import jakarta.servlet.ServletResponse;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Map;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Modified;
import org.osgi.service.servlet.whiteboard.propertytypes.HttpWhiteboardContextSelect;
import org.osgi.service.servlet.whiteboard.propertytypes.HttpWhiteboardFilterPattern;

/**
 * Security headers on every answer of the UI (at /) and the API (at /api): no MIME sniffing, no referrer to other
 * sites, no camera, microphone or location, and for the UI a Content-Security-Policy that lets only this site frame
 * it. Cookies (the session's) get {@code SameSite=Lax}, and {@code Secure} when the request came over HTTPS or a
 * proxy says so with {@code X-Forwarded-Proto: https}.
 */
@Component(service = Filter.class, configurationPid = "no.planverk.security")
@HttpWhiteboardFilterPattern("/*")
@HttpWhiteboardContextSelect("(|(osgi.http.whiteboard.context.name=planverk-ui)(osgi.http.whiteboard.context.name=" + ApiContext.NAME + "))")
public class SecurityHeaders implements Filter {

    /**
     * Vaadin 24 in production mode: its bundle and Flow's client need inline scripts and eval (Flow runs
     * {@code executeJs} through {@code new Function}), and Lumo sets inline styles. Everything else comes from this site.
     */
    static final String UI_POLICY = "default-src 'self'; script-src 'self' 'unsafe-inline' 'unsafe-eval'; "
            + "style-src 'self' 'unsafe-inline'; img-src 'self' data: blob:; font-src 'self' data:; connect-src 'self'; "
            + "object-src 'none'; base-uri 'self'; form-action 'self'; frame-ancestors 'self'";
    static final String PERMISSIONS = "camera=(), microphone=(), geolocation=(), payment=(), usb=(), interest-cohort=()";

    private volatile String policy;

    /** {@code contentSecurityPolicy} in etc/no.planverk.security.cfg replaces the UI's policy. */
    @Activate
    public SecurityHeaders(Map<String, Object> config) {
        modified(config);
    }

    /**
     * A changed configuration is taken in place: registering the filter again would make the whiteboard start the
     * UI's servlet again, which Vaadin refuses (its lookup is set once per servlet context).
     */
    @Modified
    void modified(Map<String, Object> config) {
        Object p = config.get("contentSecurityPolicy");
        policy = p == null || p.toString().isBlank() ? UI_POLICY : p.toString().strip();
    }

    @Override
    public void doFilter(ServletRequest request, ServletResponse response, FilterChain chain) throws IOException, ServletException {
        if (!(request instanceof HttpServletRequest req) || !(response instanceof HttpServletResponse resp)) {
            chain.doFilter(request, response);
            return;
        }
        resp.setHeader("X-Content-Type-Options", "nosniff");
        resp.setHeader("Referrer-Policy", "same-origin");
        resp.setHeader("Permissions-Policy", PERMISSIONS);
        if (!isApi(req)) {
            resp.setHeader("Content-Security-Policy", policy);
            resp.setHeader("X-Frame-Options", "SAMEORIGIN");
        }
        SameSiteCookies wrapped = new SameSiteCookies(resp, secure(req));
        chain.doFilter(request, wrapped);
        wrapped.fix();
    }

    /** The API answers JSON and downloads; a page policy there would only stop browsers showing a PDF. */
    private static boolean isApi(HttpServletRequest req) {
        String uri = req.getRequestURI();
        return uri != null && (uri.equals("/api") || uri.startsWith("/api/"));
    }

    static boolean secure(HttpServletRequest req) {
        String proto = req.getHeader("X-Forwarded-Proto");
        return req.isSecure() || proto != null && proto.trim().toLowerCase(java.util.Locale.ROOT).startsWith("https");
    }
}
