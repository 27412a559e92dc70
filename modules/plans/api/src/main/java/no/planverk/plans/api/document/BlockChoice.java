package no.planverk.plans.api.document;

/** One thing a block of a type can show: its parameter (for example a goal or run id) and a label for the picker. */
public record BlockChoice(String param, String label) {
}
