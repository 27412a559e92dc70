package ${package}.core.internal;

import java.util.List;
import java.util.Objects;
import java.util.Optional;
import javax.persistence.EntityManager;
import ${package}.api.Item;
import ${package}.api.ItemDraft;
import ${package}.api.${moduleClass}Service;
import no.planverk.platform.api.AuditLog;
import no.planverk.platform.api.InvalidInputException;
import no.planverk.platform.api.Message;
import no.planverk.platform.api.UserContext;
import no.planverk.platform.persistence.api.JpaWork;
import org.apache.aries.jpa.template.JpaTemplate;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

@Component(service = ${moduleClass}Service.class)
public class ${moduleClass}ServiceImpl implements ${moduleClass}Service {

    /** The entity type in the audit trail and in 404/409 messages. */
    static final String TYPE = "${moduleClass}Item";

    private final JpaTemplate jpa;
    private final AuditLog audit;

    @Activate
    public ${moduleClass}ServiceImpl(@Reference ${moduleClass}Store store, @Reference AuditLog audit) {
        this(store.jpa(), audit);
    }

    /** For tests: a template on in-memory Derby. */
    public ${moduleClass}ServiceImpl(JpaTemplate jpa, AuditLog audit) {
        this.jpa = jpa;
        this.audit = audit;
    }

    @Override
    public List<Item> list() {
        return JpaWork.read(jpa, em -> em.createQuery("select i from ItemEntity i order by i.name", ItemEntity.class)
                .getResultList().stream().map(ItemEntity::toRecord).toList());
    }

    @Override
    public Optional<Item> find(long id) {
        return JpaWork.read(jpa, em -> Optional.ofNullable(em.find(ItemEntity.class, id)).map(ItemEntity::toRecord));
    }

    @Override
    public Item create(ItemDraft draft, UserContext by) {
        by.require(EDITOR);
        ItemDraft d = present(draft);
        return JpaWork.write(jpa, TYPE, d.name(), em -> {
            unique(em, d.name(), null);
            ItemEntity e = new ItemEntity(d);
            em.persist(e);
            em.flush();
            Item created = e.toRecord();
            audit.record(by, "create", TYPE, created.id(), null, Audited.of(created));
            return created;
        });
    }

    @Override
    public Item update(long id, long version, ItemDraft draft, UserContext by) {
        by.require(EDITOR);
        ItemDraft d = present(draft);
        return JpaWork.write(jpa, TYPE, id, em -> {
            ItemEntity e = JpaWork.load(em, ItemEntity.class, id, version, TYPE, ItemEntity::version);
            Item before = e.toRecord();
            unique(em, d.name(), id);
            e.apply(d);
            em.flush();
            Item after = e.toRecord();
            audit.record(by, "update", TYPE, id, Audited.of(before), Audited.of(after));
            return after;
        });
    }

    private static ItemDraft present(ItemDraft draft) {
        if (draft == null) {
            throw new InvalidInputException(Message.of("${moduleId}.item.empty", "The item is empty"));
        }
        return draft;
    }

    private static void unique(EntityManager em, String name, Long self) {
        List<Long> same = em.createQuery("select i.id from ItemEntity i where upper(i.name) = upper(:n)", Long.class)
                .setParameter("n", name).getResultList();
        if (same.stream().anyMatch(other -> !Objects.equals(other, self))) {
            throw InvalidInputException.field("name", Message.of("${moduleId}.item.name.taken", "There is an item named {0} already", name));
        }
    }

    /**
     * What the audit trail keeps about an item: its id, name and version, not the free-text note, so that nothing typed
     * into a note by mistake (a name, a national identity number) ends up in the trail.
     */
    record Audited(long id, String name, long version) {

        static Audited of(Item i) {
            return new Audited(i.id(), i.name(), i.version());
        }
    }
}
