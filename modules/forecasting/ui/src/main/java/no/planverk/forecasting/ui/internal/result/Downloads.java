package no.planverk.forecasting.ui.internal.result;

import static no.planverk.forecasting.ui.internal.ForecastTexts.t;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.AttachmentType;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.server.streams.DownloadHandler;
import java.nio.charset.StandardCharsets;
import java.util.function.Supplier;
import no.planverk.forecasting.api.ForecastCsv;
import no.planverk.forecasting.api.ForecastResult;

/** The result as CSV files (UTF-8 with a byte order mark, so Excel reads æ, ø and å). */
public final class Downloads extends HorizontalLayout {

    private static final long serialVersionUID = 1L;
    public final Anchor results;
    public final Anchor users;
    public final Anchor years;

    Downloads(ForecastResult result, ForecastCsv csv) {
        String prefix = "prognose-" + result.baseYear() + "-" + result.horizon();
        results = anchor("planverk-forecasting-download-results", prefix + "-resultat.csv", t("download.results"), () -> csv.resultCsv(result));
        users = anchor("planverk-forecasting-download-users", prefix + "-brukarar.csv", t("download.users"), () -> csv.usersCsv(result));
        years = anchor("planverk-forecasting-download-years", prefix + "-aar.csv", t("download.years"), () -> csv.yearsCsv(result));
        getStyle().set("flex-wrap", "wrap");
        add(results, users, years);
    }

    private static Anchor anchor(String id, String fileName, String label, Supplier<String> content) {
        Anchor a = new Anchor(handler(fileName, content), AttachmentType.DOWNLOAD, label);
        a.setId(id);
        return a;
    }

    /** A CSV download made when the link is followed. */
    public static DownloadHandler handler(String fileName, Supplier<String> content) {
        return event -> {
            byte[] bytes = ("\uFEFF" + content.get()).getBytes(StandardCharsets.UTF_8);
            event.setFileName(fileName);
            event.setContentType("text/csv; charset=UTF-8");
            event.setContentLength(bytes.length);
            event.getOutputStream().write(bytes);
        };
    }
}
