package no.planverk.plans.core.internal.rest;

import java.util.Locale;
import java.util.function.Supplier;
import no.planverk.plans.api.document.DocumentContent;
import no.planverk.plans.api.document.DocumentFormat;
import no.planverk.plans.api.document.DocumentKey;
import no.planverk.plans.api.document.DocumentKind;
import no.planverk.plans.api.document.DocumentRenderer;
import no.planverk.plans.api.document.DocumentSection;
import no.planverk.plans.api.document.FreezeReason;
import no.planverk.plans.api.document.PlanDocumentService;
import no.planverk.plans.api.document.SectionComment;
import no.planverk.plans.api.document.SectionConflictException;
import no.planverk.platform.api.ApiError;
import no.planverk.platform.api.ApiResponse;
import no.planverk.platform.api.InvalidInputException;
import no.planverk.platform.api.Message;
import no.planverk.platform.api.NotFoundException;
import no.planverk.platform.api.route.RouteRequest;
import no.planverk.platform.api.route.Routes;

/**
 * A plan's document under {@code /plans/{id}/document} ({@code ?kind=program} for its planning programme): the whole
 * document (JSON, or {@code ?format=html|pdf|docx} through the {@link DocumentRenderer}), the outline, sections,
 * revisions and their comparison, freezing, comments and the block picker's choices.
 */
final class DocumentsApi {

    record NewSection(Long parentId, Integer position, String heading) {
    }

    record SectionChange(String heading, String markdown, Long version) {
    }

    record Move(Long parentId, Integer position, Long version) {
    }

    record Freeze(String reason) {
    }

    record NewComment(String text, Long replyTo) {
    }

    record CommentVersion(Long version) {
    }

    /** The 409 of a save over someone else's: the message, the text that was sent and the section as stored now. */
    record Conflict(int status, String message, String yourHeading, String yourMarkdown, DocumentSection current) {
    }

    private final PlanDocumentService documents;
    private final Supplier<DocumentRenderer> renderer;

    DocumentsApi(PlanDocumentService documents, Supplier<DocumentRenderer> renderer) {
        this.documents = documents;
        this.renderer = renderer;
    }

    Routes addTo(Routes routes) {
        return routes.get("/{id}/document", this::document)
                .get("/{id}/document/outline", r -> ApiResponse.ok(documents.outline(key(r))))
                .post("/{id}/document/sections", this::add)
                .get("/{id}/document/sections/{sectionId}", r -> ApiResponse.ok(section(r)))
                .put("/{id}/document/sections/{sectionId}", this::save)
                .delete("/{id}/document/sections/{sectionId}", r -> ApiResponse.ok(documents.remove(section(r).id(), r.version(), r.user())))
                .post("/{id}/document/sections/{sectionId}/move", this::move)
                .get("/{id}/document/sections/{sectionId}/comments", r -> ApiResponse.ok(documents.comments(section(r).id())))
                .post("/{id}/document/sections/{sectionId}/comments", this::comment)
                .post("/{id}/document/comments/{commentId}/resolve", r -> resolve(r, true))
                .post("/{id}/document/comments/{commentId}/reopen", r -> resolve(r, false))
                .get("/{id}/document/revisions", r -> ApiResponse.ok(documents.revisions(key(r))))
                .get("/{id}/document/revisions/{number}", r -> ApiResponse.ok(documents.revision(key(r), number(r, "number"))))
                .get("/{id}/document/revisions/{number}/compare/{other}",
                        r -> ApiResponse.ok(documents.compare(key(r), number(r, "number"), number(r, "other"))))
                .post("/{id}/document/revisions/{number}/freeze", this::freeze)
                .get("/{id}/document/blocks", r -> ApiResponse.ok(documents.blockTypes(locale(r))))
                .get("/{id}/document/blocks/{type:text}", r -> ApiResponse.ok(documents.blockChoices(r.text("type"), r.id("id"), locale(r))));
    }

    private ApiResponse document(RouteRequest r) {
        String format = r.formatOr("json", "json", "html", "pdf", "docx");
        Integer revision = r.intQuery("revision").orElse(null);
        DocumentKey key = key(r);
        if (format.equals("json")) {
            return ApiResponse.ok(documents.content(key, revision, locale(r)));
        }
        DocumentRenderer export = renderer.get();
        if (export == null) {
            return new ApiResponse(503, new ApiError(503, "Export to " + format.toUpperCase(Locale.ROOT)
                    + " is not available right now: the document renderer is not running. Try again shortly, or ask the administrator.", null));
        }
        DocumentFormat f = DocumentFormat.valueOf(format.toUpperCase(Locale.ROOT));
        Locale locale = locale(r);
        DocumentContent content = documents.content(key, revision, locale);
        String name = fileName(r.id("id"), key.kind(), revision) + "." + f.extension();
        return ApiResponse.bytes(f.mediaType(), export.render(content, f, locale), name);
    }

    private ApiResponse add(RouteRequest r) {
        NewSection b = r.body(NewSection.class);
        return ApiResponse.created(documents.add(key(r), b.parentId(), b.position() == null ? Integer.MAX_VALUE : b.position(), b.heading(),
                r.user()));
    }

    private ApiResponse save(RouteRequest r) {
        DocumentSection s = section(r);
        SectionChange b = r.body(SectionChange.class);
        try {
            return ApiResponse.ok(documents.save(s.id(), r.version(b.version()), b.heading(), b.markdown(), r.user()));
        } catch (SectionConflictException e) {
            return new ApiResponse(409, new Conflict(409, e.getMessage(), e.yourHeading(), e.yourMarkdown(), e.current()));
        }
    }

    private ApiResponse move(RouteRequest r) {
        DocumentSection s = section(r);
        Move b = r.body(Move.class);
        return ApiResponse.ok(documents.move(s.id(), r.version(b.version()), b.parentId(), b.position() == null ? Integer.MAX_VALUE : b.position(),
                r.user()));
    }

    private ApiResponse comment(RouteRequest r) {
        DocumentSection s = section(r);
        NewComment b = r.body(NewComment.class);
        return ApiResponse.created(documents.comment(s.id(), b.replyTo(), b.text(), r.user()));
    }

    private ApiResponse resolve(RouteRequest r, boolean resolved) {
        long commentId = r.id("commentId");
        long version = r.version(r.body(CommentVersion.class).version());
        SectionComment c = documents.resolve(commentId, version, resolved, r.user());
        return ApiResponse.ok(c);
    }

    private ApiResponse freeze(RouteRequest r) {
        Freeze b = r.body(Freeze.class);
        FreezeReason reason = FreezeReason.parse(b.reason()).orElseThrow(() -> InvalidInputException.field("reason",
                Message.of("plans.document.freeze.reason", "Say why: consultation or adopted")));
        return ApiResponse.ok(documents.freeze(key(r), number(r, "number"), reason, r.user()));
    }

    /** The section of the path, when it belongs to the plan of the path; else 404. */
    private DocumentSection section(RouteRequest r) {
        long planId = r.id("id");
        long sectionId = r.id("sectionId");
        return documents.section(sectionId).filter(s -> s.key().planId() == planId)
                .orElseThrow(() -> new NotFoundException(Message.of("plans.document.section.unknown", "There is no section {0}", String.valueOf(sectionId))));
    }

    private static DocumentKey key(RouteRequest r) {
        DocumentKind kind = r.choice("kind", DocumentKind::parse).orElse(DocumentKind.PLAN);
        return new DocumentKey(r.id("id"), kind);
    }

    private static int number(RouteRequest r, String name) {
        long n = r.id(name);
        if (n < 1 || n > Integer.MAX_VALUE) {
            throw InvalidInputException.field(name, Message.of("plans.document.revision.unknown", "The document has no revision {0}", String.valueOf(n)));
        }
        return (int) n;
    }

    /** {@code ?lang=nn|nb|en}, nynorsk when absent. */
    private static Locale locale(RouteRequest r) {
        String lang = r.query("lang").orElse("nn").strip().toLowerCase(Locale.ROOT);
        return switch (lang) {
            case "nb", "no" -> Locale.forLanguageTag("nb-NO");
            case "en" -> Locale.ENGLISH;
            default -> Locale.forLanguageTag("nn-NO");
        };
    }

    private static String fileName(long planId, DocumentKind kind, Integer revision) {
        return (kind == DocumentKind.PROGRAM ? "planprogram-" : "plan-") + planId + (revision == null ? "" : "-r" + revision);
    }
}
