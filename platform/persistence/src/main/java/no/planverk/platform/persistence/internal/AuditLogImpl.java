package no.planverk.platform.persistence.internal;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.Clock;
import java.util.List;
import javax.persistence.EntityManager;
import javax.persistence.TypedQuery;
import no.planverk.platform.api.AuditEntry;
import no.planverk.platform.api.AuditLog;
import no.planverk.platform.api.AuditQuery;
import no.planverk.platform.api.UserContext;
import no.planverk.platform.json.JsonMappers;
import org.apache.aries.jpa.template.JpaTemplate;
import org.apache.aries.jpa.template.TransactionType;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

@Component(service = AuditLog.class)
public class AuditLogImpl implements AuditLog {

    private static final Logger LOG = LoggerFactory.getLogger(AuditLogImpl.class);

    private final JpaTemplate jpa;
    private final Clock clock;
    private final ObjectMapper json = JsonMappers.standard();

    @Activate
    public AuditLogImpl(@Reference PlatformStore store) {
        this(store.jpa(), Clock.systemUTC());
    }

    AuditLogImpl(JpaTemplate jpa, Clock clock) {
        this.jpa = jpa;
        this.clock = clock;
    }

    @Override
    public void record(UserContext actor, String action, String entityType, Object entityId, Object before,
            Object after) {
        AuditEntryEntity e = new AuditEntryEntity(clock.instant(), actor.username(), action, entityType,
                entityId == null ? null : shortId(String.valueOf(entityId)), toJson(before), toJson(after));
        jpa.tx(TransactionType.Required, em -> em.persist(e));
    }

    @Override
    public List<AuditEntry> find(AuditQuery q) {
        return jpa.txExpr(TransactionType.Required, em -> query(em, q, "select a", AuditEntryEntity.class)
                .setFirstResult(q.offset()).setMaxResults(q.limit())
                .getResultList().stream().map(AuditEntryEntity::toRecord).toList());
    }

    @Override
    public long count(AuditQuery q) {
        return jpa.txExpr(TransactionType.Required, em -> query(em, q, "select count(a)", Long.class).getSingleResult());
    }

    private static <T> TypedQuery<T> query(EntityManager em, AuditQuery q, String select, Class<T> type) {
        StringBuilder jpql = new StringBuilder(select).append(" from AuditEntryEntity a where 1 = 1");
        boolean byType = q.entityType() != null && !q.entityType().isBlank();
        boolean byActor = q.actor() != null && !q.actor().isBlank();
        if (byType) {
            jpql.append(" and a.entityType = :type");
        }
        if (byActor) {
            jpql.append(" and lower(a.actor) like :actor");
        }
        if (type != Long.class) {
            jpql.append(" order by a.time desc, a.id desc");
        }
        TypedQuery<T> query = em.createQuery(jpql.toString(), type);
        if (byType) {
            query.setParameter("type", q.entityType().trim());
        }
        if (byActor) {
            query.setParameter("actor", "%" + q.actor().trim().toLowerCase() + "%");
        }
        return query;
    }

    private String toJson(Object value) {
        if (value == null) {
            return null;
        }
        try {
            return json.writeValueAsString(value);
        } catch (JsonProcessingException e) {
            LOG.warn("Audit value of type {} could not be written as JSON", value.getClass().getName(), e);
            return String.valueOf(value);
        }
    }

    /** Ids longer than the column (a list of ids, say) are cut with a mark rather than failing the change. */
    static String shortId(String id) {
        return id.length() <= 100 ? id : id.substring(0, 97) + "...";
    }
}
