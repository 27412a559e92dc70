package no.planverk.platform.persistence.api;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.sql.SQLException;
import javax.persistence.OptimisticLockException;
import javax.persistence.PersistenceException;
import no.planverk.platform.api.PlanverkException;
import no.planverk.platform.api.StaleVersionException;
import org.junit.jupiter.api.Test;

/** What a failed write becomes: a lost update is a 409, a refused disk a clear 503, anything else stays as it is. */
class JpaWorkTest {

    @Test
    void aFullDiskOrReadOnlyDirectorySaysSoAndThatNothingWasSaved() {
        RuntimeException full = new PersistenceException(new SQLException("Page could not be written", "XSDG1"));
        RuntimeException t = JpaWork.translate(full, "Measure", 7);
        assertEquals(PlanverkException.class, t.getClass());
        assertTrue(t.getMessage().startsWith("The database could not save this change (Measure): the disk refused the write (Derby XSDG1)."
                + " Nothing of it was saved."), t.getMessage());
        RuntimeException ro = new IllegalStateException(new IOException("Read-only file system"));
        assertTrue(JpaWork.translate(ro, "Plan", 1).getMessage().contains("the data directory is read-only"));
        SQLException chained = new SQLException("Java exception", "XJ001");
        chained.setNextException(new SQLException("log", "XSLA4"));
        assertTrue(JpaWork.translate(new PersistenceException(chained), "Plan", 1).getMessage().contains("Derby XSLA4"));
    }

    @Test
    void otherFailuresStayAsTheyAre() {
        RuntimeException other = new PersistenceException(new SQLException("duplicate key", "23505"));
        assertSame(other, JpaWork.translate(other, "Plan", 1));
        assertEquals(StaleVersionException.class, JpaWork.translate(new PersistenceException(new OptimisticLockException()), "Plan", 1)
                .getClass());
    }
}
