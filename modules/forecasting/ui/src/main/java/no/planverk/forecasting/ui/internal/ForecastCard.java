package no.planverk.forecasting.ui.internal;

import static no.planverk.forecasting.ui.internal.ForecastTexts.t;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.card.Card;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import no.planverk.forecasting.api.ForecastService;
import no.planverk.forecasting.api.RunInfo;
import no.planverk.ui.api.DashboardCard;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Reference;

/** The dashboard card: how many saved runs and stored inputs there are, the latest run, and where to run one. */
@org.osgi.service.component.annotations.Component(service = DashboardCard.class)
public final class ForecastCard implements DashboardCard {

    private final ForecastService forecasts;

    @Activate
    public ForecastCard(@Reference ForecastService forecasts) {
        this.forecasts = forecasts;
    }

    @Override
    public Component create() {
        List<RunInfo> runs = forecasts.runs();
        Card card = new Card();
        card.setId("planverk-forecasting-card");
        card.setTitle(new Span(t("card.title")));
        card.setSubtitle(new Span(t("card.runs", runs.size(), forecasts.inputs(null).size())));
        Optional<RunInfo> latest = runs.stream().max(Comparator.comparing(RunInfo::created, Comparator.nullsFirst(Comparator.naturalOrder()))
                .thenComparing(RunInfo::id));
        Paragraph last = new Paragraph();
        last.setId("planverk-forecasting-card-latest");
        if (latest.isPresent()) {
            RunInfo r = latest.get();
            last.add(new Span(t("card.latest") + " "), link(ForecastNav.saved(r.id()), r.name()),
                    new Span(" (" + r.baseYear() + "–" + r.horizon() + ", " + Labels.time(r.created()) + ")"));
        } else {
            last.setText(t("card.none"));
        }
        card.add(last, new Paragraph(link(ForecastNav.RUN, t("card.toRun"))), new Paragraph(link(ForecastNav.RUNS, t("card.toRuns"))));
        card.setWidth("22em");
        return card;
    }

    private static Anchor link(String path, String text) {
        Anchor a = new Anchor(path, text);
        a.getElement().setAttribute("router-link", true);
        return a;
    }

    @Override
    public int order() {
        return 300;
    }
}
