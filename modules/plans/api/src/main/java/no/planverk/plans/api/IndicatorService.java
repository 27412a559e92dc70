package no.planverk.plans.api;

import java.util.List;
import no.planverk.platform.api.UserContext;
import org.osgi.annotation.versioning.ProviderType;

/** Indicators of measurable goals. Edits need edit rights on the goal's plan. */
@ProviderType
public interface IndicatorService {

    java.util.Optional<Indicator> find(long id);

    List<Indicator> forGoal(long goalId);

    /** Every indicator of every goal of the plan. */
    List<Indicator> forPlan(long planId);

    Indicator create(IndicatorDraft draft, UserContext by);

    Indicator update(long id, long version, IndicatorDraft draft, UserContext by);

    void delete(long id, long version, UserContext by);

    /**
     * Reads the actual values by year from an SSB table file (JSON-stat 2.0 or PxWeb CSV, told apart by content) and
     * stores them, each with the indicator's source and today's date: years not there before are added, years with
     * another value changed, the others left. {@code choices} pick one category of a dimension with several
     * ({@code region}, {@code contents}, or the dimension's id); the indicator's source gives the rest.
     */
    IndicatorImport importActuals(long id, long version, byte[] file, java.util.Map<String, String> choices, UserContext by);

    /** True when the server may fetch tables from SSB (the platform's setting {@code etc/no.planverk.ssb.cfg}). */
    boolean fetchEnabled();

    /**
     * Fetches the indicator's SSB table straight from SSB (its source's table, with the contents code, region and fixed
     * categories as the selection, all years) and imports it as {@link #importActuals} does with no further choices.
     * Administrators only, checked before anything else; every fetch is audited, also one that fails.
     *
     * @throws no.planverk.platform.api.AccessDeniedException for anyone but an administrator
     * @throws no.planverk.platform.api.InvalidInputException when fetching is off, the source names no table, or the
     *         answer is refused as a file would be
     * @throws no.planverk.platform.api.stats.StatisticsUnavailableException when SSB cannot be reached or answers with an error
     */
    IndicatorImport fetchActuals(long id, long version, UserContext by);
}
