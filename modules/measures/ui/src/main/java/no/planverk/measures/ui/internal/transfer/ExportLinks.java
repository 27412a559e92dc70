package no.planverk.measures.ui.internal.transfer;

import static no.planverk.measures.ui.internal.transfer.TransferTexts.t;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.AttachmentType;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.server.streams.DownloadHandler;
import java.util.EnumMap;
import java.util.Map;
import no.planverk.measures.api.MeasureQuery;
import no.planverk.measures.api.MeasureTransferService;
import no.planverk.measures.api.TransferFormat;

/** Downloads of every measure as tiltak.csv, tiltak.json and tiltak.xlsx, made when the link is followed. */
class ExportLinks extends VerticalLayout {

    private static final long serialVersionUID = 1L;

    final Map<TransferFormat, Anchor> links = new EnumMap<>(TransferFormat.class);

    ExportLinks(MeasureTransferService transfer) {
        setPadding(false);
        HorizontalLayout row = new HorizontalLayout();
        row.getStyle().set("flex-wrap", "wrap");
        for (TransferFormat f : TransferFormat.values()) {
            Anchor a = new Anchor(handler(transfer, f), AttachmentType.DOWNLOAD, t("export.link", FileKind.fileName(f)));
            a.setId("planverk-measures-export-" + f.id());
            a.getElement().setAttribute("title", t("export.link.title." + f.id()));
            links.put(f, a);
            row.add(a);
        }
        add(new H3(t("export.title")), new Paragraph(t("export.help")), row);
    }

    static DownloadHandler handler(MeasureTransferService transfer, TransferFormat f) {
        return event -> {
            byte[] bytes = content(transfer, f);
            event.setFileName(FileKind.fileName(f));
            event.setContentType(FileKind.contentType(f));
            event.setContentLength(bytes.length);
            event.getOutputStream().write(bytes);
        };
    }

    static byte[] content(MeasureTransferService transfer, TransferFormat f) {
        return transfer.export(MeasureQuery.all(), f);
    }
}
