package no.planverk.plans.core.internal.persistence;

import java.sql.Connection;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import javax.persistence.EntityManager;
import javax.persistence.PersistenceException;
import no.planverk.platform.persistence.api.JdbcRows;

/**
 * An import's new plans and their first status events, written in JDBC batches on the import's own connection
 * (issue 18), not as managed entities: EclipseLink's per-entity work (registering, change sets, commit order, merging
 * into its cache) was about a third of the import thread. The plans stay plain objects while the import links them
 * (parents, successors, goals) and are written as they are at the end, as persist would write them (version 1). Each
 * id comes from the entity's own TABLE generator through EclipseLink's sequencing, as at persist, and all are taken
 * before {@link #insert} asks for the connection: asking opens the database transaction, and an id block taken inside
 * it would hold the id rows locked until the import commits.
 */
public final class NewPlanRows {

    private final EntityManager em;
    private final org.eclipse.persistence.sessions.Session ids;
    private final List<PlanEntity> plans = new ArrayList<>();
    private final List<Object[]> events = new ArrayList<>();

    public NewPlanRows(EntityManager em) {
        this.em = em;
        this.ids = em.unwrap(org.eclipse.persistence.sessions.Session.class);
    }

    /** A new plan: gets its id now, written by {@link #insert} with what it holds then. */
    public void add(PlanEntity plan) {
        plan.newId(next(PlanEntity.class));
        plans.add(plan);
    }

    /** A status event of a new plan. */
    public void add(StatusEventEntity event) {
        events.add(event.insertValues(next(StatusEventEntity.class)));
    }

    private long next(Class<?> entity) {
        return ids.getNextSequenceNumberValue(entity).longValue();
    }

    /** Writes the plans and events on the transaction's connection; call after the last id of the import is taken. */
    public void insert() {
        if (plans.isEmpty() && events.isEmpty()) {
            return;
        }
        Connection c = em.unwrap(Connection.class);
        try {
            JdbcRows.insert(c, PlanEntity.INSERT, plans.stream().map(PlanEntity::insertValues).toList());
            JdbcRows.insert(c, StatusEventEntity.INSERT, events);
        } catch (SQLException ex) {
            throw new PersistenceException(ex);
        }
    }

    static java.sql.Date date(LocalDate d) {
        return d == null ? null : java.sql.Date.valueOf(d);
    }
}
