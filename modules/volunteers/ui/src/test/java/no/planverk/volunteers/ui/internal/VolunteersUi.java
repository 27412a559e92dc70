package no.planverk.volunteers.ui.internal;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import java.util.Set;
import no.planverk.platform.api.Role;
import no.planverk.platform.api.UserContext;
import no.planverk.ui.api.ViewContribution;
import no.planverk.ui.testing.ContributedViews;
import no.planverk.volunteers.api.Assignment;
import no.planverk.volunteers.api.AssignmentDraft;
import no.planverk.volunteers.api.Check;
import no.planverk.volunteers.api.Consent;
import no.planverk.volunteers.api.PoliceCertificate;
import no.planverk.volunteers.api.Schedule;
import no.planverk.volunteers.api.TimeSlot;
import no.planverk.volunteers.api.Volunteer;
import no.planverk.volunteers.api.VolunteerDraft;
import no.planverk.volunteers.api.VolunteerStatus;
import no.planverk.volunteers.core.internal.VolunteersFixture;
import no.planverk.volunteers.ui.internal.assignment.AssignmentContribution;
import no.planverk.volunteers.ui.internal.assignment.AssignmentsContribution;
import no.planverk.volunteers.ui.internal.calendar.CalendarContribution;
import no.planverk.volunteers.ui.internal.organisation.OrganisationsContribution;
import no.planverk.volunteers.ui.internal.report.ReportContribution;
import no.planverk.volunteers.ui.internal.transfer.ImportContribution;
import no.planverk.volunteers.ui.internal.volunteer.VolunteerContribution;
import no.planverk.volunteers.ui.internal.volunteer.VolunteersContribution;

/**
 * The volunteer views on the real volunteers services (in-memory Derby, today 25 November 2026) in a mocked Vaadin
 * UI, with the routes registered as the shell does: the contributions create the views. The names are invented.
 */
public final class VolunteersUi implements AutoCloseable {

    public static final UserContext COORDINATOR = UserContext.of("koordinator", Role.COORDINATOR);
    public static final UserContext READER = UserContext.of("lesar", Role.READER);
    /** Wednesday 25 November 2026, the fixture's today. */
    public static final LocalDate TODAY = LocalDate.of(2026, 11, 25);

    public final VolunteersFixture f = VolunteersFixture.inMemory();
    public final Services services;
    public final List<ViewContribution> contributions;

    public VolunteersUi() {
        services = new Services(f.organisations(), f.volunteers(), f.assignments(), f.hours(), f.transfer(), f.units(),
                VolunteersFixture.CLOCK);
        contributions = List.of(new VolunteersContribution(services), new VolunteerContribution(services),
                new AssignmentsContribution(services), new AssignmentContribution(services), new CalendarContribution(services),
                new OrganisationsContribution(services), new ReportContribution(services), new ImportContribution(services));
        ContributedViews.setUp(contributions, COORDINATOR);
    }

    public static void signIn(UserContext user) {
        ContributedViews.signIn(user);
    }

    public static <T extends Component> T open(String path, Class<T> view) {
        return ContributedViews.open(path, view);
    }

    public static List<String> notifications() {
        return ContributedViews.notifications();
    }

    /** The view shown and what is open over it (dialogs, notifications), for checks that a name is (not) on screen. */
    public static String html() {
        UI ui = UI.getCurrent();
        String view = ui.getInternals().getActiveRouterTargetsChain().stream().map(c -> c.getElement().getOuterHTML())
                .reduce("", String::concat);
        return view + ui.getElement().getOuterHTML();
    }

    /** An active volunteer with a police certificate valid until {@code expires} and a confidentiality declaration. */
    public Volunteer active(String name, LocalDate expires, String... skills) {
        VolunteerDraft d = new VolunteerDraft(name, null, null, null, List.of("tur"), List.of(skills), List.of("norsk"),
                List.of(TimeSlot.parse("wed 10:00-14:00")), List.of(), List.of(), new Consent(LocalDate.of(2026, 1, 5),
                List.of("matching")), new PoliceCertificate(LocalDate.of(2023, 10, 1), expires), LocalDate.of(2025, 1, 10), null);
        Volunteer v = f.volunteers().create(d, COORDINATOR);
        return f.volunteers().changeStatus(v.id(), v.version(), VolunteerStatus.ACTIVE, COORDINATOR);
    }

    /** Walks on Wednesdays 10-12 in Heimetenester from 4 November 2026, needing a police certificate. */
    public Assignment walks(int needed) {
        return f.assignments().create(new AssignmentDraft(f.units().id("ALV-HO-HEIM"), 2, "Turvenn", "Gå tur med bebuar", "Knarvik", null,
                Schedule.weekly(DayOfWeek.WEDNESDAY, LocalDate.of(2026, 11, 4), null, LocalTime.of(10, 0), LocalTime.of(12, 0)), needed,
                Set.of(Check.POLICE_CERTIFICATE), List.of()), COORDINATOR);
    }

    @Override
    public void close() {
        ContributedViews.tearDown();
        f.close();
    }
}
