package no.planverk.plans.demo.internal;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.Future;
import no.planverk.plans.api.Plan;
import no.planverk.plans.api.PlanService;
import no.planverk.plans.api.PlanStatus;
import no.planverk.plans.api.PlanTransferService;
import no.planverk.plans.api.StatusChange;
import no.planverk.plans.api.TransferFormat;
import no.planverk.plans.api.TransferKind;
import no.planverk.platform.api.UserContext;
import no.planverk.platform.api.transfer.ImportSummary;
import no.planverk.platform.demo.DemoUnitsLoaded;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Deactivate;
import org.osgi.service.component.annotations.Reference;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Loads Bergen's and Alver's plans (transcribed from the seed documents; those of the demo's municipalities) through the
 * ordinary import, once:
 * a file is skipped when the plan with its first code exists, so edits made later are never undone.
 */
@Component(immediate = true)
public class DemoPlans {

    private static final Logger LOG = LoggerFactory.getLogger(DemoPlans.class);
    static final UserContext DEMO = UserContext.system("demo");
    static final List<String> FILES = List.of("alver.json", "bergen.json");
    /** Bergen's plan for people with developmental disabilities, revised in 2024 (seed 001). */
    static final String REVISED_PLAN_TITLE = "Et helt liv med mening, vekst og utvikling";

    private final Future<?> job;

    /** The demo units must be there first: the files name units by code. */
    @Activate
    public DemoPlans(@Reference DemoUnitsLoaded units, @Reference PlanService plans, @Reference PlanTransferService transfer) {
        job = units.load("plans", () -> {
            for (String file : FILES) {
                if (units.includes(file.replace(".json", ""))) {
                    load(file, plans, transfer);
                }
            }
        });
    }

    @Deactivate
    void stop() {
        job.cancel(false);
    }

    static void load(String file, PlanService plans, PlanTransferService transfer) {
        String json = read(file);
        String firstCode = firstCode(json);
        if (firstCode != null && plans.findByCode(firstCode).isPresent()) {
            LOG.info("Demo plans of {} are there already", file);
            return;
        }
        ImportSummary s = transfer.importData(TransferKind.ALL, TransferFormat.JSON, json, DEMO);
        if (!s.committed()) {
            LOG.error("Demo plans of {} were not loaded: {}", file, s.errors());
            return;
        }
        LOG.info("Demo plans of {}: {} plans, {} goals", file, (int) s.figure("plansCreated"), (int) s.figure("goalsCreated"));
        if (file.equals("bergen.json")) {
            keepRevisionHistory(plans);
        }
    }

    /**
     * The 2018-2028 plan was adopted as a whole and revised for its second half in January 2024 (seeds 000
     * and 001). Running the revision through the lifecycle keeps the version before it as an edition.
     */
    static void keepRevisionHistory(PlanService plans) {
        Plan p = plans.all().stream().filter(x -> x.title().startsWith(REVISED_PLAN_TITLE) && x.status() == PlanStatus.IN_FORCE)
                .findFirst().orElse(null);
        if (p == null || !plans.editions(p.id()).isEmpty()) {
            return;
        }
        LocalDate adopted = p.statusDate() != null && p.statusDate().getYear() == 2024 ? p.statusDate() : LocalDate.of(2024, 1, 31);
        // the seeds give the year 2023 and the month January 2024, not the days: the notes say so
        p = plans.changeStatus(p.id(), p.version(), StatusChange.to(PlanStatus.REVISION, LocalDate.of(2023, 1, 1),
                "Rullering for siste halvdel av planperioden (dato i 2023 ikkje oppgitt i kjelda)"), DEMO);
        p = plans.changeStatus(p.id(), p.version(), StatusChange.to(PlanStatus.POLITICAL, LocalDate.of(2023, 12, 1),
                "Til behandling med midtvegsstatus og oppdatert forslag til plandokument fram til 2028 (dato omtrentleg)"), DEMO);
        plans.changeStatus(p.id(), p.version(), StatusChange.to(PlanStatus.IN_FORCE, adopted,
                "Bystyret vedtok rullert versjon i januar 2024"), DEMO);
    }

    private static String read(String file) {
        try (InputStream in = DemoPlans.class.getResourceAsStream("/no/planverk/plans/demo/" + file)) {
            if (in == null) {
                throw new IllegalStateException("The demo file " + file + " is missing from the bundle");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The code of the first plan in the file: {@code "code": "…"} after {@code "plans"}. */
    static String firstCode(String json) {
        java.util.regex.Matcher m = java.util.regex.Pattern.compile("\"plans\"\\s*:\\s*\\[\\s*\\{[^}]*?\"code\"\\s*:\\s*\"([^\"]+)\"",
                java.util.regex.Pattern.DOTALL).matcher(json);
        return m.find() ? m.group(1) : null;
    }
}
