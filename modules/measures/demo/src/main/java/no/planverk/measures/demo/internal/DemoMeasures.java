package no.planverk.measures.demo.internal;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import no.planverk.measures.api.Light;
import no.planverk.measures.api.Measure;
import no.planverk.measures.api.MeasureQuery;
import no.planverk.measures.api.MeasureService;
import no.planverk.measures.api.MeasureStatus;
import no.planverk.measures.api.MeasureTransferService;
import no.planverk.measures.api.PlanDirectory;
import no.planverk.measures.api.ReportDraft;
import no.planverk.measures.api.ReportPeriod;
import no.planverk.measures.api.TransferFormat;
import no.planverk.platform.api.RowError;
import no.planverk.platform.api.UserContext;
import no.planverk.platform.api.transfer.ImportSummary;
import no.planverk.platform.demo.DemoUnitsLoaded;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Deactivate;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ReferenceCardinality;
import org.osgi.service.component.annotations.ReferencePolicy;
import org.osgi.service.component.annotations.ReferencePolicyOption;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Loads Bergen's measures 86-91 (seed 001) and Alver's measures from the KDP goal tables (seed 004 ch. 6)
 * once, with a few example reports. When the plans module is there, the measures are linked to the demo
 * plans and goals as soon as those are loaded ({@link DemoLinks}), whichever comes first.
 */
@Component(immediate = true)
public class DemoMeasures {

    private static final Logger LOG = LoggerFactory.getLogger(DemoMeasures.class);
    static final UserContext DEMO = UserContext.system("demo");
    /** The measures of each municipality, and a title that shows the file is loaded already. */
    static final Map<String, String> FILES = Map.of(DemoUnitsLoaded.BERGEN, "Forvaltningsenhet i ETTU",
            DemoUnitsLoaded.ALVER, "koordinator for frivillig innsats");

    private final DemoUnitsLoaded units;
    private volatile Future<?> job;
    private final MeasureService measures;
    private final ScheduledExecutorService linker = Executors.newSingleThreadScheduledExecutor(r -> new Thread(r, "planverk-demo-measures"));
    private volatile PlanDirectory directory;
    private volatile boolean active;

    private final MeasureTransferService transfer;
    private final Set<String> municipalities;

    /**
     * Without the plans module the measures load now, naming their plans in free text. With it, they load
     * once the demo plans are there (they may still be loading), so the import links them by title.
     */
    @Activate
    public DemoMeasures(@Reference DemoUnitsLoaded units, @Reference MeasureService measures, @Reference MeasureTransferService transfer) {
        this.units = units;
        this.measures = measures;
        this.transfer = transfer;
        this.municipalities = units.municipalities();
    }

    /** After the constructor and the binding of the plans directory, when the plans module is there. */
    @Activate
    void start() {
        if (directory == null) {
            // the plans module may come while this waits in the queue: then the linking below loads them, once its plans are there
            job = units.load("measures", () -> {
                if (directory == null) {
                    load(measures, transfer, municipalities).forEach((municipality, errors) -> {
                        if (directory != null) { // the plans module came while this ran: the linking loads them with its plans
                            LOG.info("Demo measures of {} wait for the demo plans", municipality);
                        } else {
                            LOG.error("Demo measures of {} were not loaded: {}", municipality, errors);
                        }
                    });
                }
            });
        }
        active = true;
        scheduleLinking();
    }

    @Reference(cardinality = ReferenceCardinality.OPTIONAL, policy = ReferencePolicy.DYNAMIC, policyOption = ReferencePolicyOption.GREEDY)
    void setDirectory(PlanDirectory d) {
        directory = d;
        scheduleLinking();
    }

    void unsetDirectory(PlanDirectory d) {
        if (directory == d) {
            directory = null;
        }
    }

    @Deactivate
    void stop() {
        active = false;
        if (job != null) {
            job.cancel(false);
        }
        linker.shutdownNow();
    }

    /** Links now, and again every two seconds for two minutes while the demo plans are still loading. */
    private void scheduleLinking() {
        if (active && directory != null) {
            linker.execute(() -> attempt(0));
        }
    }

    private void attempt(int tries) {
        PlanDirectory d = directory;
        if (d == null || !active) {
            return;
        }
        boolean plansThere = DemoLinks.plansLoaded(d, municipalities);
        if (plansThere) {
            load(measures, transfer, municipalities).forEach((municipality, errors) -> LOG.error("Demo measures of {} were not loaded: {}",
                    municipality, errors));
        }
        if ((!plansThere || DemoLinks.link(measures, d, DEMO) > 0) && tries < 60) {
            linker.schedule(() -> attempt(tries + 1), 2, TimeUnit.SECONDS);
        }
    }

    /** Loads the demo measures of each municipality that has none yet; answers the import's errors of those refused. */
    static synchronized Map<String, List<RowError>> load(MeasureService measures, MeasureTransferService transfer, Set<String> municipalities) {
        Map<String, List<RowError>> refused = new java.util.TreeMap<>();
        boolean loaded = false;
        for (String municipality : new TreeSet<>(municipalities)) {
            String marker = FILES.get(municipality);
            if (marker == null) {
                continue;
            }
            if (measures.list(new MeasureQuery(null, null, null, null, null, null, null, null, marker, null, 0, 1)).total() > 0) {
                LOG.info("Demo measures of {} are there already", municipality);
                continue;
            }
            ImportSummary s = transfer.importData(TransferFormat.CSV, read(municipality + ".csv"), DEMO);
            if (!s.committed()) {
                refused.put(municipality, s.errors());
                continue;
            }
            LOG.info("Demo measures of {}: {} loaded", municipality, s.created());
            loaded = true;
        }
        if (loaded) {
            reports(measures);
        }
        return refused;
    }

    /** Example follow-up, so the dashboard and the annual report show lights (not from the seeds). */
    static void reports(MeasureService measures) {
        List<Measure> all = measures.list(MeasureQuery.all()).items();
        report(measures, all, "86", "2025-T3", MeasureStatus.ONGOING, 50, Light.GREEN, null);
        report(measures, all, "87", "2025-T3", MeasureStatus.STARTED, 20, Light.YELLOW, "Tomt er ikke avklart ennå");
        report(measures, all, "3.3.1.1-a", "2023", MeasureStatus.COMPLETED, 100, Light.GREEN, null);
        report(measures, all, "1.2.6.2-a", "2023", MeasureStatus.COMPLETED, 100, Light.GREEN, null);
        report(measures, all, "3.3.1.1-b", "2025-T3", MeasureStatus.POSTPONED, 0, Light.RED,
                "Stillinga er ikkje finansiert i økonomiplanen; utsett til ny handsaming");
        report(measures, all, "4.1.1.1-a", "2025-T3", MeasureStatus.ONGOING, 60, Light.GREEN, null);
        report(measures, all, "1.2.8.1-a", "2024", MeasureStatus.COMPLETED, 100, Light.GREEN, null);
    }

    private static void report(MeasureService measures, List<Measure> all, String number, String period, MeasureStatus status,
            int percent, Light light, String comment) {
        ReportPeriod p = ReportPeriod.parse(period);
        for (Measure m : all.stream().filter(x -> x.number().equals(number)).toList()) {
            if (measures.reports(m.id()).stream().anyMatch(r -> r.period().equals(p))) {
                continue; // reported when its municipality was loaded
            }
            measures.report(m.id(), m.version(), new ReportDraft(p, status, percent, light, comment, null), DEMO);
        }
    }

    static byte[] read(String file) {
        try (InputStream in = DemoMeasures.class.getResourceAsStream("/no/planverk/measures/demo/" + file)) {
            if (in == null) {
                throw new IllegalStateException("The demo file " + file + " is missing from the bundle");
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
