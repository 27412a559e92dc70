package no.planverk.volunteers.core.internal;

import no.planverk.platform.api.Message;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import javax.persistence.EntityManager;
import no.planverk.platform.api.AuditLog;
import no.planverk.platform.api.InvalidInputException;
import no.planverk.platform.api.NotFoundException;
import no.planverk.platform.api.UserContext;
import no.planverk.platform.persistence.api.JpaWork;
import no.planverk.volunteers.api.Agreement;
import no.planverk.volunteers.api.Organisation;
import no.planverk.volunteers.api.OrganisationDraft;
import no.planverk.volunteers.api.OrganisationService;
import no.planverk.volunteers.core.internal.persistence.AgreementEntity;
import no.planverk.volunteers.core.internal.persistence.OrganisationEntity;
import no.planverk.volunteers.core.internal.persistence.VolunteersStore;
import org.apache.aries.jpa.template.JpaTemplate;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

@Component(service = OrganisationService.class)
public class OrganisationServiceImpl implements OrganisationService {

    static final String TYPE = "VolunteerOrganisation";

    private final JpaTemplate jpa;
    private final AuditLog audit;

    @Activate
    public OrganisationServiceImpl(@Reference VolunteersStore store, @Reference AuditLog audit) {
        this(store.jpa(), audit);
    }

    OrganisationServiceImpl(JpaTemplate jpa, AuditLog audit) {
        this.jpa = jpa;
        this.audit = audit;
    }

    @Override
    public List<Organisation> list(String text) {
        String t = text == null || text.isBlank() ? null
                : "%" + text.strip().toLowerCase(Locale.ROOT).replace("%", "").replace("_", "") + "%";
        return JpaWork.read(jpa, em -> {
            javax.persistence.TypedQuery<OrganisationEntity> q = em.createQuery("select o from OrganisationEntity o" + (t == null ? ""
                    : " where o.nameLower like :t or o.orgNumber like :t or lower(o.activities) like :t") + " order by o.nameLower, o.id",
                    OrganisationEntity.class);
            return records(em, (t == null ? q : q.setParameter("t", t)).getResultList());
        });
    }

    @Override
    public Optional<Organisation> find(long id) {
        return JpaWork.read(jpa, em -> Optional.ofNullable(em.find(OrganisationEntity.class, id)).map(e -> record(em, e)));
    }

    @Override
    public Organisation create(OrganisationDraft draft, UserContext by) {
        VolunteerRights.requireCoordinator(by, "volunteers.denied.organisation.create", "register organisations");
        OrganisationDraft d = checked(draft);
        return JpaWork.write(jpa, TYPE, d.orgNumber(), em -> {
            checkUnique(em, d.orgNumber(), null);
            OrganisationEntity e = insert(em, d);
            em.flush();
            Organisation created = record(em, e);
            audit.record(by, "create", TYPE, created.id(), null, Audited.Organisation.of(created, null));
            return created;
        });
    }

    /** Inserts without checks, for a checked import: no query and no flush. */
    static OrganisationEntity insert(EntityManager em, OrganisationDraft d) {
        OrganisationEntity e = new OrganisationEntity(d);
        em.persist(e);
        agreements(em, e.id(), d.agreements());
        return e;
    }

    @Override
    public Organisation update(long id, long version, OrganisationDraft draft, UserContext by) {
        VolunteerRights.requireCoordinator(by, "volunteers.denied.organisation.change", "change organisations");
        OrganisationDraft d = checked(draft);
        return JpaWork.write(jpa, TYPE, id, em -> {
            OrganisationEntity e = JpaWork.load(em, OrganisationEntity.class, id, version, TYPE, OrganisationEntity::version);
            Organisation before = record(em, e);
            checkUnique(em, d.orgNumber(), id);
            e.apply(d);
            em.lock(e, javax.persistence.LockModeType.OPTIMISTIC_FORCE_INCREMENT);
            em.createQuery("delete from AgreementEntity a where a.organisationId = :id").setParameter("id", id).executeUpdate();
            agreements(em, id, d.agreements());
            em.flush();
            Organisation after = record(em, e);
            audit.record(by, "update", TYPE, id, Audited.Organisation.of(before, null), Audited.Organisation.of(after, before));
            return after;
        });
    }

    @Override
    public void delete(long id, long version, UserContext by) {
        VolunteerRights.requireCoordinator(by, "volunteers.denied.organisation.delete", "delete organisations");
        JpaWork.write(jpa, TYPE, id, em -> {
            OrganisationEntity e = JpaWork.load(em, OrganisationEntity.class, id, version, TYPE, OrganisationEntity::version);
            long volunteers = em.createQuery("select count(v) from VolunteerEntity v where v.organisationId = :id", Long.class)
                    .setParameter("id", id).getSingleResult();
            long assignments = em.createQuery("select count(a) from AssignmentEntity a where a.organisationId = :id", Long.class)
                    .setParameter("id", id).getSingleResult();
            if (volunteers + assignments > 0) {
                throw new InvalidInputException(Message.of("volunteers.organisation.inUse",
                        "Organisation {0} has {1} volunteers and {2} assignments; move them first", e.name(), String.valueOf(volunteers),
                        String.valueOf(assignments)));
            }
            Organisation before = record(em, e);
            em.createQuery("delete from AgreementEntity a where a.organisationId = :id").setParameter("id", id).executeUpdate();
            em.remove(e);
            audit.record(by, "delete", TYPE, id, Audited.Organisation.of(before, null), null);
        });
    }

    static void requireExists(EntityManager em, Long organisationId) {
        if (organisationId != null && em.find(OrganisationEntity.class, organisationId) == null) {
            throw InvalidInputException.field("organisationId", Message.of("volunteers.organisation.unknown", "There is no organisation {0}",
                    String.valueOf(organisationId)));
        }
    }

    private static OrganisationDraft checked(OrganisationDraft draft) {
        if (draft == null) {
            throw new InvalidInputException(Message.of("volunteers.organisation.empty", "The organisation is empty"));
        }
        return draft.validated();
    }

    private static void checkUnique(EntityManager em, String number, Long self) {
        List<Long> same = em.createQuery("select o.id from OrganisationEntity o where o.orgNumber = :n", Long.class)
                .setParameter("n", number).getResultList();
        if (same.stream().anyMatch(id -> !id.equals(self))) {
            throw InvalidInputException.field("orgNumber", Message.of("volunteers.organisation.number.taken",
                    "An organisation with number {0} is registered already", number));
        }
    }

    private static void agreements(EntityManager em, long id, List<Agreement> agreements) {
        int pos = 0;
        for (Agreement a : agreements) {
            em.persist(new AgreementEntity(id, pos++, a));
        }
    }

    static Organisation record(EntityManager em, OrganisationEntity e) {
        return records(em, List.of(e)).get(0);
    }

    /** Records with their agreements, read in one query. */
    static List<Organisation> records(EntityManager em, List<OrganisationEntity> entities) {
        if (entities.isEmpty()) {
            return List.of();
        }
        Map<Long, List<Agreement>> agreements = new HashMap<>();
        List<Long> ids = entities.stream().map(OrganisationEntity::id).toList();
        for (AgreementEntity a : em.createQuery("select a from AgreementEntity a where a.organisationId in :ids order by a.position",
                AgreementEntity.class).setParameter("ids", ids).getResultList()) {
            agreements.computeIfAbsent(a.organisationId(), k -> new ArrayList<>()).add(a.toRecord());
        }
        return entities.stream().map(e -> e.toRecord(agreements.getOrDefault(e.id(), List.of()))).toList();
    }

    static OrganisationEntity find(EntityManager em, long id) {
        OrganisationEntity e = em.find(OrganisationEntity.class, id);
        if (e == null) {
            throw new NotFoundException(Message.of("volunteers.organisation.notFound", "Organisation {0} was not found", String.valueOf(id)));
        }
        return e;
    }
}
