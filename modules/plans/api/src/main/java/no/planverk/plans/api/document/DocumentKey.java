package no.planverk.plans.api.document;

import java.util.Objects;

/** A document: the plan it belongs to and whether it is the plan's own text or its planning programme. */
public record DocumentKey(long planId, DocumentKind kind) {

    public DocumentKey {
        Objects.requireNonNull(kind, "kind");
    }

    public static DocumentKey plan(long planId) {
        return new DocumentKey(planId, DocumentKind.PLAN);
    }

    public static DocumentKey program(long planId) {
        return new DocumentKey(planId, DocumentKind.PROGRAM);
    }
}
