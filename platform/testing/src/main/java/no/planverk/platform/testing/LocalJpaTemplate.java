package no.planverk.platform.testing;

import java.util.Map;
import java.util.UUID;
import javax.persistence.EntityManager;
import javax.persistence.EntityManagerFactory;
import javax.persistence.EntityTransaction;
import javax.persistence.Persistence;
import org.apache.aries.jpa.template.EmConsumer;
import org.apache.aries.jpa.template.EmFunction;
import org.apache.aries.jpa.template.JpaTemplate;
import org.apache.aries.jpa.template.TransactionType;
import org.apache.derby.jdbc.EmbeddedDataSource;

/**
 * Runs a persistence unit on a fresh in-memory Derby database, with the same transaction rules as
 * Aries' RESOURCE_LOCAL template: {@code Required} only, a nested call joins the outer transaction,
 * and an exception rolls everything back.
 */
public final class LocalJpaTemplate implements JpaTemplate, AutoCloseable {

    private final EntityManagerFactory emf;
    private final String url;
    private final ThreadLocal<EntityManager> current = new ThreadLocal<>();

    private LocalJpaTemplate(String unit, String url) {
        this.url = url;
        this.emf = Persistence.createEntityManagerFactory(unit, Map.of("javax.persistence.jdbc.url", url + ";create=true"));
    }

    /** A new, empty in-memory database for the test persistence unit {@code unit}. */
    public static LocalJpaTemplate inMemory(String unit) {
        return new LocalJpaTemplate(unit, "jdbc:derby:memory:" + UUID.randomUUID());
    }

    /** A new database in a directory on disk, for benchmarks that should pay for real I/O. */
    public static LocalJpaTemplate onDisk(String unit, java.nio.file.Path directory) {
        return new LocalJpaTemplate(unit, "jdbc:derby:directory:" + directory.toAbsolutePath());
    }

    /** A JDBC data source on the same database, for code that works below JPA. */
    public EmbeddedDataSource dataSource() {
        EmbeddedDataSource ds = new EmbeddedDataSource();
        ds.setDatabaseName(url.substring("jdbc:derby:".length()));
        return ds;
    }

    @Override
    public <R> R txExpr(TransactionType type, EmFunction<R> code) {
        if (type != TransactionType.Required) {
            throw new IllegalStateException("Only TransactionType.Required is supported for RESOURCE_LOCAL");
        }
        EntityManager outer = current.get();
        if (outer != null) {
            return code.apply(outer);
        }
        EntityManager em = emf.createEntityManager();
        current.set(em);
        EntityTransaction tx = em.getTransaction();
        try {
            tx.begin();
            R result = code.apply(em);
            tx.commit();
            return result;
        } catch (RuntimeException e) {
            if (tx.isActive()) {
                tx.rollback();
            }
            throw e;
        } finally {
            current.remove();
            em.close();
        }
    }

    @Override
    public void tx(TransactionType type, EmConsumer code) {
        txExpr(type, em -> {
            code.accept(em);
            return null;
        });
    }

    @Override
    public <R> R txExpr(EmFunction<R> code) {
        return txExpr(TransactionType.Required, code);
    }

    @Override
    public void tx(EmConsumer code) {
        tx(TransactionType.Required, code);
    }

    @Override
    public void close() {
        emf.close();
    }
}
