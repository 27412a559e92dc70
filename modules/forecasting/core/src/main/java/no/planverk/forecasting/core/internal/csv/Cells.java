package no.planverk.forecasting.core.internal.csv;

import java.util.regex.Pattern;

/** Cell values: integers and non-negative numbers (decimal point or comma), reporting to {@link Errors}. */
final class Cells {
    private static final Pattern INTEGER = Pattern.compile("-?\\d{1,9}");
    private static final Pattern NUMBER = Pattern.compile("-?\\d{1,15}([.,]\\d{1,15})?");

    private Cells() {
    }

    /** An integer in min..max, or null after adding an error. */
    static Integer integer(Errors errors, int line, String column, String value, int min, int max) {
        if (value == null || value.isEmpty()) {
            errors.add(line, column, "forecasting.csv.missing", "A value is missing");
            return null;
        }
        if (!INTEGER.matcher(value).matches()) {
            errors.add(line, column, "forecasting.csv.integer", "A whole number, not ''{0}''", value);
            return null;
        }
        int n = Integer.parseInt(value);
        if (n < min || n > max) {
            errors.add(line, column, "forecasting.csv.range", "A number from {0} to {1}, not {2}", String.valueOf(min),
                    String.valueOf(max), String.valueOf(n));
            return null;
        }
        return n;
    }

    /** A number 0..max (decimal comma allowed), or null after adding an error. */
    static Double number(Errors errors, int line, String column, String value, double max) {
        if (value == null || value.isEmpty()) {
            errors.add(line, column, "forecasting.csv.missing", "A value is missing");
            return null;
        }
        if (!NUMBER.matcher(value).matches()) {
            errors.add(line, column, "forecasting.csv.number", "A number such as 1234 or 0.25, not ''{0}''", value);
            return null;
        }
        double n = Double.parseDouble(value.replace(',', '.'));
        if (n < 0) {
            errors.add(line, column, "forecasting.csv.negative", "Must be 0 or more, not {0}", value);
            return null;
        }
        if (n > max) {
            errors.add(line, column, "forecasting.csv.max", "Must be at most {0}, not {1}", String.valueOf(max), value);
            return null;
        }
        return n;
    }
}
