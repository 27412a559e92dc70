package no.planverk.consultation.api;

import java.util.Arrays;
import java.util.Optional;

/** What is on consultation: a plan (the plan document) or its planning programme. */
public enum Subject {
    PLAN("plan"),
    PROGRAMME("programme");

    private final String id;

    Subject(String id) {
        this.id = id;
    }

    public String id() {
        return id;
    }

    public static Optional<Subject> parse(String text) {
        return text == null ? Optional.empty() : Arrays.stream(values())
                .filter(v -> v.id.equalsIgnoreCase(text.strip()) || v.name().equalsIgnoreCase(text.strip())).findFirst();
    }
}
