package no.planverk.plans.core.internal.document.export;

import java.util.IdentityHashMap;
import java.util.Locale;
import java.util.Map;
import no.planverk.plans.api.document.BlockChart;
import no.planverk.plans.api.document.DocumentContent;
import no.planverk.plans.api.document.DocumentFormat;
import no.planverk.plans.api.document.DocumentRenderer;
import no.planverk.plans.core.internal.PlansMessages;
import no.planverk.platform.api.MessageCatalog;
import org.osgi.service.component.annotations.Component;

/** Exports documents as standalone HTML, PDF (A4) and DOCX, with the fixed texts from the plans module's catalog. */
@Component(service = DocumentRenderer.class)
public final class DocumentRendererImpl implements DocumentRenderer {

    static {
        // JFreeChart and the PDF layout draw with AWT; a server has no display
        if (System.getProperty("java.awt.headless") == null) {
            System.setProperty("java.awt.headless", "true");
        }
    }

    private final MessageCatalog catalog = new PlansMessages();

    @Override
    public byte[] render(DocumentContent document, DocumentFormat format, Locale locale) {
        ExportTexts texts = new ExportTexts(catalog, locale == null ? Locale.forLanguageTag("nn") : locale);
        Map<BlockChart, byte[]> pngs = new IdentityHashMap<>();
        Thread thread = Thread.currentThread();
        ClassLoader before = thread.getContextClassLoader();
        // XMLBeans (DOCX) and the PDF layout look up resources through the context loader: make it this bundle's
        thread.setContextClassLoader(DocumentRendererImpl.class.getClassLoader());
        try {
            return switch (format) {
                case HTML -> new HtmlPage(document, texts, false, c -> pngs.computeIfAbsent(c, ChartImages::png))
                        .render().getBytes(java.nio.charset.StandardCharsets.UTF_8);
                case PDF -> PdfExport.render(new HtmlPage(document, texts, true,
                        c -> pngs.computeIfAbsent(c, ChartImages::png)).render());
                case DOCX -> new DocxExport(document, texts, c -> pngs.computeIfAbsent(c, ChartImages::png)).render();
            };
        } finally {
            thread.setContextClassLoader(before);
        }
    }
}
