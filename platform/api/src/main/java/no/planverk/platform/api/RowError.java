package no.planverk.platform.api;

/** Why a row of an import file is refused: the line (1 = header), the column (or null) and the reason. */
public record RowError(int line, String column, String reason) {

    @Override
    public String toString() {
        return "line " + line + (column == null ? "" : ", " + column) + ": " + reason;
    }
}
