package no.planverk.volunteers.core.internal;

import no.planverk.platform.api.Message;
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
            out.add(new Conflict(Kind.NOT_ACTIVE, Message.of("volunteers.conflict.notActive", "The volunteer is {0}, not active",
                    v.status().id()), null));
        }
        LocalDate first = Matching.firstDay(a, day);
        if (a.requiredChecks().contains(Check.POLICE_CERTIFICATE)) {
            certificate(v.policeCertificate(), a, first, out);
        }
        if (a.requiredChecks().contains(Check.CONFIDENTIALITY) && !v.meets(Check.CONFIDENTIALITY, first)) {
            out.add(new Conflict(Kind.CONFIDENTIALITY_MISSING, Message.of("volunteers.conflict.confidentiality",
                    "The assignment needs a signed confidentiality declaration"), null));
        }
        List<String> missing = a.requiredSkills().stream().filter(s -> !v.skills().contains(s)).toList();
        if (!missing.isEmpty()) {
            out.add(new Conflict(Kind.SKILL_MISSING, Message.of("volunteers.conflict.skills", "Missing skills: {0}", String.join(", ", missing)),
                    null));
        }
        if (a.filled() >= a.needed()) {
            out.add(new Conflict(Kind.FULL, Message.of("volunteers.conflict.full", "The assignment has the {0} volunteers it needs",
                    String.valueOf(a.needed())), null));
        }
        for (Assignment o : others) {
            if (o.id() != a.id() && o.schedule().overlaps(a.schedule())) {
                out.add(new Conflict(Kind.DOUBLE_BOOKING, Message.of("volunteers.conflict.doubleBooking", "Placed on assignment {0} at the same time",
                        String.valueOf(o.id())), o.id()));
            }
        }
        return out;
    }

    private static void certificate(PoliceCertificate c, Assignment a, LocalDate first, List<Conflict> out) {
        if (c == null || c.checked() == null) {
            out.add(new Conflict(Kind.CERTIFICATE_MISSING, Message.of("volunteers.conflict.certificate.missing",
                    "The assignment needs a police certificate; none is registered"), null));
        } else if (!c.validOn(first)) {
            out.add(new Conflict(Kind.CERTIFICATE_EXPIRED, c.expires() != null && c.expires().isBefore(first)
                    ? Message.of("volunteers.conflict.certificate.expired", "The police certificate is not valid on {0} (expired {1})",
                            first.toString(), c.expires().toString())
                    : Message.of("volunteers.conflict.certificate.invalid", "The police certificate is not valid on {0}", first.toString()),
                    null));
        } else if (c.expires() != null && (a.schedule().end() == null || c.expires().isBefore(a.schedule().end()))) {
            out.add(new Conflict(Kind.CERTIFICATE_EXPIRES, Message.of("volunteers.conflict.certificate.expires",
                    "The police certificate expires {0}, before the assignment ends", c.expires().toString()), null));
        }
    }
}
