package no.planverk.plans.core.internal.document;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;
import no.planverk.plans.api.GoalLink;
import no.planverk.plans.api.GoalLinkProvider;
import no.planverk.plans.api.GoalService;
import no.planverk.plans.api.IndicatorService;
import no.planverk.plans.api.PlanService;
import no.planverk.plans.api.document.BlockChoice;
import no.planverk.plans.api.document.BlockContent;
import no.planverk.plans.api.document.BlockRef;
import no.planverk.plans.api.document.BlockType;
import no.planverk.plans.api.document.DocumentBlockProvider;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ReferenceCardinality;
import org.osgi.service.component.annotations.ReferencePolicy;

/** The plans module's own live blocks: the goal table and an indicator's trend. */
@Component(service = DocumentBlockProvider.class)
public class PlansBlockProvider implements DocumentBlockProvider {

    private final List<GoalLinkProvider> linkProviders = new CopyOnWriteArrayList<>();
    private final GoalTableBlock goalTable;
    private final IndicatorTrendBlock indicatorTrend;

    @Activate
    public PlansBlockProvider(@Reference PlanService plans, @Reference GoalService goals, @Reference IndicatorService indicators) {
        this.goalTable = new GoalTableBlock(plans, goals, this::links);
        this.indicatorTrend = new IndicatorTrendBlock(indicators);
    }

    /** Items of other modules linked to goals (measures) fill the goal table's "how" column. */
    @Reference(cardinality = ReferenceCardinality.MULTIPLE, policy = ReferencePolicy.DYNAMIC)
    public void addLinkProvider(GoalLinkProvider provider) {
        linkProviders.add(provider);
    }

    public void removeLinkProvider(GoalLinkProvider provider) {
        linkProviders.remove(provider);
    }

    @Override
    public List<BlockType> types(Locale locale) {
        return List.of(new BlockType(GoalTableBlock.TYPE, DocumentTexts.text(locale, "plans.document.block.goalTable", "Goal table")),
                new BlockType(IndicatorTrendBlock.TYPE, DocumentTexts.text(locale, "plans.document.block.indicatorTrend", "Indicator trend")));
    }

    @Override
    public List<BlockChoice> choices(String type, long planId, Locale locale) {
        return switch (type) {
            case GoalTableBlock.TYPE -> goalTable.choices(planId, locale);
            case IndicatorTrendBlock.TYPE -> indicatorTrend.choices(planId);
            default -> List.of();
        };
    }

    @Override
    public Optional<BlockContent> render(BlockRef block, Locale locale) {
        return switch (block.type()) {
            case GoalTableBlock.TYPE -> goalTable.render(block.param(), locale);
            case IndicatorTrendBlock.TYPE -> indicatorTrend.render(block.param(), locale);
            default -> Optional.empty();
        };
    }

    private List<GoalLink> links(Collection<Long> goalIds) {
        List<GoalLink> out = new ArrayList<>();
        for (GoalLinkProvider p : linkProviders) {
            out.addAll(p.linksTo(goalIds));
        }
        return out;
    }
}
