package no.planverk.measures.api;

/**
 * One line about a measure from another module: a label ("Frivillig innsats 2026"), its value ("312 timar,
 * 14 frivillige") and, optionally, the UI route where the details are ({@code volunteers/report}), or null.
 */
public record MeasureFact(String label, String value, String route) {
}
