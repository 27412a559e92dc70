package no.planverk.volunteers.ui.internal;

import no.planverk.volunteers.api.VolunteerSummary;

/** Chooses a volunteer in the "place another volunteer" box as a user would, from the items it offers. */
final class VolunteerSummaryPick {

    private VolunteerSummaryPick() {
    }

    static void pick(MatchPanel panel, long volunteerId) {
        VolunteerSummary v = panel.other.getListDataView().getItems().filter(x -> x.id() == volunteerId).findFirst().orElseThrow();
        panel.other.setValue(v);
    }
}
