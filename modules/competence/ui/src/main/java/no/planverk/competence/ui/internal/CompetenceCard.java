package no.planverk.competence.ui.internal;

import static no.planverk.competence.ui.internal.CompetenceTexts.t;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.card.Card;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import no.planverk.competence.api.FulltimeService;
import no.planverk.competence.api.FulltimeStats;
import no.planverk.competence.api.Gap;
import no.planverk.competence.api.RequirementService;
import no.planverk.competence.api.WorkforceService;
import no.planverk.competence.api.WorkforceSummary;
import no.planverk.platform.api.OrgUnitService;
import no.planverk.ui.api.DashboardCard;
import no.planverk.ui.api.Formats;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Reference;

/**
 * The dashboard card for the newest register year: FTE, full-time share (positions at 100 % over all positions of the
 * top units with rows) and the number of deviations from statutory requirements, with links.
 */
@org.osgi.service.component.annotations.Component(service = DashboardCard.class)
public final class CompetenceCard implements DashboardCard {

    private final WorkforceService workforce;
    private final RequirementService requirements;
    private final FulltimeService fulltime;
    private final OrgUnitService units;

    @Activate
    public CompetenceCard(@Reference WorkforceService workforce, @Reference RequirementService requirements,
            @Reference FulltimeService fulltime, @Reference OrgUnitService units) {
        this.workforce = workforce;
        this.requirements = requirements;
        this.fulltime = fulltime;
        this.units = units;
    }

    @Override
    public Component create() {
        Card card = new Card();
        card.setId("planverk-competence-card");
        card.setTitle(new Span(t("card.title")));
        card.setWidth("22em");
        Integer year = workforce.latestYear();
        if (year == null) {
            card.setSubtitle(new Span(t("card.empty")));
            card.add(new Paragraph(link(CompetenceNav.SECTOR, t("card.toSector"))));
            return card;
        }
        Map<Long, WorkforceSummary> all = workforce.units(year).stream().collect(Collectors.toMap(WorkforceSummary::unitId,
                Function.identity(), (a, b) -> a));
        List<Long> tops = Units.of(units).tops(Set.copyOf(all.keySet()));
        double fte = tops.stream().mapToDouble(id -> all.get(id).fte()).sum();
        int positions = 0;
        int fullTime = 0;
        for (long id : tops) {
            FulltimeStats s = fulltime.report(id).trend().stream().map(y -> y.stats()).filter(st -> st.year() == year).findFirst()
                    .orElse(null);
            if (s != null) {
                positions += s.positions();
                fullTime += s.fullTime();
            }
        }
        List<Gap> deviations = requirements.gaps(null, year).deviations();
        card.setSubtitle(new Span(t("card.year", year)));
        Paragraph fteLine = new Paragraph(t("card.fte", Labels.fte(fte), Formats.integer(positions)));
        fteLine.setId("planverk-competence-card-fte");
        Paragraph shareLine = new Paragraph(t("card.fulltime", positions == 0 ? "–" : Labels.share((double) fullTime / positions)));
        shareLine.setId("planverk-competence-card-fulltime");
        Paragraph devLine = new Paragraph(link(CompetenceNav.SECTOR, deviationsText(deviations)));
        devLine.setId("planverk-competence-card-deviations");
        card.add(fteLine, shareLine, devLine, new Paragraph(link(CompetenceNav.UNIT, t("card.toUnit"))));
        return card;
    }

    /**
     * Deviations of every unit, naming where they are: the sector page shows one sector at a time, so without the
     * names "1 avvik" here and "ingen avvik" there (another municipality's sector) looked like a contradiction.
     */
    static String deviationsText(List<Gap> deviations) {
        String count = t("card.deviations", deviations.size());
        if (deviations.isEmpty()) {
            return count;
        }
        String where = deviations.stream().map(Gap::unitName).distinct().limit(3).collect(Collectors.joining(", "));
        long units = deviations.stream().map(Gap::unitName).distinct().count();
        return t("card.deviations.where", count, units > 3 ? where + ", …" : where);
    }

    private static Anchor link(String path, String text) {
        Anchor a = new Anchor(path, text);
        a.getElement().setAttribute("router-link", true);
        return a;
    }

    @Override
    public int order() {
        return 500;
    }
}
