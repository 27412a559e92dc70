package no.planverk.forecasting.api;

import java.time.LocalDateTime;

/**
 * A stored input: its name, how many data rows it has, a short summary (e.g. "2020–2050, ages 0–90+") and who
 * changed it last (UTC). {@code version} guards against lost updates. {@code source} says which SSB table, region and
 * alternative it was read from (null for Planverk's own CSV).
 */
public record InputInfo(long id, InputKind kind, String name, String description, int rows, String summary,
        LocalDateTime updated, String updatedBy, long version, InputSource source) {

    /** An input from Planverk's own CSV (the constructor of API 1.1). */
    public InputInfo(long id, InputKind kind, String name, String description, int rows, String summary, LocalDateTime updated,
            String updatedBy, long version) {
        this(id, kind, name, description, rows, summary, updated, updatedBy, version, null);
    }
}
