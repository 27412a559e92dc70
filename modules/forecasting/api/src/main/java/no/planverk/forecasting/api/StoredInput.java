package no.planverk.forecasting.api;

/** A stored input with its content as canonical CSV (comma separated, UTF-8, header row). */
public record StoredInput(InputInfo info, String csv) {
}
