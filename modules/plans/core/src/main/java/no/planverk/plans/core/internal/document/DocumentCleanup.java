package no.planverk.plans.core.internal.document;

import javax.persistence.EntityManager;

/** Removes a deleted plan's documents with their sections, revisions and comments. */
public final class DocumentCleanup {

    private DocumentCleanup() {
    }

    /** Inside the transaction that deletes the plan. */
    public static void deleteForPlan(EntityManager em, long planId) {
        String ids = "(select d.id from DocumentEntity d where d.planId = :plan)";
        for (String entity : new String[] {"CommentEntity", "SectionStateEntity", "RevisionEntity", "SectionEntity"}) {
            em.createQuery("delete from " + entity + " x where x.documentId in " + ids).setParameter("plan", planId).executeUpdate();
        }
        em.createQuery("delete from DocumentEntity d where d.planId = :plan").setParameter("plan", planId).executeUpdate();
    }
}
