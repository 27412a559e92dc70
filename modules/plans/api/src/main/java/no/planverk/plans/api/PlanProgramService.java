package no.planverk.plans.api;

import java.util.Optional;
import no.planverk.platform.api.UserContext;
import org.osgi.annotation.versioning.ProviderType;

/** The planprogram of a plan, saved as a whole. */
@ProviderType
public interface PlanProgramService {

    Optional<PlanProgram> find(long planId);

    /**
     * Saves the program; {@code program.version()} must be the stored one (0 for a plan without a program).
     * Validates dates (deadline not before the start, milestones in order) and text lengths.
     */
    PlanProgram save(PlanProgram program, UserContext by);
}
