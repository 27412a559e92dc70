package no.planverk.platform.tabular;

/** The limits every import shares. */
public final class Tables {

    /** The largest file an import reads (the HTTP API's body limit too). */
    public static final int MAX_BYTES = 16 * 1024 * 1024;
    /** The most rows a file may have; more are refused with the line of the first one too many. */
    public static final int MAX_ROWS = 100_000;
    /** The most row errors listed; one more says that more follow. */
    public static final int MAX_ERRORS = 200;

    private Tables() {
    }
}
