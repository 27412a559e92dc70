package no.planverk.plans.core.internal.document.export;

import com.openhtmltopdf.pdfboxout.PdfRendererBuilder;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import org.jsoup.Jsoup;
import org.jsoup.helper.W3CDom;

/** The print variant of the HTML page laid out on A4 by openhtmltopdf (PDFBox). */
final class PdfExport {

    private PdfExport() {
    }

    static byte[] render(String printHtml) {
        org.w3c.dom.Document dom = new W3CDom().fromJsoup(Jsoup.parse(printHtml));
        try (ByteArrayOutputStream out = new ByteArrayOutputStream(256 * 1024)) {
            PdfRendererBuilder builder = new PdfRendererBuilder();
            builder.useFastMode();
            PdfFonts.register(builder);
            builder.withW3cDocument(dom, "about:blank");
            builder.toStream(out);
            builder.run();
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
