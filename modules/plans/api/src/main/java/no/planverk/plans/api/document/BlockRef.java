package no.planverk.plans.api.document;

/** A block as it stands in a section's text: its type and its parameter (may be empty). */
public record BlockRef(String type, String param) {

    public BlockRef {
        param = param == null ? "" : param;
    }
}
