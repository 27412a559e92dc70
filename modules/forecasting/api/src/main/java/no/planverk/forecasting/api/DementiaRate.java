package no.planverk.forecasting.api;

/** Dementia prevalence in an age band as a share of its population (0.05 = 5 %). */
public record DementiaRate(int ageFrom, int ageTo, double rate) {

    public DementiaRate {
        Bands.check("forecasting.band.dementia", "An age band of dementia rates needs 0 <= age_from <= age_to <= {0}, not {1}-{2}",
                ageFrom, ageTo);
        Bands.share("rate", rate);
    }
}
