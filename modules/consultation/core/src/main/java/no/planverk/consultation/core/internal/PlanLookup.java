package no.planverk.consultation.core.internal;

import java.time.LocalDate;
import java.util.Optional;

/** What consultations need of the plans module: whether a plan exists, its title, and the day it was adopted. */
public interface PlanLookup {

    /** The plan's code and title ("KDP-HO Kommunedelplan helse og omsorg"), empty when there is no such plan. */
    Optional<String> title(long planId);

    /** The day the plan was adopted (its decision date once in force), empty while it is not. */
    Optional<LocalDate> adoptedOn(long planId);
}
