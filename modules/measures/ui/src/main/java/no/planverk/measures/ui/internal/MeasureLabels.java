package no.planverk.measures.ui.internal;

import static no.planverk.measures.ui.internal.MeasuresTexts.t;

import com.vaadin.flow.component.html.Span;
import java.time.LocalDate;
import no.planverk.measures.api.Funding;
import no.planverk.measures.api.Light;
import no.planverk.measures.api.Measure;
import no.planverk.measures.api.MeasureKind;
import no.planverk.measures.api.MeasureStatus;
import no.planverk.plans.api.Ownership;
import no.planverk.measures.api.ReportPeriod;
import no.planverk.measures.api.Responsibility;
import no.planverk.ui.api.Formats;

/**
 * Translated names of the measure enums, the status badge, the light (a dot with its name: never colour
 * alone) and the late/unfunded flags. Styles are inline (Lumo variables with fallbacks) because a module
 * bundle cannot add CSS to the shell's frontend.
 */
public final class MeasureLabels {

    private MeasureLabels() {
    }

    public static String status(MeasureStatus s) {
        return s == null ? "" : t("status." + s.id());
    }

    public static String light(Light l) {
        return l == null ? t("light.none") : t("light." + l.id());
    }

    public static String funding(Funding f) {
        return f == null ? "" : t("funding." + f.id());
    }

    public static String responsibility(Responsibility r) {
        return r == null ? "" : t("responsibility." + r.id());
    }

    public static String ownership(Ownership o) {
        return o == null ? "" : t("ownership." + o.id());
    }

    public static String kind(MeasureKind k) {
        return k == null ? "" : t("kind." + k.id());
    }

    /** "2026" or "2. tertial 2026". */
    public static String period(ReportPeriod p) {
        return p == null ? "" : p.wholeYear() ? Integer.toString(p.year()) : t("period.tertial", p.part(), Integer.toString(p.year()));
    }

    /** "2023–2026", "frå 2023", "" for none. */
    public static String years(Measure m) {
        if (m.fromYear() == null && m.toYear() == null) {
            return "";
        }
        if (m.toYear() == null) {
            return t("years.from", Integer.toString(m.fromYear()));
        }
        if (m.fromYear() == null) {
            return t("years.to", Integer.toString(m.toYear()));
        }
        return m.fromYear().equals(m.toYear()) ? m.fromYear().toString() : m.fromYear() + "–" + m.toYear();
    }

    /** "650 000 kr", or "" when no year has a cost. */
    public static String cost(Measure m) {
        boolean any = m.years().stream().anyMatch(y -> y.costNok() != null);
        return any ? Formats.money(m.totalCost()) : "";
    }

    public static int currentYear() {
        return LocalDate.now(Formats.OSLO).getYear();
    }

    /** A pill with the status name; {@code data-status} carries the id for tests and styling. */
    public static Span badge(MeasureStatus status) {
        Span b = pill(status(status), tone(status));
        if (status != null) {
            b.getElement().setAttribute("data-status", status.id());
        }
        return b;
    }

    /** A coloured dot followed by the light's name, so the light reads without colour too. */
    public static Span lightTag(Light light) {
        Span dot = new Span();
        dot.getElement().setAttribute("aria-hidden", "true");
        String colour = light == null ? "var(--lumo-contrast-30pct, #bbb)" : switch (light) {
            case GREEN -> "var(--lumo-success-color, #2e7d32)";
            case YELLOW -> "#f2b600";
            case RED -> "var(--lumo-error-color, #c62828)";
        };
        dot.getStyle().set("display", "inline-block").set("width", "0.8em").set("height", "0.8em").set("border-radius", "50%")
                .set("background", colour).set("margin-right", "0.4em").set("vertical-align", "middle")
                .set("border", "1px solid var(--lumo-contrast-30pct, #999)");
        Span tag = new Span(dot, new Span(light(light)));
        tag.getStyle().set("white-space", "nowrap");
        tag.getElement().setAttribute("data-light", light == null ? "none" : light.id());
        return tag;
    }

    /** "Forseinka" and "Ikkje finansiert" pills for a measure that needs attention; empty otherwise. */
    public static Span flags(Measure m, int year) {
        Span flags = new Span();
        flags.getStyle().set("display", "inline-flex").set("gap", "0.3em").set("flex-wrap", "wrap");
        if (m.late(year)) {
            flags.add(flag("late", "error"));
        }
        if (m.unfunded()) {
            flags.add(flag("unfunded", "warning"));
        }
        return flags;
    }

    private static Span flag(String key, String tone) {
        Span s = pill(t("flag." + key), tone);
        s.getElement().setAttribute("data-flag", key);
        return s;
    }

    static Span pill(String text, String tone) {
        Span b = new Span(text);
        String[] colours = switch (tone) {
            case "success" -> new String[] {"var(--lumo-success-color-10pct, #e6f4ea)", "var(--lumo-success-text-color, #1b5e20)"};
            case "error" -> new String[] {"var(--lumo-error-color-10pct, #fdecea)", "var(--lumo-error-text-color, #b71c1c)"};
            case "warning" -> new String[] {"#fff4ce", "#6b4e00"};
            case "primary" -> new String[] {"var(--lumo-primary-color-10pct, #e8f0fe)", "var(--lumo-primary-text-color, #1a47a0)"};
            default -> new String[] {"var(--lumo-contrast-10pct, #eee)", "var(--lumo-body-text-color, #222)"};
        };
        b.getStyle().set("display", "inline-block").set("padding", "0 0.6em").set("border-radius", "1em")
                .set("font-size", "var(--lumo-font-size-s, 0.875rem)").set("font-weight", "500").set("line-height", "1.6")
                .set("background", colours[0]).set("color", colours[1]).set("white-space", "nowrap");
        return b;
    }

    static String tone(MeasureStatus s) {
        if (s == null) {
            return "contrast";
        }
        return switch (s) {
            case COMPLETED -> "success";
            case STARTED, ONGOING -> "primary";
            case POSTPONED -> "warning";
            case CANCELLED -> "error";
            case PLANNED -> "contrast";
        };
    }
}
