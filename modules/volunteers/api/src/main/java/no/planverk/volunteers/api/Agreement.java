package no.planverk.volunteers.api;

import java.time.LocalDate;

/** An agreement between an organisation and the municipality: its type (e.g. "samarbeidsavtale"), period and document name. */
public record Agreement(String type, LocalDate from, LocalDate to, String document) {

    public boolean validOn(LocalDate day) {
        return (from == null || !from.isAfter(day)) && (to == null || !to.isBefore(day));
    }
}
