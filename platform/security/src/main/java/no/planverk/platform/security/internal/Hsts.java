package no.planverk.platform.security.internal;

import jakarta.servlet.Filter;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletRequest;
import jakarta.servlet.ServletResponse;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Map;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.servlet.whiteboard.propertytypes.HttpWhiteboardContextSelect;
import org.osgi.service.servlet.whiteboard.propertytypes.HttpWhiteboardFilterPattern;

/**
 * Strict-Transport-Security on every answer that went over HTTPS, so a browser that has seen Planverk over HTTPS
 * never falls back to plain HTTP. "Over HTTPS" is Jetty's view of the request: TLS on Jetty's own port, or, behind
 * a proxy, X-Forwarded-Proto once Felix HTTP trusts forwarded headers (docs/https.md). Browsers ignore the header
 * over plain HTTP, so it is not sent there. etc/no.planverk.security.cfg: {@code hstsMaxAge} in seconds (0: off),
 * {@code hstsIncludeSubDomains}.
 */
@Component(service = Filter.class, configurationPid = "no.planverk.security")
@HttpWhiteboardFilterPattern("/*")
@HttpWhiteboardContextSelect("(osgi.http.whiteboard.context.name=*)")
public class Hsts implements Filter {

    static final long ONE_YEAR = 31_536_000L;

    private final String value;

    @Activate
    public Hsts(Map<String, Object> config) {
        long maxAge = number(config.get("hstsMaxAge"), ONE_YEAR);
        boolean subDomains = Boolean.parseBoolean(String.valueOf(config.get("hstsIncludeSubDomains")).strip());
        this.value = maxAge <= 0 ? null : "max-age=" + maxAge + (subDomains ? "; includeSubDomains" : "");
    }

    private static long number(Object value, long otherwise) {
        return value == null || value.toString().isBlank() ? otherwise : Long.parseLong(value.toString().strip());
    }

    @Override
    public void doFilter(ServletRequest request, ServletResponse response, FilterChain chain) throws IOException, ServletException {
        if (value != null && request.isSecure() && response instanceof HttpServletResponse http) {
            http.setHeader("Strict-Transport-Security", value);
        }
        chain.doFilter(request, response);
    }
}
