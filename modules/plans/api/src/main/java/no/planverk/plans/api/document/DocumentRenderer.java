package no.planverk.plans.api.document;

import java.util.Locale;
import org.osgi.annotation.versioning.ProviderType;

/**
 * Renders a document to HTML (standalone page), PDF (A4, table of contents, page numbers, municipality and title in
 * the header) or DOCX (real heading styles and tables). Provided by the plans module; other modules (consultation)
 * use it for their own documents.
 */
@ProviderType
public interface DocumentRenderer {

    byte[] render(DocumentContent document, DocumentFormat format, Locale locale);
}
