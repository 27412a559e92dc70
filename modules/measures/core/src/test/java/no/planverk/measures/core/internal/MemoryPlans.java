package no.planverk.measures.core.internal;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import no.planverk.measures.api.GoalInfo;
import no.planverk.measures.api.PlanDirectory;
import no.planverk.measures.api.PlanInfo;
import no.planverk.platform.testing.MemoryUnits;

/**
 * Plans and goals in memory, standing in for the plans module in tests: Alver's KDP (owned by Alver's health and care
 * sector, goal 3.3 with sub-goal 3.3.1) and Bergen's UH plans (owned by the UH services).
 */
public final class MemoryPlans implements PlanDirectory {

    private final List<PlanInfo> plans = new ArrayList<>();
    private final List<GoalInfo> goals = new ArrayList<>();
    private final Map<Long, Long> parents = new HashMap<>();
    private final Map<Long, Long> owners = new HashMap<>();

    public MemoryPlans() {
        plans.add(new PlanInfo(100, "ALV-KDP-HSO", "Kommunedelplan for helse, sosial og omsorg 2021-2033", 2021, 2033));
        plans.add(new PlanInfo(200, "BRG-UH-2018", "Et helt liv med mening, vekst og utvikling", 2018, 2028));
        plans.add(new PlanInfo(300, "BRG-UH-2029", "Temaplan for tjenester til personer med utviklingshemming 2029-2032", 2029, 2032));
        goals.add(new GoalInfo(1001, 100, "3.3", "Frivillig sektor i Alver er mangfaldig og sterk"));
        goals.add(new GoalInfo(1003, 100, "3.3.1", "Vi har system for å rekruttere og ta vare på frivillige"));
        goals.add(new GoalInfo(1002, 100, "4.1", "Innbyggjarane har god helse og livskvalitet"));
        goals.add(new GoalInfo(2001, 200, "5", "Gode og helhetlige helse- og omsorgstjenester"));
        parents.put(1003L, 1001L);
        MemoryUnits units = new MemoryUnits();
        owners.put(100L, units.id("ALV-HO"));
        owners.put(200L, units.id("BRG-UH"));
        owners.put(300L, units.id("BRG-UH"));
    }

    @Override
    public List<GoalInfo> goalChain(long goalId) {
        List<GoalInfo> chain = new ArrayList<>();
        for (Long id = goalId; id != null; id = parents.get(id)) {
            chain.addAll(0, goals(List.of(id)));
        }
        return chain;
    }

    @Override
    public Map<Long, Long> planOwners() {
        return Map.copyOf(owners);
    }

    @Override
    public List<PlanInfo> plans() {
        return List.copyOf(plans);
    }

    @Override
    public Optional<PlanInfo> plan(long id) {
        return plans.stream().filter(p -> p.id() == id).findFirst();
    }

    @Override
    public List<GoalInfo> goals(long planId) {
        return goals.stream().filter(g -> g.planId() == planId).toList();
    }

    @Override
    public List<GoalInfo> goals(Collection<Long> ids) {
        return goals.stream().filter(g -> ids.contains(g.id())).toList();
    }
}
