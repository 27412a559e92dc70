package no.planverk.forecasting.core.internal.io;

import com.fasterxml.jackson.databind.JsonNode;

/** SSB's cells: a number, or a symbol. ".", "..", "...", ":" and null are missing values; "-" is SSB's sign for nil (0). */
final class SsbValues {

    private SsbValues() {
    }

    /** The number of a JSON cell, or null when it is missing. */
    static Double number(JsonNode n) {
        if (n == null || n.isNull()) {
            return null;
        }
        return n.isNumber() ? Double.valueOf(n.doubleValue()) : number(n.asText());
    }

    /** The number of a text cell (a decimal comma or point, spaces as thousands separators), or null when it is missing. */
    static Double number(String text) {
        if (text == null) {
            return null;
        }
        String t = text.strip().replace("\u00a0", "").replace(" ", "");
        if (t.equals("-")) {
            return 0.0;
        }
        if (t.isEmpty() || t.matches("[.:]+")) {
            return null;
        }
        try {
            return Double.valueOf(t.replace(',', '.'));
        } catch (NumberFormatException e) {
            return Double.NaN;
        }
    }
}
