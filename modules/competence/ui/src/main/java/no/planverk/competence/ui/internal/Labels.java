package no.planverk.competence.ui.internal;

import static no.planverk.competence.ui.internal.CompetenceTexts.t;

import com.vaadin.flow.component.html.Span;
import no.planverk.competence.api.Category;
import no.planverk.competence.api.CompetenceMeasureKind;
import no.planverk.ui.api.Formats;

/** Labels of categories and kinds in the UI language, and the module's number formats. */
public final class Labels {

    private Labels() {
    }

    public static String category(Category c) {
        return c == null ? t("category.all") : t("category." + c.id());
    }

    public static String kind(CompetenceMeasureKind k) {
        return k == null ? "" : t("kind." + k.id());
    }

    /** FTE (årsverk) with one decimal: "12,5". */
    public static String fte(double v) {
        return Formats.number(Math.abs(v) < 0.05 ? 0 : v, 1);
    }

    /**
     * A gap (required − available) in words, so its sign cannot be read backwards: "mangel 4,0 årsverk",
     * "overskot 14,1 årsverk", "i balanse".
     */
    public static String gap(double v) {
        if (v >= 0.05) {
            return t("gap.short", fte(v));
        }
        return v <= -0.05 ? t("gap.surplus", fte(-v)) : t("gap.even");
    }

    /** {@link #gap} coloured by its meaning: a shortage red, a surplus green, balance plain. */
    public static Span gapSpan(double v) {
        Span s = new Span(gap(v));
        s.getElement().setAttribute("data-gap", v >= 0.05 ? "short" : v <= -0.05 ? "surplus" : "even");
        if (v >= 0.05) {
            s.getStyle().set("color", "var(--lumo-error-text-color)");
        } else if (v <= -0.05) {
            s.getStyle().set("color", "var(--lumo-success-text-color)");
        }
        return s;
    }

    /** A forecast scenario's name in the UI language ("delayed" is "Utsett aldring"); unknown names as they are. */
    public static String scenario(String name) {
        if (name == null) {
            return "";
        }
        String text = t("scenario." + name);
        return text.startsWith("!") ? name : text;
    }

    /** A share 0..1 as "38,6 %"; empty for null. */
    public static String share(Double v) {
        return v == null ? "" : Formats.percent(v, 1);
    }

    /** A position size in percent: "80,0 %"; empty for null. */
    public static String percent(Double v) {
        return v == null ? "" : Formats.number(v, 1) + " %";
    }

    /** An age band: "55–59" or "61". */
    public static String ages(int from, int to) {
        return from == to ? Integer.toString(from) : from + "–" + to;
    }
}
