package no.planverk.plans.api.document;

import java.util.Arrays;
import java.util.Optional;

/** Whose document: the plan itself or its planning programme (planprogram). */
public enum DocumentKind {
    PLAN("plan"),
    PROGRAM("program");

    private final String id;

    DocumentKind(String id) {
        this.id = id;
    }

    public String id() {
        return id;
    }

    public static Optional<DocumentKind> parse(String text) {
        if (text == null) {
            return Optional.empty();
        }
        String t = text.strip();
        return Arrays.stream(values()).filter(k -> k.id.equalsIgnoreCase(t) || k.name().equalsIgnoreCase(t)).findFirst();
    }
}
