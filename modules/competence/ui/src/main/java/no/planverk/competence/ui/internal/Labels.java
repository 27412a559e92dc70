package no.planverk.competence.ui.internal;

import static no.planverk.competence.ui.internal.CompetenceTexts.t;

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

    /** A gap with its sign: "+4,0" short, "-1,5" surplus, "0,0". */
    public static String gap(double v) {
        String s = fte(v);
        return v >= 0.05 ? "+" + s : s;
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
