package no.planverk.plans.ui.internal.transfer;

import static no.planverk.plans.ui.internal.PlansTexts.t;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.AttachmentType;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.server.streams.DownloadHandler;
import java.nio.charset.StandardCharsets;
import java.util.EnumMap;
import java.util.Map;
import no.planverk.plans.api.PlanQuery;
import no.planverk.plans.api.PlanTransferService;

/** Downloads of every plan as plans.csv, goals.csv and plans.json, made when the link is followed. */
class ExportLinks extends VerticalLayout {

    private static final long serialVersionUID = 1L;

    final Map<Choice, Anchor> links = new EnumMap<>(Choice.class);

    ExportLinks(PlanTransferService transfer) {
        setPadding(false);
        HorizontalLayout row = new HorizontalLayout();
        row.getStyle().set("flex-wrap", "wrap");
        for (Choice c : Choice.values()) {
            Anchor a = new Anchor(handler(transfer, c), AttachmentType.DOWNLOAD, t("export.link", c.fileName));
            a.setId("planverk-export-" + c.name().toLowerCase(java.util.Locale.ROOT));
            links.put(c, a);
            row.add(a);
        }
        add(new H3(t("export.title")), new Paragraph(t("export.help")), row);
    }

    static DownloadHandler handler(PlanTransferService transfer, Choice c) {
        return event -> {
            byte[] bytes = content(transfer, c);
            event.setFileName(c.fileName);
            event.setContentType(c.contentType);
            event.setContentLength(bytes.length);
            event.getOutputStream().write(bytes);
        };
    }

    static byte[] content(PlanTransferService transfer, Choice c) {
        return transfer.export(c.kind, c.format, PlanQuery.all()).getBytes(StandardCharsets.UTF_8);
    }
}
