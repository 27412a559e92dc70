package no.planverk.plans.core.internal.document;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;
import javax.persistence.EntityManager;
import no.planverk.plans.api.document.DocumentKey;
import no.planverk.plans.api.document.DocumentOutline;
import no.planverk.plans.api.document.DocumentRevision;
import no.planverk.plans.api.document.DocumentSection;
import no.planverk.plans.api.document.FreezeReason;
import no.planverk.plans.api.document.OutlineSection;
import no.planverk.plans.api.document.RevisionSnapshot;
import no.planverk.plans.api.document.SectionText;
import no.planverk.platform.api.Message;
import no.planverk.platform.api.NotFoundException;

/** Reads of documents inside a transaction: the outline now, a section, revisions and the document at a revision. */
final class DocumentReads {

    private DocumentReads() {
    }

    static Optional<DocumentEntity> document(EntityManager em, DocumentKey key) {
        return em.createQuery("select d from DocumentEntity d where d.planId = :plan and d.kind = :kind", DocumentEntity.class)
                .setParameter("plan", key.planId()).setParameter("kind", key.kind().name()).getResultList().stream().findFirst();
    }

    static DocumentKey key(DocumentEntity d) {
        return new DocumentKey(d.planId(), no.planverk.plans.api.document.DocumentKind.valueOf(d.kind()));
    }

    static List<SectionEntity> sections(EntityManager em, long documentId) {
        return em.createQuery("select s from SectionEntity s where s.documentId = :d", SectionEntity.class)
                .setParameter("d", documentId).getResultList();
    }

    static List<Numbering.Numbered> numbered(List<SectionEntity> sections) {
        return Numbering.order(sections.stream().map(s -> new Numbering.Place(s.id(), s.parentId(), s.position())).toList());
    }

    static DocumentOutline outline(EntityManager em, DocumentKey key) {
        Optional<DocumentEntity> d = document(em, key);
        if (d.isEmpty()) {
            return new DocumentOutline(key, 0, 1, null, List.of());
        }
        List<SectionEntity> sections = sections(em, d.get().id());
        Map<Long, SectionEntity> byId = sections.stream().collect(Collectors.toMap(SectionEntity::id, Function.identity()));
        List<OutlineSection> lines = numbered(sections).stream().map(n -> {
            SectionEntity s = byId.get(n.id());
            return new OutlineSection(s.id(), s.parentId(), n.number(), n.level(), s.position(), s.heading(), s.version());
        }).toList();
        return new DocumentOutline(key, d.get().revision(), d.get().draft(), frozen(d.get().frozenAs()), lines);
    }

    static SectionEntity loadSection(EntityManager em, long sectionId) {
        SectionEntity s = em.find(SectionEntity.class, sectionId);
        if (s == null) {
            throw new NotFoundException(Message.of("plans.document.section.unknown", "There is no section {0}", String.valueOf(sectionId)));
        }
        return s;
    }

    static DocumentSection section(EntityManager em, SectionEntity s) {
        DocumentEntity d = em.find(DocumentEntity.class, s.documentId());
        Numbering.Numbered n = numbered(sections(em, s.documentId())).stream().filter(x -> x.id() == s.id()).findFirst()
                .orElse(new Numbering.Numbered(s.id(), "", 1));
        return new DocumentSection(s.id(), key(d), s.parentId(), n.number(), n.level(), s.position(), s.heading(), s.text(),
                s.version(), s.changedBy(), s.changedAt());
    }

    static List<DocumentRevision> revisions(EntityManager em, long documentId) {
        return em.createQuery("select r from RevisionEntity r where r.documentId = :d order by r.number desc", RevisionEntity.class)
                .setParameter("d", documentId).getResultList().stream().map(RevisionEntity::toRecord).toList();
    }

    static DocumentRevision revisionRecord(EntityManager em, long documentId, int number) {
        return em.createQuery("select r from RevisionEntity r where r.documentId = :d and r.number = :n", RevisionEntity.class)
                .setParameter("d", documentId).setParameter("n", number).getResultList().stream().findFirst()
                .map(RevisionEntity::toRecord).orElseThrow(() -> new NotFoundException(Message.of("plans.document.revision.unknown",
                        "The document has no revision {0}", String.valueOf(number))));
    }

    /** The document at revision {@code number}: per section its newest state at or before it, removed ones left out. */
    static RevisionSnapshot snapshot(EntityManager em, long documentId, int number) {
        DocumentRevision revision = revisionRecord(em, documentId, number);
        Map<Long, SectionStateEntity> latest = new HashMap<>();
        for (SectionStateEntity s : em.createQuery("select s from SectionStateEntity s where s.documentId = :d and s.revision <= :n"
                + " order by s.revision, s.id", SectionStateEntity.class).setParameter("d", documentId).setParameter("n", number)
                .getResultList()) {
            latest.put(s.sectionId(), s);
        }
        latest.values().removeIf(SectionStateEntity::removed);
        List<SectionText> texts = new ArrayList<>();
        for (Numbering.Numbered n : Numbering.order(latest.values().stream()
                .map(s -> new Numbering.Place(s.sectionId(), s.parentId(), s.position())).toList())) {
            SectionStateEntity s = latest.get(n.id());
            texts.add(new SectionText(n.id(), n.number(), n.level(), s.heading(), s.text()));
        }
        return new RevisionSnapshot(revision, texts);
    }

    static FreezeReason frozen(String reason) {
        return reason == null ? null : FreezeReason.valueOf(reason);
    }
}
