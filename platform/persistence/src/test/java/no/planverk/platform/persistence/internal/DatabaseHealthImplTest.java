package no.planverk.platform.persistence.internal;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.UUID;
import no.planverk.platform.api.DatabaseStatus;
import org.apache.derby.jdbc.EmbeddedDataSource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DatabaseHealthImplTest {

    @Test
    void reportsAWorkingDatabase() {
        EmbeddedDataSource ds = new EmbeddedDataSource();
        ds.setDatabaseName("memory:" + UUID.randomUUID());
        ds.setCreateDatabase("create");
        DatabaseStatus s = new DatabaseHealthImpl(ds).check();
        assertTrue(s.ok(), s.message());
        assertTrue(s.product().startsWith("Apache Derby"), s.product());
    }

    @Test
    void explainsADatabaseThatCannotBeCreated(@TempDir Path dir) throws Exception {
        Path blocker = Files.writeString(dir.resolve("derby"), "a file where the database directory should be");
        EmbeddedDataSource ds = new EmbeddedDataSource();
        ds.setDatabaseName(blocker.resolve("planverk").toString());
        ds.setCreateDatabase("create");
        DatabaseStatus s = new DatabaseHealthImpl(ds).check();
        assertFalse(s.ok());
        assertTrue(s.message().startsWith("Database unavailable: "), s.message());
        assertTrue(s.message().contains("writable"), s.message());
    }
}
