package no.planverk.plans.api;

/** Whether the latest actual value is on the straight line from baseline to target, or better. */
public enum IndicatorStatus {
    ON_TRACK, OFF_TRACK, NO_DATA
}
