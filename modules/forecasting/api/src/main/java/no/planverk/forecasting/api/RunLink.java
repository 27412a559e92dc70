package no.planverk.forecasting.api;

/**
 * A saved run cited by something of another module: {@code kind} is "goal" or "measure", {@code targetId} its
 * id; {@code label} (e.g. "3.3.1 Fleire skal bu heime") and {@code route} (its UI route) are filled in when read.
 */
public record RunLink(String kind, long targetId, String label, String route) {

    public RunLink(String kind, long targetId) {
        this(kind, targetId, null, null);
    }
}
