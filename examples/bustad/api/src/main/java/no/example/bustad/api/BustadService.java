package no.example.bustad.api;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import no.planverk.platform.api.UserContext;
import org.osgi.annotation.versioning.ProviderType;

/**
 * The housing waiting list. Every role reads it; coordinators (and admins) add and change positions, and every change
 * is written to Planverk's audit trail.
 */
@ProviderType
public interface BustadService {

    /**
     * Positions by step, unit and then queue order (earliest listed first).
     *
     * @param status only this status, or all when null
     * @param unitId only this unit, or all when null
     */
    List<WaitingEntry> list(EntryStatus status, Long unitId);

    Optional<WaitingEntry> find(long id);

    /**
     * @throws no.planverk.platform.api.InvalidInputException  when the unit is unknown, the reference is in use, the day is
     *                                                         in the future, or a new position is not waiting
     * @throws no.planverk.platform.api.AccessDeniedException for users who are not coordinators
     */
    WaitingEntry create(EntryDraft draft, UserContext by);

    /**
     * Changes a position, including its status along {@link EntryStatus#next()}.
     *
     * @throws no.planverk.platform.api.StaleVersionException when {@code version} is not the stored one
     * @throws no.planverk.platform.api.NotFoundException      when there is no such position
     */
    WaitingEntry update(long id, long version, EntryDraft draft, UserContext by);

    /** How many positions wait, per step (every step, 0 when none). */
    Map<HousingStep, Long> waitingByStep();
}
