package no.planverk.competence.ui.internal;

import com.vaadin.flow.component.notification.Notification;
import no.planverk.platform.api.PlanverkException;
import no.planverk.ui.api.Notices;

/** Error texts of the competence views, in their own words. */
public final class Errors {

    private Errors() {
    }

    public static Notification show(PlanverkException e) {
        return Notices.show(e, CompetenceTexts.TEXTS);
    }

    public static String message(PlanverkException e) {
        return Notices.message(e, CompetenceTexts.TEXTS);
    }

    /**
     * The rule a field breaks, in the UI language ({@code invalid.<field>}); the service's own message (translated)
     * when there is no translation for the field.
     */
    public static String field(String field, String serviceMessage) {
        String text = CompetenceTexts.t("invalid." + field);
        return text.startsWith("!") ? serviceMessage : text;
    }
}
