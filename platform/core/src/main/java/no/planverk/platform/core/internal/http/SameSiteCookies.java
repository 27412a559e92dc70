package no.planverk.platform.core.internal.http;

import jakarta.servlet.ServletOutputStream;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpServletResponseWrapper;
import java.io.IOException;
import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Adds {@code SameSite=Lax} (and {@code Secure} over HTTPS) to the cookies of an answer just before it is
 * committed. Jetty sets the session cookie itself, past any wrapper, so the Set-Cookie headers are read and
 * rewritten when the body is first asked for, on a redirect or error, and after the chain.
 */
final class SameSiteCookies extends HttpServletResponseWrapper {

    private final boolean secure;

    SameSiteCookies(HttpServletResponse response, boolean secure) {
        super(response);
        this.secure = secure;
    }

    void fix() {
        HttpServletResponse resp = (HttpServletResponse) getResponse();
        if (resp.isCommitted()) {
            return;
        }
        List<String> cookies = new ArrayList<>(resp.getHeaders("Set-Cookie"));
        List<String> fixed = cookies.stream().map(c -> fixed(c, secure)).toList();
        if (fixed.equals(cookies)) {
            return;
        }
        for (int i = 0; i < fixed.size(); i++) {
            if (i == 0) {
                resp.setHeader("Set-Cookie", fixed.get(i));
            } else {
                resp.addHeader("Set-Cookie", fixed.get(i));
            }
        }
    }

    static String fixed(String cookie, boolean secure) {
        String lower = cookie.toLowerCase(Locale.ROOT);
        String out = cookie;
        if (!lower.contains("samesite=")) {
            out += "; SameSite=Lax";
        }
        if (secure && !lower.matches("(?s).*;\\s*secure\\s*(;.*)?")) {
            out += "; Secure";
        }
        return out;
    }

    @Override
    public ServletOutputStream getOutputStream() throws IOException {
        fix();
        return super.getOutputStream();
    }

    @Override
    public PrintWriter getWriter() throws IOException {
        fix();
        return super.getWriter();
    }

    @Override
    public void flushBuffer() throws IOException {
        fix();
        super.flushBuffer();
    }

    @Override
    public void sendRedirect(String location) throws IOException {
        fix();
        super.sendRedirect(location);
    }

    @Override
    public void sendError(int sc, String msg) throws IOException {
        fix();
        super.sendError(sc, msg);
    }

    @Override
    public void sendError(int sc) throws IOException {
        fix();
        super.sendError(sc);
    }
}
