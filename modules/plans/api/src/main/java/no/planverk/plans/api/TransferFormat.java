package no.planverk.plans.api;

import java.util.Optional;

/** File formats for import and export. */
public enum TransferFormat {
    CSV, JSON;

    public static Optional<TransferFormat> parse(String text) {
        for (TransferFormat f : values()) {
            if (f.name().equalsIgnoreCase(text == null ? "" : text.trim())) {
                return Optional.of(f);
            }
        }
        return Optional.empty();
    }
}
