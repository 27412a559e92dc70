package no.planverk.platform.persistence.internal;

import no.planverk.platform.persistence.api.JpaWork;
import java.util.List;
import java.util.Optional;
import javax.persistence.EntityManager;
import no.planverk.platform.api.AuditLog;
import no.planverk.platform.api.InvalidInputException;
import no.planverk.platform.api.Message;
import no.planverk.platform.api.NotFoundException;
import no.planverk.platform.api.OrgUnit;
import no.planverk.platform.api.OrgUnitDraft;
import no.planverk.platform.api.OrgUnitService;
import no.planverk.platform.api.Role;
import no.planverk.platform.api.StaleVersionException;
import no.planverk.platform.api.UserContext;
import org.apache.aries.jpa.template.JpaTemplate;
import org.apache.aries.jpa.template.TransactionType;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

@Component(service = OrgUnitService.class)
public class OrgUnitServiceImpl implements OrgUnitService {

    static final String TYPE = "OrgUnit";

    private final JpaTemplate jpa;
    private final AuditLog audit;

    @Activate
    public OrgUnitServiceImpl(@Reference PlatformStore store, @Reference AuditLog audit) {
        this(store.jpa(), audit);
    }

    OrgUnitServiceImpl(JpaTemplate jpa, AuditLog audit) {
        this.jpa = jpa;
        this.audit = audit;
    }

    @Override
    public List<OrgUnit> list() {
        return jpa.txExpr(TransactionType.Required, em -> em
                .createQuery("select u from OrgUnitEntity u order by u.name", OrgUnitEntity.class)
                .getResultList().stream().map(OrgUnitEntity::toRecord).toList());
    }

    @Override
    public Optional<OrgUnit> find(long id) {
        return jpa.txExpr(TransactionType.Required,
                em -> Optional.ofNullable(em.find(OrgUnitEntity.class, id)).map(OrgUnitEntity::toRecord));
    }

    @Override
    public Optional<OrgUnit> findByCode(String code) {
        return jpa.txExpr(TransactionType.Required, em -> byCode(em, code).map(OrgUnitEntity::toRecord));
    }

    @Override
    public OrgUnit create(OrgUnitDraft draft, UserContext by) {
        by.require(Role.ADMIN);
        OrgUnitDraft d = draft.validated();
        JpaWork.requireSpace(TYPE);
        try {
            return jpa.txExpr(TransactionType.Required, em -> {
                checkCodeFree(em, d.code(), null);
                checkParent(em, d.parentId(), null);
                OrgUnitEntity e = new OrgUnitEntity(d);
                em.persist(e);
                em.flush();
                OrgUnit created = e.toRecord();
                audit.record(by, "create", TYPE, created.id(), null, created);
                return created;
            });
        } catch (RuntimeException e) {
            throw JpaWork.translate(e, TYPE, d.code());
        }
    }

    @Override
    public OrgUnit update(long id, long version, OrgUnitDraft draft, UserContext by) {
        by.require(Role.ADMIN);
        OrgUnitDraft d = draft.validated();
        JpaWork.requireSpace(TYPE);
        try {
            return jpa.txExpr(TransactionType.Required, em -> {
                OrgUnitEntity e = load(em, id, version);
                checkCodeFree(em, d.code(), id);
                checkParent(em, d.parentId(), id);
                OrgUnit before = e.toRecord();
                e.apply(d);
                em.flush();
                OrgUnit after = e.toRecord();
                audit.record(by, "update", TYPE, id, before, after);
                return after;
            });
        } catch (RuntimeException e) {
            throw JpaWork.translate(e, TYPE, id);
        }
    }

    @Override
    public void delete(long id, long version, UserContext by) {
        by.require(Role.ADMIN);
        JpaWork.requireSpace(TYPE);
        try {
            jpa.tx(TransactionType.Required, em -> {
                OrgUnitEntity e = load(em, id, version);
                long children = em.createQuery("select count(u) from OrgUnitEntity u where u.parentId = :id", Long.class)
                        .setParameter("id", id).getSingleResult();
                if (children > 0) {
                    throw new InvalidInputException(Message.of("platform.unit.hasChildren",
                            "The unit has {0} sub-units; move or delete them first.", String.valueOf(children)));
                }
                OrgUnit before = e.toRecord();
                em.remove(e);
                audit.record(by, "delete", TYPE, id, before, null);
            });
        } catch (RuntimeException e) {
            throw JpaWork.translate(e, TYPE, id);
        }
    }

    private static OrgUnitEntity load(EntityManager em, long id, long version) {
        OrgUnitEntity e = em.find(OrgUnitEntity.class, id);
        if (e == null) {
            throw NotFoundException.of("Organisation unit", id);
        }
        if (e.version() != version) {
            throw new StaleVersionException("Organisation unit", id);
        }
        return e;
    }

    private static Optional<OrgUnitEntity> byCode(EntityManager em, String code) {
        return em.createQuery("select u from OrgUnitEntity u where u.code = :code", OrgUnitEntity.class)
                .setParameter("code", code).getResultStream().findFirst();
    }

    private static void checkCodeFree(EntityManager em, String code, Long self) {
        byCode(em, code).filter(u -> !u.id().equals(self)).ifPresent(u -> {
            throw InvalidInputException.field("code", Message.of("platform.unit.code.taken",
                    "The code ''{0}'' is already used by another unit.", code));
        });
    }

    private static void checkParent(EntityManager em, Long parentId, Long self) {
        if (parentId == null) {
            return;
        }
        for (Long p = parentId; p != null; ) {
            if (p.equals(self)) {
                throw InvalidInputException.field("parentId", Message.of("platform.unit.parent.cycle",
                        "A unit cannot be placed under itself or one of its own sub-units."));
            }
            OrgUnitEntity parent = em.find(OrgUnitEntity.class, p);
            if (parent == null) {
                throw InvalidInputException.field("parentId", Message.of("platform.unit.parent.missing",
                        "The parent unit {0} does not exist.", String.valueOf(p)));
            }
            p = parent.toRecord().parentId();
        }
    }
}
