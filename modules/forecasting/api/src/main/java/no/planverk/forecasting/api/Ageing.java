package no.planverk.forecasting.api;

/** How age-specific rates develop: as today (normal) or delayed by k years per year after t0. */
public enum Ageing {
    NORMAL, DELAYED
}
