package no.planverk.plans.ui.internal.goals;

import static no.planverk.plans.ui.internal.goals.GoalTexts.t;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import java.math.BigDecimal;
import java.util.List;
import no.planverk.plans.api.GoalLevel;
import no.planverk.plans.api.IndicatorStatus;
import no.planverk.plans.api.Ownership;
import no.planverk.ui.api.Formats;

/**
 * Small display pieces shared by the goal, thread and program views: ownership markers, badges and
 * numbers. Styles are inline (Lumo variables with fallbacks) because a module bundle cannot add CSS
 * to the shell's frontend bundle. Colour always comes with text.
 */
public final class Marks {

    private Marks() {
    }

    /** Alver's row colours: dark green this plan, yellow shared, red other sector. */
    static String colour(Ownership o) {
        return switch (o) {
            case THIS_PLAN -> "#1b5e20";
            case SHARED -> "#f2c200";
            case OTHER_SECTOR -> "#c62828";
        };
    }

    public static String level(GoalLevel level) {
        return level == null ? "" : t("level." + level.id());
    }

    public static String ownershipText(Ownership o) {
        return o == null ? "" : t("ownership." + o.id());
    }

    /** A coloured square followed by the ownership's name. */
    public static Component ownership(Ownership o) {
        Span marker = new Span();
        if (o == null) {
            return marker;
        }
        Span square = new Span();
        square.getStyle().set("display", "inline-block").set("width", "0.9em").set("height", "0.9em")
                .set("border-radius", "2px").set("border", "1px solid rgba(0,0,0,0.4)")
                .set("background", colour(o)).set("margin-right", "0.4em").set("vertical-align", "middle");
        square.getElement().setAttribute("aria-hidden", "true");
        marker.add(square, new Span(ownershipText(o)));
        marker.addClassName("planverk-ownership-" + o.id());
        marker.getElement().setAttribute("data-ownership", o.id());
        marker.getStyle().set("white-space", "nowrap");
        return marker;
    }

    /** The legend under a goal table: what each colour means. */
    public static Component legend() {
        HorizontalLayout legend = new HorizontalLayout();
        legend.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.CENTER);
        legend.getStyle().set("flex-wrap", "wrap").set("font-size", "var(--lumo-font-size-s, 0.875rem)");
        legend.add(new Span(t("ownership.legend")));
        for (Ownership o : Ownership.values()) {
            Component m = ownership(o);
            m.getElement().setAttribute("title", t("ownership." + o.id() + ".help"));
            legend.add(m);
        }
        legend.setId("planverk-ownership-legend");
        return legend;
    }

    /** A small pill with text; {@code tone} is success, error, warning or contrast. */
    public static Span badge(String text, String tone) {
        Span b = new Span(text);
        String[] colours = switch (tone) {
            case "success" -> new String[] {"var(--lumo-success-color-10pct, #e6f4ea)", "var(--lumo-success-text-color, #1b5e20)"};
            case "error" -> new String[] {"var(--lumo-error-color-10pct, #fdecea)", "var(--lumo-error-text-color, #b71c1c)"};
            case "warning" -> new String[] {"#fff4ce", "#6b4e00"};
            default -> new String[] {"var(--lumo-contrast-10pct, #eee)", "var(--lumo-body-text-color, #222)"};
        };
        b.getStyle().set("display", "inline-block").set("padding", "0 0.5em").set("border-radius", "1em")
                .set("font-size", "var(--lumo-font-size-xs, 0.75rem)").set("font-weight", "500").set("line-height", "1.6")
                .set("background", colours[0]).set("color", colours[1]).set("margin", "0 0.2em 0.1em 0")
                .set("white-space", "nowrap");
        b.getElement().setAttribute("data-tone", tone);
        return b;
    }

    public static Span status(IndicatorStatus status) {
        String tone = switch (status) {
            case ON_TRACK -> "success";
            case OFF_TRACK -> "error";
            case NO_DATA -> "contrast";
        };
        Span b = badge(t("status." + status.name()), tone);
        b.getElement().setAttribute("data-status", status.name());
        return b;
    }

    /** "SDG 3" badges with the goal's name as tooltip. */
    public static Component sdgs(List<Integer> sdgs) {
        Span all = new Span();
        for (Integer n : sdgs) {
            Span b = badge(t("sdg.badge", String.valueOf(n)), "contrast");
            b.getElement().setAttribute("title", sdgName(n));
            all.add(b);
        }
        return all;
    }

    public static String sdgName(int n) {
        return t("sdg.badge", String.valueOf(n)) + " – " + t("sdg." + n);
    }

    /** A measured value in Norwegian style with the decimals it has (at most 2): 1,81 · 2 · 1 234. */
    public static String number(double value) {
        if (!Double.isFinite(value)) {
            return "";
        }
        int scale = BigDecimal.valueOf(value).stripTrailingZeros().scale();
        return Formats.number(value, Math.max(0, Math.min(2, scale)));
    }

    /** "1,81 %" or "1 234 personar"; a year is shown as is. */
    public static String value(double value, String unit) {
        return unit == null || unit.isBlank() ? number(value) : number(value) + " " + unit;
    }
}
