package no.planverk.competence.api;

import java.util.List;
import org.osgi.annotation.versioning.ProviderType;

/** Retirement and recruitment projections; aggregates only, so everyone with a role reads them. */
@ProviderType
public interface RetirementService {

    /** The configured assumptions (etc/no.planverk.competence.cfg). */
    RetirementParams defaults();

    /** From the register year {@code year} (null = newest) of the unit and the units below it. */
    RetirementProjection project(long unitId, Integer year, RetirementParams params);

    /** True while the forecasting bridge is installed. */
    boolean forecastingInstalled();

    /** Saved forecast runs with FTE; empty without forecasting. */
    List<ForecastRun> forecastRuns();

    /** Forecast FTE need minus what is left of today's staff, per year from the register year to its horizon. */
    RecruitmentGap recruitmentGap(long unitId, Integer year, long runId, String scenario, GapBasis basis, RetirementParams params);
}
