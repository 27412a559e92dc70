package no.planverk.measures.plans.internal;

import java.text.NumberFormat;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Collectors;
import no.planverk.measures.api.Light;
import no.planverk.measures.api.Measure;
import no.planverk.measures.api.MeasureQuery;
import no.planverk.measures.api.MeasureService;
import no.planverk.plans.api.GoalNode;
import no.planverk.plans.api.GoalService;
import no.planverk.plans.api.PlanService;
import no.planverk.plans.api.document.BlockCell;
import no.planverk.plans.api.document.BlockChoice;
import no.planverk.plans.api.document.BlockContent;
import no.planverk.plans.api.document.BlockRef;
import no.planverk.plans.api.document.BlockTable;
import no.planverk.plans.api.document.BlockType;
import no.planverk.plans.api.document.DocumentBlockProvider;
import no.planverk.platform.api.Message;
import no.planverk.platform.api.OrgUnit;
import no.planverk.platform.api.OrgUnitService;
import no.planverk.platform.api.Translator;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/**
 * The live block {@code measures.measure-table} of plan documents: the measures of a plan ({@code plan:ID}) or of a goal
 * ({@code goal:ID}) with number, title, who is responsible, years, total cost and the status light of the latest report.
 */
@Component(service = DocumentBlockProvider.class)
public class MeasuresBlock implements DocumentBlockProvider {

    static final String TYPE = "measures.measure-table";

    private final MeasureService measures;
    private final PlanService plans;
    private final GoalService goals;
    private final OrgUnitService units;
    private final Translator texts;

    @Activate
    public MeasuresBlock(@Reference MeasureService measures, @Reference PlanService plans, @Reference GoalService goals,
            @Reference OrgUnitService units, @Reference Translator texts) {
        this.measures = measures;
        this.plans = plans;
        this.goals = goals;
        this.units = units;
        this.texts = texts;
    }

    @Override
    public List<BlockType> types(Locale locale) {
        return List.of(new BlockType(TYPE, text(locale, "measures.document.block", "Measures with status")));
    }

    @Override
    public List<BlockChoice> choices(String type, long planId, Locale locale) {
        if (!TYPE.equals(type)) {
            return List.of();
        }
        List<BlockChoice> out = new ArrayList<>();
        out.add(new BlockChoice("plan:" + planId, text(locale, "measures.document.wholePlan", "All measures of the plan")));
        for (GoalNode main : goals.tree(planId)) {
            main.flatten().forEach(g -> out.add(new BlockChoice("goal:" + g.id(), g.label())));
        }
        return out;
    }

    @Override
    public Optional<BlockContent> render(BlockRef block, Locale locale) {
        if (!TYPE.equals(block.type())) {
            return Optional.empty();
        }
        String[] p = block.param().split(":", 2);
        Long id = p.length == 2 ? number(p[1]) : null;
        if (id == null) {
            return Optional.empty();
        }
        if (p[0].equals("plan")) {
            return plans.find(id).map(plan -> content(plan.title(), measures.list(MeasureQuery.ofPlan(id)).items(), locale));
        }
        if (p[0].equals("goal")) {
            return goals.find(id).map(g -> content(g.label(), measures.forGoals(List.of(id)), locale));
        }
        return Optional.empty();
    }

    private BlockContent content(String title, List<Measure> list, Locale locale) {
        List<List<BlockCell>> rows = list.stream().sorted(Comparator.comparing(Measure::number, Comparator.nullsLast(Comparator.naturalOrder())))
                .map(m -> row(m, locale)).toList();
        List<String> headers = List.of(text(locale, "measures.document.number", "No."), text(locale, "measures.document.title", "Measure"),
                text(locale, "measures.document.responsible", "Responsible"), text(locale, "measures.document.years", "Years"),
                text(locale, "measures.document.cost", "Cost"), text(locale, "measures.document.status", "Status"));
        String note = rows.isEmpty() ? text(locale, "measures.document.none", "No measures yet.") : "";
        return new BlockContent(title, List.of(new BlockTable(headers, rows)), List.of(), note);
    }

    private List<BlockCell> row(Measure m, Locale locale) {
        String years = m.fromYear() == null && m.toYear() == null ? ""
                : (m.fromYear() == null ? "" : m.fromYear()) + "–" + (m.toYear() == null ? "" : m.toYear());
        String cost = m.totalCost() == 0 ? "" : money(m.totalCost());
        return List.of(BlockCell.of(m.number() == null ? "" : m.number()), BlockCell.of(m.title()), BlockCell.of(responsible(m, locale)),
                BlockCell.of(years), BlockCell.of(cost), new BlockCell(light(m.light(), locale), colour(m.light())));
    }

    private String responsible(Measure m, Locale locale) {
        if (m.responsibility() == null) {
            return "";
        }
        return switch (m.responsibility()) {
            case UNITS -> m.unitIds().stream().map(units::find).flatMap(Optional::stream).map(OrgUnit::name).collect(Collectors.joining(", "));
            case CROSS_SECTOR -> text(locale, "measures.document.crossSector", "Cross-sector");
            case ALL -> text(locale, "measures.document.everyone", "Everyone");
        };
    }

    private String light(Light light, Locale locale) {
        if (light == null) {
            return text(locale, "measures.document.light.none", "Not reported");
        }
        return switch (light) {
            case GREEN -> text(locale, "measures.document.light.green", "Green: as planned");
            case YELLOW -> text(locale, "measures.document.light.yellow", "Yellow: some deviation");
            case RED -> text(locale, "measures.document.light.red", "Red: serious deviation");
        };
    }

    /** The light's colour, so it is seen as well as read. */
    static String colour(Light light) {
        if (light == null) {
            return null;
        }
        return switch (light) {
            case GREEN -> "#2e7d32";
            case YELLOW -> "#f9a825";
            case RED -> "#c62828";
        };
    }

    /** "1 200 000 kr", Norwegian style. */
    static String money(long nok) {
        return NumberFormat.getIntegerInstance(Locale.forLanguageTag("nb-NO")).format(nok) + " kr";
    }

    private String text(Locale locale, String key, String english) {
        return texts.text(Message.of(key, english), locale);
    }

    private static Long number(String s) {
        try {
            return Long.parseLong(s.strip());
        } catch (NumberFormatException e) {
            return null;
        }
    }
}
