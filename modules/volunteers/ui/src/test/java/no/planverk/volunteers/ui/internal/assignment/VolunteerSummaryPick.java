package no.planverk.volunteers.ui.internal.assignment;

import no.planverk.volunteers.api.VolunteerSummary;

/** Chooses a volunteer in the "place another volunteer" box as a user would, from the items it offers. */
public final class VolunteerSummaryPick {

    private VolunteerSummaryPick() {
    }

    static void pick(MatchPanel panel, long volunteerId) {
        VolunteerSummary v = panel.other.getListDataView().getItems().filter(x -> x.id() == volunteerId).findFirst().orElseThrow();
        panel.other.setValue(v);
    }

    /** Places a volunteer from the list of matches (the row's button). */
    public static void placeMatch(AssignmentView view, long volunteerId, String name) {
        view.matches.place(volunteerId, name);
    }

    /** Places a volunteer chosen in the "place another volunteer" box. */
    public static void placeOther(AssignmentView view, long volunteerId) {
        pick(view.matches, volunteerId);
        view.matches.placeOther.click();
    }
}
