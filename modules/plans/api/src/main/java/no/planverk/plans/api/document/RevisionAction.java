package no.planverk.plans.api.document;

/** What a revision did: saved a section's text, added, moved or removed a section, or froze the document. */
public enum RevisionAction {
    SAVE, ADD, MOVE, REMOVE, FREEZE
}
