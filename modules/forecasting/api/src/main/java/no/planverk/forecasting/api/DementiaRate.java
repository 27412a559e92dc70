package no.planverk.forecasting.api;

/** Dementia prevalence in an age band as a share of its population (0.05 = 5 %). */
public record DementiaRate(int ageFrom, int ageTo, double rate) {

    public DementiaRate {
        Bands.check("dementia rates", ageFrom, ageTo);
        Bands.share("rate", rate);
    }
}
