package no.planverk.forecasting.ui.internal;

import static no.planverk.forecasting.ui.internal.ForecastTexts.t;

import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.List;
import no.planverk.forecasting.api.InputKind;
import no.planverk.ui.api.Formats;

/** Translated names of scenarios and input kinds, and the module's number formats. */
public final class Labels {

    /** The scenario names the service knows, in the order they are offered. */
    public static final List<String> SCENARIOS = List.of("normal", "delayed", "welfare-tech", "welfare-tech-delayed", "custom");

    private Labels() {
    }

    public static String scenario(String name) {
        String text = t("scenario." + name);
        return text.startsWith("!") ? name : text;
    }

    public static String kind(InputKind kind) {
        return t("kind." + kind.id());
    }

    public static String kindLink(String kind) {
        String text = t("link.kind." + kind);
        return text.startsWith("!") ? kind : text;
    }

    /** Users and places: one decimal, Norwegian style. */
    public static String users(double value) {
        return Formats.number(value, 1);
    }

    public static String users(Double value) {
        return value == null ? "" : users(value.doubleValue());
    }

    /** A percentage given as a number of percent (12.5 gives "12,5 %"). */
    public static String percentPoints(Double value) {
        return value == null ? "" : Formats.number(value, 1) + " %";
    }

    /** A share 0..1 as percent with two decimals (0.0181 gives "1,81 %"). */
    public static String share(Double value) {
        return value == null ? "" : Formats.percent(value, 2);
    }

    public static String money(Double value) {
        return value == null ? "" : Formats.money(Math.round(value));
    }

    /** A UTC time from the service in Norwegian time. */
    /**
     * Where an input came from: "SSB, tabell 14288 · 4631 Alver · Hovedalternativet (MMMM) · oppdatert 11.06.2024";
     * empty for Planverk's own CSV.
     */
    public static String source(no.planverk.forecasting.api.InputSource s) {
        if (s == null) {
            return "";
        }
        java.util.List<String> parts = new java.util.ArrayList<>();
        parts.add(s.table() == null ? t("source.ssb") : t("source.table", s.table()));
        if (s.region() != null) {
            parts.add(s.region());
        }
        if (s.series() != null) {
            parts.add(s.series());
        }
        if (s.updated() != null) {
            parts.add(t("source.updated", updated(s.updated())));
        }
        return String.join(" · ", parts);
    }

    private static String updated(String text) {
        try {
            return no.planverk.ui.api.Formats.date(java.time.OffsetDateTime.parse(text).atZoneSameInstant(no.planverk.ui.api.Formats.OSLO)
                    .toLocalDate());
        } catch (java.time.format.DateTimeParseException e) {
            return text;
        }
    }

    public static String time(LocalDateTime utc) {
        return utc == null ? "" : Formats.dateTime(utc.toInstant(ZoneOffset.UTC));
    }
}
