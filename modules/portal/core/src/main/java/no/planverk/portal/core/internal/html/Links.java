package no.planverk.portal.core.internal.html;

import no.planverk.portal.core.internal.Lang;

/**
 * The portal's addresses. When the reader chose a language with {@code ?lang=}, every link carries it on, so the
 * choice holds from page to page without a cookie or a session.
 */
public record Links(Lang chosen) {

    public static final String ROOT = "/public";

    public String home() {
        return with(ROOT + "/");
    }

    public String plan(long id) {
        return with(ROOT + "/plans/" + id);
    }

    public String consultations() {
        return with(ROOT + "/consultations");
    }

    public String consultation(long id) {
        return with(ROOT + "/consultations/" + id);
    }

    public String submit(long id) {
        return with(ROOT + "/consultations/" + id + "/submissions");
    }

    public String receipt(long id, int number) {
        return with(ROOT + "/consultations/" + id + "/receipt/" + number);
    }

    /** The same page in another language. */
    public static String in(String path, Lang lang) {
        return path + "?lang=" + lang.id();
    }

    private String with(String path) {
        return chosen == null ? path : in(path, chosen);
    }
}
