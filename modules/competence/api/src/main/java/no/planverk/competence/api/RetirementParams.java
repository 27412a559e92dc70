package no.planverk.competence.api;


/**
 * Assumptions of a retirement projection: {@code years} ahead of the register year, the age at which staff are
 * expected to retire, and the yearly turnover rate (share of the remaining FTE that leaves for other reasons).
 */
public record RetirementParams(int years, int retirementAge, double turnoverRate) {

    public static final int MAX_YEARS = 40;

    /** This with each null replaced by the default's value, checked. */
    public static RetirementParams of(Integer years, Integer retirementAge, Double turnoverRate, RetirementParams defaults) {
        RetirementParams p = new RetirementParams(years == null ? defaults.years : years,
                retirementAge == null ? defaults.retirementAge : retirementAge, turnoverRate == null ? defaults.turnoverRate : turnoverRate);
        return p.validated();
    }

    public RetirementParams validated() {
        Problems errors = new Problems();
        if (years < 1 || years > MAX_YEARS) {
            errors.put("years", "competence.retirement.years", "From 1 to {0} years ahead", String.valueOf(MAX_YEARS));
        }
        if (retirementAge < 50 || retirementAge > 75) {
            errors.put("retirementAge", "competence.retirement.age", "A retirement age from 50 to 75");
        }
        if (Double.isNaN(turnoverRate) || turnoverRate < 0 || turnoverRate >= 1) {
            errors.put("turnoverRate", "competence.retirement.turnover", "A yearly rate from 0 to below 1 (8 % is 0.08)");
        }
        errors.throwIfAny("The projection");
        return this;
    }
}
