package no.planverk.competence.api;

import java.util.Arrays;
import java.util.Optional;

/** A figure to hold full-time culture against: the municipality's own target, or a national reference (e.g. from KS). */
public enum BenchmarkKind {
    TARGET("target"), NATIONAL("national");

    private final String id;

    BenchmarkKind(String id) {
        this.id = id;
    }

    public String id() {
        return id;
    }

    public static Optional<BenchmarkKind> parse(String text) {
        return Arrays.stream(values()).filter(k -> k.id.equalsIgnoreCase(text == null ? "" : text.strip())).findFirst();
    }
}
