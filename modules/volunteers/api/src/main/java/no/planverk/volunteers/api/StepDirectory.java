package no.planverk.volunteers.api;

import java.util.List;
import org.osgi.annotation.versioning.ConsumerType;

/**
 * The municipality's activity and mastery staircase as reference data for the volunteers' steps 1..4. Registered by
 * the bridge bundle installed with the forecasting module (over its staircase service); without it the steps keep
 * their plain labels ("Trinn 1").
 */
@ConsumerType
public interface StepDirectory {

    /** For each category 1..4 that has steps, the names of its steps, bottom up. */
    List<StepLabel> steps();
}
