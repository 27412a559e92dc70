package no.planverk.volunteers.core.internal;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import no.planverk.volunteers.api.Assignment;
import no.planverk.volunteers.api.Check;
import no.planverk.volunteers.api.Conflict;
import no.planverk.volunteers.api.Conflict.Kind;
import no.planverk.volunteers.api.PoliceCertificate;
import no.planverk.volunteers.api.Volunteer;
import no.planverk.volunteers.api.VolunteerStatus;

/** What a coordinator should know about placing a volunteer on an assignment. Messages carry ids and dates, never names. */
final class Conflicts {

    private Conflicts() {
    }

    /**
     * {@code others}: the assignments the volunteer is placed on now, without this one; {@code day}: today, or
     * the day a placement recorded afterwards began (checks count from the later of it and the assignment's start).
     */
    static List<Conflict> find(Volunteer v, Assignment a, List<Assignment> others, LocalDate day) {
        List<Conflict> out = new ArrayList<>();
        if (v.status() != VolunteerStatus.ACTIVE) {
            out.add(new Conflict(Kind.NOT_ACTIVE, "The volunteer is " + v.status().id() + ", not active", null));
        }
        LocalDate first = Matching.firstDay(a, day);
        if (a.requiredChecks().contains(Check.POLICE_CERTIFICATE)) {
            certificate(v.policeCertificate(), a, first, out);
        }
        if (a.requiredChecks().contains(Check.CONFIDENTIALITY) && !v.meets(Check.CONFIDENTIALITY, first)) {
            out.add(new Conflict(Kind.CONFIDENTIALITY_MISSING, "The assignment needs a signed confidentiality declaration", null));
        }
        List<String> missing = a.requiredSkills().stream().filter(s -> !v.skills().contains(s)).toList();
        if (!missing.isEmpty()) {
            out.add(new Conflict(Kind.SKILL_MISSING, "Missing skills: " + String.join(", ", missing), null));
        }
        if (a.filled() >= a.needed()) {
            out.add(new Conflict(Kind.FULL, "The assignment has the " + a.needed() + " volunteers it needs", null));
        }
        for (Assignment o : others) {
            if (o.id() != a.id() && o.schedule().overlaps(a.schedule())) {
                out.add(new Conflict(Kind.DOUBLE_BOOKING, "Placed on assignment " + o.id() + " at the same time", o.id()));
            }
        }
        return out;
    }

    private static void certificate(PoliceCertificate c, Assignment a, LocalDate first, List<Conflict> out) {
        if (c == null || c.checked() == null) {
            out.add(new Conflict(Kind.CERTIFICATE_MISSING, "The assignment needs a police certificate; none is registered", null));
        } else if (!c.validOn(first)) {
            out.add(new Conflict(Kind.CERTIFICATE_EXPIRED, "The police certificate is not valid on " + first
                    + (c.expires() != null && c.expires().isBefore(first) ? " (expired " + c.expires() + ")" : ""), null));
        } else if (c.expires() != null && (a.schedule().end() == null || c.expires().isBefore(a.schedule().end()))) {
            out.add(new Conflict(Kind.CERTIFICATE_EXPIRES, "The police certificate expires " + c.expires() + ", before the assignment ends",
                    null));
        }
    }
}
