package no.planverk.volunteers.api;

import java.time.LocalDate;

/** A police certificate (politiattest) the coordinator has seen: the day it was checked and the day it expires (null: no expiry noted). */
public record PoliceCertificate(LocalDate checked, LocalDate expires) {

    /** True when it was checked by that day and has not expired before it. */
    public boolean validOn(LocalDate day) {
        return checked != null && !checked.isAfter(day) && (expires == null || !expires.isBefore(day));
    }
}
