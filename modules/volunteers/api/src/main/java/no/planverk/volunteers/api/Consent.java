package no.planverk.volunteers.api;

import java.time.LocalDate;
import java.util.List;

/** The volunteer's consent to the processing of their data: when it was given and for what (e.g. "matching", "contact"). */
public record Consent(LocalDate given, List<String> purposes) {

    public Consent {
        purposes = Texts.list(purposes);
    }
}
