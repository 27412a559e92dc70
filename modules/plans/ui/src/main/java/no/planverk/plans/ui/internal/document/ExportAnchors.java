package no.planverk.plans.ui.internal.document;

import static no.planverk.plans.ui.internal.PlansTexts.t;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.AttachmentType;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.server.streams.DownloadHandler;
import java.util.Locale;
import no.planverk.plans.api.document.DocumentKey;
import no.planverk.plans.api.document.DocumentKind;
import no.planverk.plans.api.document.DocumentFormat;
import no.planverk.plans.api.document.DocumentRenderer;
import no.planverk.plans.api.document.PlanDocumentService;
import no.planverk.ui.api.Texts;

/** Downloads of the whole document as HTML, PDF and DOCX, rendered when the link is followed (comments left out). */
final class ExportAnchors {

    private ExportAnchors() {
    }

    static HorizontalLayout of(PlanDocumentService documents, DocumentRenderer renderer, DocumentKey key, String code) {
        HorizontalLayout row = new HorizontalLayout();
        row.getStyle().set("flex-wrap", "wrap");
        for (DocumentFormat format : DocumentFormat.values()) {
            String name = fileName(code, key.kind(), format);
            Locale locale = Texts.currentLocale();
            DownloadHandler handler = event -> {
                byte[] bytes = renderer.render(documents.content(key, null, locale), format, locale);
                event.setFileName(name);
                event.setContentType(format.mediaType());
                event.setContentLength(bytes.length);
                event.getOutputStream().write(bytes);
            };
            Anchor a = new Anchor(handler, AttachmentType.DOWNLOAD, t("document.export." + format.extension()));
            a.setId("planverk-document-export-" + format.extension());
            row.add(a);
        }
        return row;
    }

    /** The file name: the plan's code made safe, "-planprogram" for a programme, and the format's extension. */
    static String fileName(String code, DocumentKind kind, DocumentFormat format) {
        String safe = code.replaceAll("[^A-Za-z0-9._-]+", "-");
        return safe + (kind == DocumentKind.PROGRAM ? "-planprogram" : "") + "." + format.extension();
    }
}
