package no.planverk.plans.api;

import java.util.Optional;

/**
 * What a CSV file holds: plans (one row per plan) or goals (one row per goal, the goal table). A JSON
 * file holds plans with their goal trees, indicators and planprogram, so its kind is {@link #ALL}.
 */
public enum TransferKind {
    PLANS, GOALS, ALL;

    public static Optional<TransferKind> parse(String text) {
        for (TransferKind k : values()) {
            if (k.name().equalsIgnoreCase(text == null ? "" : text.trim())) {
                return Optional.of(k);
            }
        }
        return Optional.empty();
    }
}
