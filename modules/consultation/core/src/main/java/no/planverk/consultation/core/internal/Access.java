package no.planverk.consultation.core.internal;

import no.planverk.platform.api.AccessDeniedException;
import no.planverk.platform.api.Message;
import no.planverk.platform.api.Role;
import no.planverk.platform.api.UserContext;

/** Who may do what: planners (and admins) change and see contact details; every Planverk role reads. */
public final class Access {

    private Access() {
    }

    static boolean planner(UserContext by) {
        return by != null && by.has(Role.PLANNER);
    }

    public static void requirePlanner(UserContext by) {
        if (!planner(by)) {
            throw new AccessDeniedException(Message.of("consultation.denied.planner",
                    "Only planners may change consultations, assess submissions and see submitters'' contact details"));
        }
    }

    static void requireReader(UserContext by) {
        if (by == null || !by.has(Role.READER)) {
            throw new AccessDeniedException(Message.of("consultation.denied.reader", "Log in to read consultations"));
        }
    }
}
