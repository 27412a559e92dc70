package no.planverk.platform.core.internal.stats;

import java.net.URI;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.regex.Pattern;
import no.planverk.platform.api.InvalidInputException;
import no.planverk.platform.api.Message;

/**
 * The address of a table's data in PxWebApi v2: {@code <base>/<table>/data?lang=no&outputFormat=json-stat2}, then the
 * selection's parameters, each name and value encoded. The table id and the selection cannot reach another host or path.
 */
final class SsbAddress {

    private static final Pattern TABLE = Pattern.compile("[A-Za-z0-9_]{1,20}");
    static final int MAX_SELECTION = 4000;

    private SsbAddress() {
    }

    static URI of(String baseUrl, String table, String selection) {
        String id = table == null ? "" : table.strip();
        if (!TABLE.matcher(id).matches()) {
            throw InvalidInputException.field("table", Message.of("platform.ssb.table",
                    "A table is named by its number, such as 14288 or 12209, not ''{0}''", id));
        }
        StringBuilder url = new StringBuilder(base(baseUrl)).append('/').append(id).append("/data?lang=no&outputFormat=json-stat2");
        String sel = selection == null ? "" : selection.strip();
        if (sel.startsWith("?")) {
            sel = sel.substring(1);
        }
        if (sel.length() > MAX_SELECTION || sel.chars().anyMatch(c -> Character.isWhitespace(c) || Character.isISOControl(c) || c == '#')) {
            throw badSelection(sel);
        }
        for (String part : sel.split("&")) {
            if (part.isEmpty()) {
                continue;
            }
            int eq = part.indexOf('=');
            if (eq <= 0) {
                throw badSelection(part);
            }
            try {
                url.append('&').append(encode(part.substring(0, eq))).append('=').append(encode(part.substring(eq + 1)));
            } catch (IllegalArgumentException e) {
                throw badSelection(part);
            }
        }
        return URI.create(url.toString());
    }

    private static String base(String baseUrl) {
        String b = baseUrl == null ? "" : baseUrl.strip();
        while (b.endsWith("/")) {
            b = b.substring(0, b.length() - 1);
        }
        URI uri;
        try {
            uri = URI.create(b);
        } catch (IllegalArgumentException e) {
            uri = null;
        }
        if (uri == null || uri.getHost() == null || !("https".equals(uri.getScheme()) || "http".equals(uri.getScheme())) || uri.getQuery() != null) {
            throw new InvalidInputException(Message.of("platform.ssb.baseUrl",
                    "The address of SSB''s API in the settings is not a web address: ''{0}''", b));
        }
        return b;
    }

    /** Keeps SSB's own signs of a selection readable (* , [ ]) after percent-decoding on their side. */
    private static String encode(String s) {
        return URLEncoder.encode(java.net.URLDecoder.decode(s, StandardCharsets.UTF_8), StandardCharsets.UTF_8);
    }

    private static InvalidInputException badSelection(String part) {
        return InvalidInputException.field("selection", Message.of("platform.ssb.selection",
                "The selection is the API''s parameters joined by &, such as valueCodes[Region]=4631&valueCodes[Tid]=*, not ''{0}''",
                part));
    }
}
