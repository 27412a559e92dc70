package no.planverk.forecasting.api;

/** Why a row of an input file is refused: the line (1 = header), the column (or null) and the reason. */
public record RowError(int line, String column, String reason) {

    @Override
    public String toString() {
        return "line " + line + (column == null ? "" : ", " + column) + ": " + reason;
    }
}
