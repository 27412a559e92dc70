package no.planverk.plans.core.internal.indicators;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;
import no.planverk.platform.api.InvalidInputException;
import no.planverk.platform.api.Message;

/**
 * An indicator's figures by year read from an SSB table file: a JSON-stat 2.0 dataset (SSB's PxWebApi answer) or
 * SSB's PxWeb CSV download, told apart by the first character. Every dimension but time must come down to one
 * category ({@link #pick}); years without a value (SSB's "..", ":", null) are left out.
 */
public record StatFigures(String table, SortedMap<Integer, Double> values) {

    public StatFigures {
        values = new TreeMap<>(values);
    }

    /** Reads the file; {@code choices} by parameter ("region", "contents" or a dimension's id) → code or label. */
    public static StatFigures read(byte[] file, Map<String, String> choices) {
        String text = new String(file, StandardCharsets.UTF_8);
        String start = text.startsWith("\uFEFF") ? text.substring(1).stripLeading() : text.stripLeading();
        if (start.isEmpty()) {
            throw invalid(Message.of("plans.ssb.empty", "The file is empty"));
        }
        return start.charAt(0) == '{' ? JsonStatTable.read(file, choices) : PxWebCsvTable.read(text, choices);
    }

    /**
     * The names a request may choose by for this file: region, contents and the ids of its dimensions (none when it
     * cannot be read; reading it properly, with its errors, is the import's job after the rights check).
     */
    public static List<String> parameters(byte[] file) {
        List<String> names = new ArrayList<>(List.of("region", "contents"));
        try {
            String text = new String(file, StandardCharsets.UTF_8).replace("\uFEFF", "").strip();
            if (text.startsWith("{")) {
                JsonStatTable.ids(file).forEach(names::add);
            } else {
                for (String line : text.split("\\R")) {
                    if (line.contains(";") && !line.matches("^\"?\\d{5}:[^;]*$")) {
                        for (String cell : line.split(";")) {
                            names.add(cell.replace("\"", "").strip());
                        }
                        break;
                    }
                }
            }
        } catch (RuntimeException e) {
            // the import reports it
        }
        return names;
    }

    /**
     * The category of every dimension but time: the only one, or the one chosen; else the answer names the dimension
     * and its categories.
     */
    static Map<String, Integer> pick(List<StatDimension> dims, Map<String, String> choices) {
        Map<String, Integer> picked = new LinkedHashMap<>();
        for (StatDimension d : dims) {
            if (d.kind() == StatDimension.Kind.TIME) {
                continue;
            }
            String choice = choice(d, choices);
            if (choice == null) {
                if (d.size() != 1) {
                    throw invalid(Message.of("plans.ssb.choose", "The file has {0} categories of ''{1}'': choose one with {2}= ({3})",
                            String.valueOf(d.size()), d.label(), d.parameter(), listed(d)));
                }
                picked.put(d.id(), 0);
            } else {
                int i = d.find(choice);
                if (i < 0 && d.size() == 1 && d.kind() == StatDimension.Kind.CONTENTS) {
                    i = 0; // a CSV names the statistic by its label only, never by its code
                }
                if (i < 0) {
                    throw invalid(Message.of("plans.ssb.unknownCategory", "''{0}'' has no category {1} ({2})", d.label(), choice, listed(d)));
                }
                picked.put(d.id(), i);
            }
        }
        return picked;
    }

    private static String choice(StatDimension d, Map<String, String> choices) {
        for (String key : new String[] {d.parameter(), d.id()}) {
            for (Map.Entry<String, String> e : choices.entrySet()) {
                if (e.getKey().equalsIgnoreCase(key) && e.getValue() != null && !e.getValue().isBlank()) {
                    return e.getValue();
                }
            }
        }
        return null;
    }

    private static String listed(StatDimension d) {
        List<String> shown = new ArrayList<>();
        for (int i = 0; i < Math.min(d.size(), 12); i++) {
            shown.add(d.shown(i));
        }
        return String.join(", ", shown) + (d.size() > 12 ? ", …" : "");
    }

    /** A year code: four digits ("2024"). */
    static int year(String code) {
        String c = code == null ? "" : code.strip();
        if (!c.matches("\\d{4}")) {
            throw invalid(Message.of("plans.ssb.year", "''{0}'' is not a year; an indicator takes yearly figures", c));
        }
        return Integer.parseInt(c);
    }

    /** A number as SSB writes it (decimal comma or point, spaces), or null when missing ("..", ".", ":", "-", blank). */
    static Double number(String text, int year) {
        String t = text == null ? "" : text.strip();
        if (t.isEmpty() || t.equals("..") || t.equals(".") || t.equals(":") || t.equals("-") || t.equals("...")) {
            return null;
        }
        try {
            double v = Double.parseDouble(t.replace("\u00a0", "").replace(" ", "").replace(',', '.'));
            if (Double.isFinite(v)) {
                return v;
            }
        } catch (NumberFormatException e) {
            // below
        }
        throw invalid(Message.of("plans.ssb.number", "The value for {0} is not a number: {1}", String.valueOf(year), t));
    }

    /** Adds a year's value; a year twice in what was chosen is an error. */
    static void put(Map<Integer, Double> values, int year, Double value) {
        if (value == null) {
            return;
        }
        if (values.put(year, value) != null) {
            throw invalid(Message.of("plans.ssb.twice", "The file has {0} twice for what was chosen", String.valueOf(year)));
        }
    }

    static Map<Integer, Double> empty() {
        return new HashMap<>();
    }

    static InvalidInputException invalid(Message m) {
        return InvalidInputException.field("file", m);
    }
}
