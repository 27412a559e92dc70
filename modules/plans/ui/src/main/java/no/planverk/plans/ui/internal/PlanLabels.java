package no.planverk.plans.ui.internal;

import static no.planverk.plans.ui.internal.PlansTexts.t;

import com.vaadin.flow.component.html.Span;
import java.time.LocalDate;
import no.planverk.plans.api.Attention;
import no.planverk.plans.api.GoalLevel;
import no.planverk.plans.api.Plan;
import no.planverk.plans.api.PlanStatus;
import no.planverk.plans.api.PlanType;
import no.planverk.ui.api.Formats;

/**
 * Translated names of the plan enums and the status badge. Styles are inline (Lumo variables with
 * fallbacks) because a module bundle cannot add CSS to the shell's frontend; colour always comes with text.
 */
public final class PlanLabels {

    private PlanLabels() {
    }

    public static String status(PlanStatus status) {
        return status == null ? "" : t("status." + status.id());
    }

    public static String type(PlanType type) {
        return type == null ? "" : t("type." + type.id());
    }

    public static String goalLevel(GoalLevel level) {
        return level == null ? "" : t("goalLevel." + level.id());
    }

    public static String reason(Attention.Reason reason) {
        return t("reason." + reason.name());
    }

    /** Why the plan needs attention, in the user's language (the service's detail is English). */
    public static String detail(Attention a) {
        Plan p = a.plan();
        return switch (a.reason()) {
            case EXPIRES_SOON -> p.periodTo() == null ? a.detail() : t("detail.EXPIRES_SOON", periodEnd(p));
            case PAST_PERIOD -> p.periodTo() == null ? a.detail() : t("detail.PAST_PERIOD", periodEnd(p));
            case REVISION_WITHOUT_DATE -> t("detail.REVISION_WITHOUT_DATE", Formats.date(p.statusDate()));
        };
    }

    private static String periodEnd(Plan p) {
        return Formats.date(LocalDate.of(p.periodTo(), 12, 31));
    }

    /** "ALV-KDP-HSO – Kommunedelplan for helse …" for pickers and links. */
    public static String plan(Plan p) {
        return p == null ? "" : p.code() + " – " + p.title();
    }

    /** A pill with the status name; {@code data-status} carries the id for tests and styling. */
    public static Span badge(PlanStatus status) {
        Span b = new Span(status(status));
        String[] colours = switch (tone(status)) {
            case "success" -> new String[] {"var(--lumo-success-color-10pct, #e6f4ea)", "var(--lumo-success-text-color, #1b5e20)"};
            case "error" -> new String[] {"var(--lumo-error-color-10pct, #fdecea)", "var(--lumo-error-text-color, #b71c1c)"};
            case "warning" -> new String[] {"#fff4ce", "#6b4e00"};
            case "primary" -> new String[] {"var(--lumo-primary-color-10pct, #e8f0fe)", "var(--lumo-primary-text-color, #1a47a0)"};
            default -> new String[] {"var(--lumo-contrast-10pct, #eee)", "var(--lumo-body-text-color, #222)"};
        };
        b.getStyle().set("display", "inline-block").set("padding", "0 0.6em").set("border-radius", "1em")
                .set("font-size", "var(--lumo-font-size-s, 0.875rem)").set("font-weight", "500").set("line-height", "1.6")
                .set("background", colours[0]).set("color", colours[1]).set("white-space", "nowrap");
        if (status != null) {
            b.getElement().setAttribute("data-status", status.id());
        }
        return b;
    }

    static String tone(PlanStatus status) {
        if (status == null) {
            return "contrast";
        }
        return switch (status) {
            case IN_FORCE -> "success";
            case REVISION, CONSULTATION -> "warning";
            case POLITICAL -> "primary";
            case RETURNED, EXPIRED -> "error";
            case PREPARATION, REPLACED -> "contrast";
        };
    }
}
