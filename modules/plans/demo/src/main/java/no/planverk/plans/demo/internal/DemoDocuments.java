package no.planverk.plans.demo.internal;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import no.planverk.plans.api.GoalNode;
import no.planverk.plans.api.GoalService;
import no.planverk.plans.api.Plan;
import no.planverk.plans.api.PlanService;
import no.planverk.plans.api.document.BlockChoice;
import no.planverk.plans.api.document.DocumentKey;
import no.planverk.plans.api.document.DocumentSection;
import no.planverk.plans.api.document.FreezeReason;
import no.planverk.plans.api.document.PlanDocumentService;
import no.planverk.platform.demo.DemoUnitsLoaded;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Deactivate;
import org.osgi.service.component.annotations.Reference;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Writes Alver's KDP for health, social and care as a document (kdp-hso.md: seed 004's chapters and headings, short
 * demo text, live blocks) and freezes it for consultation, once: a document that has sections is left alone. Runs in
 * the background after the demo plans, waiting a while for the forecasting demo's saved run when forecasting is there.
 */
@Component(immediate = true)
public class DemoDocuments {

    private static final Logger LOG = LoggerFactory.getLogger(DemoDocuments.class);
    static final String KDP = "ALV-KDP-HSO";
    static final String FORECAST = "forecasting.run";
    /** Chapter 3's figure without forecasting: the nursing-home places indicator. */
    static final String PLACES_TREND = "plans.indicator-trend @PLACES";
    private static final Pattern HEADING = Pattern.compile("^(#{1,3}) (?:[0-9.]+ )?(.+)$");

    private final ScheduledExecutorService worker = Executors.newSingleThreadScheduledExecutor(r -> new Thread(r, "planverk-demo-documents"));
    private final PlanService plans;
    private final GoalService goals;
    private final PlanDocumentService documents;

    @Activate
    public DemoDocuments(@Reference DemoUnitsLoaded units, @Reference PlanService plans, @Reference GoalService goals,
            @Reference PlanDocumentService documents) {
        this.plans = plans;
        this.goals = goals;
        this.documents = documents;
        if (units.includes(DemoUnitsLoaded.ALVER)) {
            worker.execute(() -> attempt(0));
        }
        if (units.includes(DemoUnitsLoaded.BERGEN)) {
            worker.execute(() -> bergen(0));
        }
    }

    @Deactivate
    void stop() {
        worker.shutdownNow();
    }

    /** Every two seconds for two minutes while the plan, or the forecast run of an installed forecasting, is missing. */
    private void attempt(int tries) {
        try {
            if (!load(plans, goals, documents, tries >= 60) && tries < 60) {
                worker.schedule(() -> attempt(tries + 1), 2, TimeUnit.SECONDS);
            }
        } catch (RuntimeException e) {
            LOG.error("Demo document of {} was not written", KDP, e);
        }
    }

    private void bergen(int tries) {
        try {
            if (!loadBergen(plans, documents) && tries < 60) {
                worker.schedule(() -> bergen(tries + 1), 2, TimeUnit.SECONDS);
            }
        } catch (RuntimeException e) {
            LOG.error("Demo document of Bergen's plan was not written", e);
        }
    }

    /**
     * Bergen's revised plan in force (seeds 000, 001) gets a short summary with its goal table and measures, frozen as
     * adopted, so the portal shows a document for Bergen too. False while the plan is not there.
     */
    static synchronized boolean loadBergen(PlanService plans, PlanDocumentService documents) {
        Optional<Plan> plan = plans.all().stream().filter(p -> p.title().startsWith(DemoPlans.REVISED_PLAN_TITLE)
                && p.status() == no.planverk.plans.api.PlanStatus.IN_FORCE).findFirst();
        if (plan.isEmpty()) {
            return false;
        }
        DocumentKey key = DocumentKey.plan(plan.get().id());
        if (!documents.outline(key).sections().isEmpty()) {
            return true;
        }
        write(key, read("bergen-uh.md").replace("@PLAN", String.valueOf(plan.get().id())), documents);
        documents.freeze(key, documents.revisions(key).get(0).number(), FreezeReason.ADOPTED, DemoPlans.DEMO);
        LOG.info("Demo document of {}: summary frozen as adopted", plan.get().code());
        return true;
    }

    /** Writes and freezes the document; false when it should wait (no plan yet, or the forecast run not yet saved). */
    static synchronized boolean load(PlanService plans, GoalService goals, PlanDocumentService documents, boolean stopWaiting) {
        Optional<Plan> kdp = plans.findByCode(KDP);
        if (kdp.isEmpty()) {
            return false;
        }
        DocumentKey key = DocumentKey.plan(kdp.get().id());
        if (!documents.outline(key).sections().isEmpty()) {
            return true;
        }
        Optional<String> trend = trend(documents, kdp.get().id());
        if (trend.isEmpty() && !stopWaiting) {
            return false;
        }
        Map<String, String> params = params(kdp.get().id(), goals, documents);
        String text = read("kdp-hso.md").replace("@TREND", trend.orElse(PLACES_TREND));
        for (Map.Entry<String, String> p : params.entrySet()) {
            text = text.replace(p.getKey(), p.getValue());
        }
        int sections = write(key, text, documents);
        int revision = documents.revisions(key).get(0).number();
        documents.freeze(key, revision, FreezeReason.CONSULTATION, DemoPlans.DEMO);
        LOG.info("Demo document of {}: {} sections, frozen for consultation at revision {}", KDP, sections, revision);
        return true;
    }

    /** The forecasting demo's run when forecasting is installed (empty while it is not saved yet), else the places indicator. */
    private static Optional<String> trend(PlanDocumentService documents, long planId) {
        boolean forecasting = documents.blockTypes(Locale.ROOT).stream().anyMatch(t -> t.id().equals(FORECAST));
        if (!forecasting) {
            return Optional.of(PLACES_TREND);
        }
        List<BlockChoice> runs = documents.blockChoices(FORECAST, planId, Locale.ROOT);
        return runs.isEmpty() ? Optional.empty() : Optional.of(FORECAST + " " + runs.get(runs.size() - 1).param());
    }

    private static Map<String, String> params(long planId, GoalService goals, PlanDocumentService documents) {
        java.util.LinkedHashMap<String, String> p = new java.util.LinkedHashMap<>();
        p.put("@PLAN", String.valueOf(planId));
        for (GoalNode main : goals.tree(planId)) {
            p.put("@GOAL" + main.goal().code().replace("Hovudmål ", ""), String.valueOf(main.goal().id()));
        }
        List<BlockChoice> indicators = documents.blockChoices("plans.indicator-trend", planId, Locale.ROOT);
        p.put("@PLACES", indicator(indicators, "Sjukeheimsplassar"));
        p.put("@DEMENTIA", indicator(indicators, "Del av innbyggjarane med demenssjukdom"));
        return p;
    }

    private static String indicator(List<BlockChoice> indicators, String start) {
        return indicators.stream().filter(c -> c.label().startsWith(start)).map(BlockChoice::param).findFirst().orElse("0");
    }

    /** Adds the chapters and sections of the text ("#", "##", "###" headings) and saves each one's body. */
    static int write(DocumentKey key, String text, PlanDocumentService documents) {
        List<DocumentSection> parents = new ArrayList<>();
        DocumentSection current = null;
        StringBuilder body = new StringBuilder();
        int count = 0;
        for (String line : text.split("\n", -1)) {
            Matcher m = HEADING.matcher(line);
            if (!m.matches()) {
                body.append(line).append('\n');
                continue;
            }
            save(current, body, documents);
            int level = m.group(1).length();
            while (parents.size() >= level) {
                parents.remove(parents.size() - 1);
            }
            Long parent = parents.isEmpty() ? null : parents.get(parents.size() - 1).id();
            current = documents.add(key, parent, Integer.MAX_VALUE, m.group(2).strip(), DemoPlans.DEMO);
            parents.add(current);
            count++;
        }
        save(current, body, documents);
        return count;
    }

    private static void save(DocumentSection s, StringBuilder body, PlanDocumentService documents) {
        String md = body.toString().strip();
        body.setLength(0);
        if (s != null && !md.isEmpty()) {
            documents.save(s.id(), s.version(), s.heading(), md, DemoPlans.DEMO);
        }
    }

    static String read(String file) {
        try (InputStream in = DemoDocuments.class.getResourceAsStream("/no/planverk/plans/demo/" + file)) {
            if (in == null) {
                throw new IllegalStateException("The demo file " + file + " is missing from the bundle");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
