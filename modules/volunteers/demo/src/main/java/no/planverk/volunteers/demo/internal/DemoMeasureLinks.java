package no.planverk.volunteers.demo.internal;

import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import no.planverk.platform.api.OrgUnit;
import no.planverk.platform.api.OrgUnitService;
import no.planverk.platform.demo.DemoUnitsLoaded;
import no.planverk.volunteers.api.Assignment;
import no.planverk.volunteers.api.AssignmentDraft;
import no.planverk.volunteers.api.AssignmentQuery;
import no.planverk.volunteers.api.AssignmentService;
import no.planverk.platform.api.link.MeasureDirectory;
import no.planverk.platform.api.link.MeasureRef;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Deactivate;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ReferenceCardinality;
import org.osgi.service.component.annotations.ReferencePolicy;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * With the measures module: the demo's assignments in Alver's health and care units serve measure 3.3.1.1-b, the
 * coordinator post for volunteer effort (seed 004), so that measure shows the effort behind it. The measures demo
 * and the volunteer demo load in any order, so this tries every few seconds for two minutes; it links once only
 * (a link a user has removed stays removed).
 */
@Component(immediate = true)
public class DemoMeasureLinks {

    private static final Logger LOG = LoggerFactory.getLogger(DemoMeasureLinks.class);
    static final String MEASURE = "3.3.1.1-b";
    static final String UNIT = "ALV-HO";
    private static final int TRIES = 40;

    private ScheduledExecutorService timer;

    private final AssignmentService assignments;
    private final OrgUnitService units;

    @Activate
    public DemoMeasureLinks(@Reference DemoUnitsLoaded loaded, @Reference AssignmentService assignments,
            @Reference OrgUnitService units) {
        this.assignments = assignments;
        this.units = units;
    }

    /**
     * The measures module's measures (the platform's port, registered by its core). Optional: a mandatory reference would make the demo bundle require the
     * service, and Karaf would then leave the whole bundle out of a system without the measures module.
     */
    @Reference(cardinality = ReferenceCardinality.OPTIONAL, policy = ReferencePolicy.DYNAMIC)
    synchronized void setMeasures(MeasureDirectory measures) {
        stop();
        ScheduledExecutorService t = Executors.newSingleThreadScheduledExecutor(r -> {
            Thread thread = new Thread(r, "planverk-volunteers-demo-links");
            thread.setDaemon(true);
            return thread;
        });
        int[] left = {TRIES};
        t.scheduleWithFixedDelay(() -> {
            try {
                if (link(measures, assignments, units) || --left[0] <= 0) {
                    t.shutdown();
                }
            } catch (RuntimeException e) {
                LOG.warn("Volunteer demo: linking assignments to measure {} failed", MEASURE, e);
                t.shutdown();
            }
        }, 2, 3, TimeUnit.SECONDS);
        timer = t;
    }

    synchronized void unsetMeasures(MeasureDirectory measures) {
        stop();
    }

    @Deactivate
    synchronized void stop() {
        if (timer != null) {
            timer.shutdownNow();
            timer = null;
        }
    }

    /** True when done: linked now, linked before, or nothing to link in this municipality's demo. */
    static boolean link(MeasureDirectory measures, AssignmentService assignments, OrgUnitService units) {
        Optional<OrgUnit> unit = units.findByCode(UNIT);
        if (unit.isEmpty()) {
            return true;
        }
        Optional<MeasureRef> post = measures.measures().stream().filter(m -> m.number().equals(MEASURE)).findFirst();
        List<Assignment> mine = assignments.list(new AssignmentQuery(unit.get().id(), false, null));
        if (post.isEmpty() || mine.isEmpty()) {
            return false;
        }
        if (mine.stream().anyMatch(a -> a.measureId() != null)) {
            return true;
        }
        Set<Long> linked = mine.stream().map(a -> {
            AssignmentDraft d = a.draft();
            return assignments.update(a.id(), a.version(), new AssignmentDraft(d.unitId(), d.step(), d.title(), d.description(),
                    d.place(), d.organisationId(), d.schedule(), d.needed(), d.requiredChecks(), d.requiredSkills(), post.get().id()),
                    DemoVolunteers.DEMO).id();
        }).collect(Collectors.toSet());
        LOG.info("Volunteer demo: {} assignments in {} serve measure {}", linked.size(), UNIT, MEASURE);
        return true;
    }
}
