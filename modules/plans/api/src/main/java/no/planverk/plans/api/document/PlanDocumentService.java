package no.planverk.plans.api.document;

import java.util.List;
import java.util.Locale;
import java.util.Optional;
import no.planverk.platform.api.UserContext;
import org.osgi.annotation.versioning.ProviderType;

/**
 * The documents of plans and planning programmes: numbered chapters and sections of Markdown with live blocks, every
 * change a revision, frozen revisions for consultation and adoption, and internal comments. Everyone reads; changes
 * need edit rights on the plan. A document exists (empty) from its first use.
 */
@ProviderType
public interface PlanDocumentService {

    /** The chapters and sections in reading order. */
    DocumentOutline outline(DocumentKey key);

    Optional<DocumentSection> section(long sectionId);

    /**
     * Saves a section's heading and text. {@code version} is the one the editor loaded; when someone else saved since,
     * a {@link SectionConflictException} carries both texts and nothing is saved.
     */
    DocumentSection save(long sectionId, long version, String heading, String markdown, UserContext by);

    /** Adds a section under {@code parentId} (null: a chapter) at {@code position} (0 first; past the end: last). */
    DocumentSection add(DocumentKey key, Long parentId, int position, String heading, UserContext by);

    /** Moves a section (with its subsections) under {@code parentId} (null: to the chapters) at {@code position}. */
    DocumentOutline move(long sectionId, long version, Long parentId, int position, UserContext by);

    /** Removes a section with its subsections and their comments; the revisions keep them. */
    DocumentOutline remove(long sectionId, long version, UserContext by);

    /** Every revision, newest first. */
    List<DocumentRevision> revisions(DocumentKey key);

    /** The document as it stood at revision {@code number}. */
    RevisionSnapshot revision(DocumentKey key, int number);

    /** Two revisions compared word by word (the order does not matter: the older is the left side). */
    RevisionComparison compare(DocumentKey key, int a, int b);

    /**
     * Freezes the document as it is now, at revision {@code revision} (the newest, as the caller saw it), for
     * consultation or as adopted; the next change starts a new draft.
     */
    DocumentRevision freeze(DocumentKey key, int revision, FreezeReason reason, UserContext by);

    /** The section's comments: each thread's first comment, then its replies, oldest first. */
    List<SectionComment> comments(long sectionId);

    /** A new comment, or a reply to the thread of {@code replyTo}. */
    SectionComment comment(long sectionId, Long replyTo, String text, UserContext by);

    /** Resolves ({@code resolved} true) or reopens a thread, named by its first comment. */
    SectionComment resolve(long commentId, long version, boolean resolved, UserContext by);

    /**
     * The document ready to render, as now ({@code revision} null) or at a revision: live blocks rendered by their
     * providers, a placeholder where a provider is missing or the block's data is gone, comments left out.
     */
    DocumentContent content(DocumentKey key, Integer revision, Locale locale);

    /** The block types the installed modules offer, for the editor's picker. */
    List<BlockType> blockTypes(Locale locale);

    /** What can be picked for a block type in the plan, newest first; empty when no module offers the type. */
    List<BlockChoice> blockChoices(String type, long planId, Locale locale);
}
