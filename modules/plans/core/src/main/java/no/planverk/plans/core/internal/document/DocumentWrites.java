package no.planverk.plans.core.internal.document;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import javax.persistence.EntityManager;
import javax.persistence.LockModeType;
import no.planverk.plans.api.document.DocumentKey;
import no.planverk.plans.api.document.FreezeReason;
import no.planverk.plans.api.document.RevisionAction;
import no.planverk.plans.api.document.SectionConflictException;
import no.planverk.platform.api.InvalidInputException;
import no.planverk.platform.api.Message;
import no.planverk.platform.api.StaleVersionException;
import no.planverk.platform.api.UserContext;

/**
 * The changes to a document inside a transaction. Each one takes the next revision number (locking the document
 * row, so two changes never get the same number) and writes the state of every section it touched.
 */
final class DocumentWrites {

    /** Chapters, sections and subsections: 1, 1.1, 1.1.1. */
    static final int MAX_DEPTH = 3;

    private final Clock clock;

    DocumentWrites(Clock clock) {
        this.clock = clock;
    }

    DocumentEntity documentFor(EntityManager em, DocumentKey key) {
        return DocumentReads.document(em, key).orElseGet(() -> {
            DocumentEntity d = new DocumentEntity(key.planId(), key.kind().name());
            em.persist(d);
            em.flush();
            return d;
        });
    }

    SectionEntity add(EntityManager em, DocumentEntity d, Long parentId, int position, String heading, UserContext by) {
        String h = heading(heading);
        d = lock(em, d.id());
        List<SectionEntity> all = DocumentReads.sections(em, d.id());
        checkParent(all, null, parentId);
        List<SectionEntity> siblings = siblings(all, parentId, null);
        SectionEntity s = new SectionEntity(d.id(), parentId, 0, h);
        s.changed(by.username(), now());
        em.persist(s);
        em.flush();
        siblings.add(Math.max(0, Math.min(position, siblings.size())), s);
        int revision = revise(em, d, RevisionAction.ADD, s, by);
        renumber(em, siblings, parentId, revision, s);
        return s;
    }

    SectionEntity save(EntityManager em, SectionEntity s, long version, String heading, String markdown, UserContext by) {
        if (s.version() != version) {
            throw new SectionConflictException(heading, markdown, DocumentReads.section(em, s));
        }
        String h = heading(heading);
        String text = markdown == null ? "" : markdown.replace("\r\n", "\n");
        if (text.length() > SectionEntity.MAX_TEXT) {
            throw InvalidInputException.field("markdown", Message.of("plans.document.text.tooLong",
                    "The text may have at most {0} characters (now {1})", String.valueOf(SectionEntity.MAX_TEXT), String.valueOf(text.length())));
        }
        DocumentEntity d = lock(em, s.documentId());
        s.write(h, text);
        s.changed(by.username(), now());
        em.flush();
        int revision = revise(em, d, RevisionAction.SAVE, s, by);
        em.persist(new SectionStateEntity(s, revision, false));
        return s;
    }

    void move(EntityManager em, SectionEntity s, long version, Long parentId, int position, UserContext by) {
        checkVersion(s, version);
        DocumentEntity d = lock(em, s.documentId());
        List<SectionEntity> all = DocumentReads.sections(em, d.id());
        checkParent(all, s, parentId);
        Long oldParent = s.parentId();
        List<SectionEntity> old = siblings(all, oldParent, s);
        List<SectionEntity> target = java.util.Objects.equals(oldParent, parentId) ? old : siblings(all, parentId, s);
        target.add(Math.max(0, Math.min(position, target.size())), s);
        s.changed(by.username(), now());
        int revision = revise(em, d, RevisionAction.MOVE, s, by);
        renumber(em, target, parentId, revision, s);
        if (target != old) {
            renumber(em, old, oldParent, revision, null);
        }
    }

    void remove(EntityManager em, SectionEntity s, long version, UserContext by) {
        checkVersion(s, version);
        DocumentEntity d = lock(em, s.documentId());
        List<SectionEntity> all = DocumentReads.sections(em, d.id());
        int revision = revise(em, d, RevisionAction.REMOVE, s, by);
        Set<Long> gone = subtree(all, s.id());
        for (SectionEntity x : all) {
            if (gone.contains(x.id())) {
                em.persist(new SectionStateEntity(x, revision, true));
                em.remove(x);
            }
        }
        em.createQuery("delete from CommentEntity c where c.sectionId in :ids").setParameter("ids", gone).executeUpdate();
        renumber(em, siblings(all, s.parentId(), s), s.parentId(), revision, null);
    }

    int freeze(EntityManager em, DocumentEntity d, int revision, FreezeReason reason, UserContext by) {
        d = lock(em, d.id());
        if (d.revision() != revision) {
            throw new StaleVersionException("Document", d.id());
        }
        if (d.revision() == 0) {
            throw new InvalidInputException(Message.of("plans.document.freeze.empty", "An empty document cannot be frozen; write it first"));
        }
        if (reason.name().equals(d.frozenAs())) {
            throw new InvalidInputException(Message.of("plans.document.freeze.again", "This revision is already frozen as {0}", reason.id()));
        }
        d.nextRevision(true, reason.name());
        em.persist(new RevisionEntity(d, RevisionAction.FREEZE, null, by.username(), now()));
        return d.revision();
    }

    private int revise(EntityManager em, DocumentEntity d, RevisionAction action, SectionEntity s, UserContext by) {
        d.nextRevision(false, null);
        em.persist(new RevisionEntity(d, action, s, by.username(), now()));
        return d.revision();
    }

    /** Positions 0, 1, 2 … in list order; writes a state for each section whose place changed and for {@code always}. */
    private static void renumber(EntityManager em, List<SectionEntity> siblings, Long parentId, int revision, SectionEntity always) {
        for (int i = 0; i < siblings.size(); i++) {
            SectionEntity x = siblings.get(i);
            boolean moved = x.position() != i || !java.util.Objects.equals(x.parentId(), parentId);
            x.place(parentId, i);
            if (moved || x == always) {
                em.persist(new SectionStateEntity(x, revision, false));
            }
        }
    }

    private static List<SectionEntity> siblings(List<SectionEntity> all, Long parentId, SectionEntity except) {
        List<SectionEntity> out = new ArrayList<>(all.stream()
                .filter(x -> java.util.Objects.equals(x.parentId(), parentId) && x != except).toList());
        out.sort(Comparator.comparingInt(SectionEntity::position).thenComparingLong(SectionEntity::id));
        return out;
    }

    /** The parent must be in the same document, not the section or below it, and leave the section at most 3 deep. */
    private static void checkParent(List<SectionEntity> all, SectionEntity moving, Long parentId) {
        if (parentId == null) {
            if (moving != null && depthBelow(all, moving.id()) > MAX_DEPTH) {
                throw tooDeep();
            }
            return;
        }
        Map<Long, SectionEntity> byId = new java.util.HashMap<>();
        all.forEach(x -> byId.put(x.id(), x));
        if (!byId.containsKey(parentId)) {
            throw InvalidInputException.field("parentId", Message.of("plans.document.parent.unknown",
                    "The section to place it under is not in this document"));
        }
        if (moving != null && subtree(all, moving.id()).contains(parentId)) {
            throw InvalidInputException.field("parentId", Message.of("plans.document.parent.cycle",
                    "A section cannot be placed under itself or one of its subsections"));
        }
        int depth = 1;
        for (Long p = parentId; p != null && byId.containsKey(p); p = byId.get(p).parentId()) {
            depth++;
        }
        if (depth - 1 + (moving == null ? 1 : depthBelow(all, moving.id())) > MAX_DEPTH) {
            throw tooDeep();
        }
    }

    private static InvalidInputException tooDeep() {
        return InvalidInputException.field("parentId", Message.of("plans.document.parent.tooDeep",
                "Sections go at most {0} levels deep (1, 1.1, 1.1.1)", String.valueOf(MAX_DEPTH)));
    }

    /** How many levels the section and its subsections span (1 for one without subsections). */
    private static int depthBelow(List<SectionEntity> all, long id) {
        int max = 0;
        for (SectionEntity x : all) {
            if (x.parentId() != null && x.parentId() == id) {
                max = Math.max(max, depthBelow(all, x.id()));
            }
        }
        return max + 1;
    }

    static Set<Long> subtree(List<SectionEntity> all, long id) {
        Set<Long> out = new HashSet<>();
        out.add(id);
        boolean grew = true;
        while (grew) {
            grew = false;
            for (SectionEntity x : all) {
                if (x.parentId() != null && out.contains(x.parentId()) && out.add(x.id())) {
                    grew = true;
                }
            }
        }
        return out;
    }

    private static void checkVersion(SectionEntity s, long version) {
        if (s.version() != version) {
            throw new StaleVersionException("Section", s.id());
        }
    }

    private static DocumentEntity lock(EntityManager em, long documentId) {
        return em.find(DocumentEntity.class, documentId, LockModeType.PESSIMISTIC_WRITE);
    }

    static String heading(String heading) {
        String h = heading == null ? "" : heading.strip();
        if (h.isEmpty()) {
            throw InvalidInputException.field("heading", Message.of("plans.document.heading.required", "Write a heading"));
        }
        if (h.length() > SectionEntity.MAX_HEADING || h.contains("\n")) {
            throw InvalidInputException.field("heading", Message.of("plans.document.heading.tooLong",
                    "A heading is one line of at most {0} characters", String.valueOf(SectionEntity.MAX_HEADING)));
        }
        return h;
    }

    private Instant now() {
        return clock.instant();
    }
}
