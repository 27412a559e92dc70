package no.planverk.forecasting.core.internal.staircase;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import no.planverk.forecasting.api.staircase.Staircase;
import no.planverk.forecasting.api.staircase.StaircaseStep;

/**
 * The staircase until a municipality saves its own: the four categories of seed 004 chapter 4.1 (Alver), with steps
 * named after the services the chapter gives as examples in each, and a step for the usual service names (the demo's
 * "heimetenester" and "heildøgns omsorg" among them) and for the housing staircase's types that are the same steps. The names are nynorsk; the views show bokmål and English
 * texts for a step while it keeps its seeded name.
 */
public final class SeededStaircase {

    public static final List<StaircaseStep> STEPS = List.of(
            new StaircaseStep(1, 1, "Informasjon, sjølvhjelp og eigenomsorg"),
            new StaircaseStep(2, 1, "Møteplassar, lågterskeltilbod og frivillige"),
            new StaircaseStep(3, 1, "Fastlege, psykolog og helsestasjon"),
            new StaircaseStep(4, 2, "Friskliv, læring og meistring"),
            new StaircaseStep(5, 2, "Praktisk bistand, heimehjelp og støttekontakt"),
            new StaircaseStep(6, 2, "Dagtilbod, arbeid og aktivitet"),
            new StaircaseStep(7, 3, "Heimetenester og heimesjukepleie"),
            new StaircaseStep(8, 3, "Omsorgsbustad med bemanning"),
            new StaircaseStep(9, 4, "Korttidsopphald i institusjon"),
            new StaircaseStep(10, 4, "Langtidsopphald og heildøgns omsorg"));

    public static final Map<String, Integer> SERVICES;

    static {
        Map<String, Integer> m = new LinkedHashMap<>();
        m.put("frisklivssentral", 4);
        m.put("praktisk bistand", 5);
        m.put("støttekontakt", 5);
        m.put("dagtilbod", 6);
        m.put("heimetenester", 7);
        m.put("heimesjukepleie", 7);
        m.put("omsorgsbustad", 8);
        m.put("korttidsopphald", 9);
        m.put("heildøgns omsorg", 10);
        m.put("sjukeheim", 10);
        // the housing staircase's types (seed 004, 4.2) where they are the same steps; unstaffed care housing is left to the municipality
        m.put("omsorgsbustader med base/bemanning dag/kveld", 8);
        m.put("sjukeheimsplassar korttid", 9);
        m.put("omsorgsbustader med heildøgns omsorg", 10);
        m.put("sjukeheimsplassar langtid", 10);
        SERVICES = java.util.Collections.unmodifiableMap(m);
    }

    private SeededStaircase() {
    }

    public static Staircase staircase() {
        return new Staircase(0, STEPS, SERVICES);
    }

    /** Whether a step still has its seeded name (then a view may show it in the user's language). */
    public static boolean seeded(StaircaseStep step) {
        return STEPS.stream().anyMatch(s -> s.number() == step.number() && s.name().equals(step.name()));
    }
}
