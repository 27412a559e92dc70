package no.planverk.plans.core.internal.document;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import javax.persistence.EntityManager;
import no.planverk.plans.api.document.SectionComment;
import no.planverk.platform.api.InvalidInputException;
import no.planverk.platform.api.Message;
import no.planverk.platform.api.NotFoundException;
import no.planverk.platform.api.StaleVersionException;
import no.planverk.platform.api.UserContext;

/** Threads of internal comments on a section. */
final class Comments {

    private Comments() {
    }

    /** Each thread's first comment followed by its replies, threads and replies oldest first. */
    static List<SectionComment> of(EntityManager em, long sectionId) {
        List<SectionComment> all = em.createQuery("select c from CommentEntity c where c.sectionId = :s order by c.id", CommentEntity.class)
                .setParameter("s", sectionId).getResultList().stream().map(CommentEntity::toRecord).toList();
        Map<Long, List<SectionComment>> replies = all.stream().filter(c -> c.replyTo() != null)
                .collect(Collectors.groupingBy(SectionComment::replyTo));
        List<SectionComment> out = new ArrayList<>();
        all.stream().filter(c -> c.replyTo() == null).sorted(Comparator.comparingLong(SectionComment::id)).forEach(c -> {
            out.add(c);
            out.addAll(replies.getOrDefault(c.id(), List.of()));
        });
        return out;
    }

    static CommentEntity add(EntityManager em, SectionEntity section, Long replyTo, String text, UserContext by, Instant at) {
        String t = text == null ? "" : text.strip();
        if (t.isEmpty()) {
            throw InvalidInputException.field("text", Message.of("plans.document.comment.required", "Write the comment"));
        }
        if (t.length() > CommentEntity.MAX_TEXT) {
            throw InvalidInputException.field("text", Message.of("plans.document.comment.tooLong",
                    "A comment may have at most {0} characters (now {1})", String.valueOf(CommentEntity.MAX_TEXT), String.valueOf(t.length())));
        }
        Long thread = null;
        if (replyTo != null) {
            CommentEntity first = load(em, replyTo);
            if (first.sectionId() != section.id()) {
                throw InvalidInputException.field("replyTo", Message.of("plans.document.comment.otherSection",
                        "A reply belongs to a comment on the same section"));
            }
            thread = first.replyTo() == null ? replyTo : first.replyTo();
        }
        CommentEntity c = new CommentEntity(section.documentId(), section.id(), thread, by.username(), at, t);
        em.persist(c);
        em.flush();
        return c;
    }

    static CommentEntity load(EntityManager em, long id) {
        CommentEntity c = em.find(CommentEntity.class, id);
        if (c == null) {
            throw new NotFoundException(Message.of("plans.document.comment.unknown", "There is no comment {0}", String.valueOf(id)));
        }
        return c;
    }

    static CommentEntity resolve(EntityManager em, CommentEntity c, long version, boolean resolved, UserContext by, Instant at) {
        if (c.replyTo() != null) {
            throw InvalidInputException.field("id", Message.of("plans.document.comment.notThread",
                    "Resolve or reopen the thread on its first comment"));
        }
        if (c.version() != version) {
            throw new StaleVersionException("Comment", id(c));
        }
        c.resolve(resolved, by.username(), at);
        em.flush();
        return c;
    }

    private static long id(CommentEntity c) {
        return c.toRecord().id();
    }
}
