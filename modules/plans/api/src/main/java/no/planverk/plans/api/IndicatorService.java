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
}
