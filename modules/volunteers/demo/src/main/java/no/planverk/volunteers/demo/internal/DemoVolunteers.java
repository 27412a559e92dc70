package no.planverk.volunteers.demo.internal;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Future;
import no.planverk.platform.api.OrgUnit;
import no.planverk.platform.api.OrgUnitService;
import no.planverk.platform.api.UserContext;
import no.planverk.platform.api.transfer.FileFormat;
import no.planverk.platform.api.transfer.ImportFile;
import no.planverk.platform.api.transfer.ImportSummary;
import no.planverk.platform.api.transfer.ModuleTransfer;
import no.planverk.platform.demo.DemoUnitsLoaded;
import no.planverk.volunteers.api.Assignment;
import no.planverk.volunteers.api.AssignmentDraft;
import no.planverk.volunteers.api.AssignmentService;
import no.planverk.volunteers.api.HoursDraft;
import no.planverk.volunteers.api.HoursService;
import no.planverk.volunteers.api.ImportKind;
import no.planverk.volunteers.api.OrganisationService;
import no.planverk.volunteers.api.UnitContact;
import no.planverk.volunteers.api.Volunteer;
import no.planverk.volunteers.api.VolunteerService;
import no.planverk.volunteers.api.VolunteerStatus;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Deactivate;
import org.osgi.service.component.annotations.Reference;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Loads the volunteer demo once: organisations through the CSV import, invented volunteers, assignments in
 * Alver's six local centres, unit contacts, a few placements and today's hours. Without Alver's demo units
 * (a demo of Bergen only) it loads nothing.
 */
@Component(immediate = true)
public class DemoVolunteers {

    private static final Logger LOG = LoggerFactory.getLogger(DemoVolunteers.class);

    private final Future<?> job;
    static final UserContext DEMO = UserContext.system("demo");
    static final String MARKER = "Alver sanitetslag (oppdikta)";

    /** The services the demo writes through. */
    record Services(OrgUnitService units, OrganisationService organisations, VolunteerService volunteers, AssignmentService assignments,
            HoursService hours, ModuleTransfer transfer) {
    }

    @Activate
    public DemoVolunteers(@Reference DemoUnitsLoaded loaded, @Reference OrgUnitService units, @Reference OrganisationService organisations,
            @Reference VolunteerService volunteers, @Reference AssignmentService assignments, @Reference HoursService hours,
            @Reference(target = "(module=volunteers)") ModuleTransfer transfer) {
        Services s = new Services(units, organisations, volunteers, assignments, hours, transfer);
        job = loaded.load("volunteers", () -> load(s, LocalDate.now(ZoneId.of("Europe/Oslo"))));
    }

    @Deactivate
    void stop() {
        job.cancel(false);
    }

    static synchronized void load(Services s, LocalDate today) {
        if (s.units().findByCode("ALV-HO").isEmpty() || s.units().findByCode("ALV-KUL-FRIV").isEmpty()) {
            LOG.info("Volunteer demo: Alver's demo units are not there; nothing loaded");
            return;
        }
        if (!s.organisations().list(MARKER).isEmpty()) {
            LOG.info("Volunteer demo data is there already");
            return;
        }
        ImportSummary orgs = s.transfer().commit(new ImportFile(FileFormat.CSV, ImportKind.ORGANISATIONS.id(), read("organisations.csv")), DEMO);
        if (!orgs.committed()) {
            LOG.error("Volunteer demo organisations were not loaded: {}", orgs.errors());
            return;
        }
        Map<String, Long> orgIds = new HashMap<>();
        s.organisations().list(null).forEach(o -> orgIds.put(o.orgNumber(), o.id()));
        List<Volunteer> people = volunteers(s, today, orgIds);
        List<Assignment> tasks = assignments(s, today, orgIds);
        DemoData.CONTACTS.forEach((code, c) -> s.assignments().setContact(new UnitContact(unit(s, code), c[0], c[1], null, null), DEMO));
        int placed = place(s, tasks, today);
        LOG.info("Volunteer demo: {} organisations, {} volunteers, {} assignments, {} placements", orgs.created(), people.size(),
                tasks.size(), placed);
    }

    private static List<Volunteer> volunteers(Services s, LocalDate today, Map<String, Long> orgIds) {
        List<Volunteer> out = new ArrayList<>();
        for (DemoData.Person p : DemoData.people(today)) {
            var d = p.draft();
            Volunteer v = s.volunteers().create(new no.planverk.volunteers.api.VolunteerDraft(d.name(), d.email(), d.phone(),
                    p.orgNumber() == null ? null : orgIds.get(p.orgNumber()), d.interests(), d.skills(), d.languages(), d.availability(),
                    d.preferredUnitIds(), d.preferredSteps(), d.consent(), d.policeCertificate(), d.confidentialitySigned(), d.notes()),
                    DEMO);
            if (p.status() != VolunteerStatus.APPLICANT) {
                v = s.volunteers().changeStatus(v.id(), v.version(), VolunteerStatus.ACTIVE, DEMO);
            }
            if (p.status() == VolunteerStatus.PAUSED) {
                v = s.volunteers().changeStatus(v.id(), v.version(), VolunteerStatus.PAUSED, DEMO);
            }
            out.add(v);
        }
        return out;
    }

    private static List<Assignment> assignments(Services s, LocalDate today, Map<String, Long> orgIds) {
        List<Assignment> out = new ArrayList<>();
        for (DemoData.Task t : DemoData.tasks(today)) {
            AssignmentDraft d = t.draft();
            out.add(s.assignments().create(new AssignmentDraft(unit(s, t.unit()), d.step(), d.title(), d.description(), d.place(),
                    t.orgNumber() == null ? null : orgIds.get(t.orgNumber()), d.schedule(), d.needed(), d.requiredChecks(),
                    d.requiredSkills()), DEMO));
        }
        return out;
    }

    /**
     * Places the best match on each assignment, from its start when it began in the past (recorded afterwards),
     * and logs the hours of every occurrence up to today.
     */
    private static int place(Services s, List<Assignment> tasks, LocalDate today) {
        int placed = 0;
        for (Assignment a : tasks) {
            var best = s.assignments().matches(a.id(), DEMO).stream().filter(m -> m.warnings().stream().noneMatch(w -> w.kind()
                    == no.planverk.volunteers.api.Conflict.Kind.DOUBLE_BOOKING)).findFirst();
            if (best.isEmpty()) {
                continue;
            }
            LocalDate from = a.schedule().start().isBefore(today) ? a.schedule().start() : null;
            s.assignments().assign(a.id(), best.get().volunteerId(), from, DEMO);
            placed++;
            BigDecimal h = BigDecimal.valueOf(a.schedule().minutes()).divide(BigDecimal.valueOf(60), 2, java.math.RoundingMode.DOWN);
            for (LocalDate day : a.schedule().occurrences(a.schedule().start(), today)) {
                s.hours().log(new HoursDraft(a.id(), best.get().volunteerId(), day, h), DEMO);
            }
        }
        return placed;
    }

    private static long unit(Services s, String code) {
        return s.units().findByCode(code).map(OrgUnit::id)
                .orElseThrow(() -> new IllegalStateException("Demo unit " + code + " is missing"));
    }

    static byte[] read(String file) {
        try (InputStream in = DemoVolunteers.class.getResourceAsStream("/no/planverk/volunteers/demo/" + file)) {
            if (in == null) {
                throw new IllegalStateException("The demo file " + file + " is missing from the bundle");
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
