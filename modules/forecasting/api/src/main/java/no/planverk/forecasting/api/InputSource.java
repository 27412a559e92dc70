package no.planverk.forecasting.api;

/**
 * Where a stored input came from when it was not Planverk's own CSV: the file's format ({@code json-stat2} or
 * {@code pxweb-csv}), SSB's table number and title, the region and the alternative (series) chosen from it, and the
 * time SSB last updated the table as the file says it (as written there; null when the file does not say).
 */
public record InputSource(String format, String table, String title, String region, String series, String updated) {

    public static final String JSON_STAT = "json-stat2";
    public static final String PXWEB_CSV = "pxweb-csv";
}
