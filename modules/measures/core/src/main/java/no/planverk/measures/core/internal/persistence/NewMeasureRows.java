package no.planverk.measures.core.internal.persistence;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import javax.persistence.EntityManager;
import javax.persistence.PersistenceException;
import no.planverk.platform.persistence.api.JdbcRows;
import no.planverk.measures.api.MeasureDraft;
import no.planverk.measures.api.YearAmount;

/**
 * An import's new measures, links and years written in JDBC batches on the import's own connection (issue 18), not
 * as managed entities: EclipseLink's per-entity work (registering, change sets, commit order, merging into its cache)
 * was a third of the import thread. The rows are the ones persist writes (version 1, status planned), and each id
 * comes from the entity's own TABLE generator through EclipseLink's sequencing, as at persist. Every id is taken
 * before {@link #insert} asks for the connection, because asking opens the database transaction and an id block
 * taken inside it would hold the id rows locked until the import commits.
 */
final class NewMeasureRows {

    private final EntityManager em;
    private final org.eclipse.persistence.sessions.Session ids;
    private final List<Object[]> measures = new ArrayList<>();
    private final List<Object[]> links = new ArrayList<>();
    private final List<Object[]> years = new ArrayList<>();

    NewMeasureRows(EntityManager em) {
        this.em = em;
        this.ids = em.unwrap(org.eclipse.persistence.sessions.Session.class);
    }

    /** A new measure with its links and years; takes their ids now. */
    void add(MeasureDraft d) {
        MeasureEntity e = new MeasureEntity(d, null);
        long id = next(MeasureEntity.class);
        measures.add(e.insertValues(id));
        int pos = 0;
        for (Long goal : d.goalIds()) {
            link(id, MeasureLinkEntity.GOAL, goal, pos++);
        }
        for (Long unit : d.unitIds()) {
            link(id, MeasureLinkEntity.UNIT, unit, pos++);
        }
        for (YearAmount y : d.years()) {
            years.add(MeasureYearEntity.insertValues(next(MeasureYearEntity.class), id, y));
        }
    }

    private void link(long measureId, String kind, long target, int pos) {
        links.add(MeasureLinkEntity.insertValues(next(MeasureLinkEntity.class), measureId, kind, target, pos));
    }

    /** The next id of this entity's TABLE generator, as persist would take it. */
    private long next(Class<?> entity) {
        return ids.getNextSequenceNumberValue(entity).longValue();
    }

    /** Writes the rows on the transaction's connection; call after the last id is taken. */
    void insert() {
        if (measures.isEmpty()) {
            return;
        }
        Connection c = em.unwrap(Connection.class);
        try {
            JdbcRows.insert(c, MeasureEntity.INSERT, measures);
            JdbcRows.insert(c, MeasureLinkEntity.INSERT, links);
            JdbcRows.insert(c, MeasureYearEntity.INSERT, years);
        } catch (SQLException ex) {
            throw new PersistenceException(ex);
        }
    }
}
