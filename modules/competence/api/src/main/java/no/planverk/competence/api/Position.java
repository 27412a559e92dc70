package no.planverk.competence.api;

/**
 * A row of the workforce register: {@code count} alike positions of one unit in one register year (a snapshot,
 * usually the HR export of that year). {@code percent} is the position size (100 = full time); ages are a band
 * {@code ageFrom..ageTo} (inclusive, equal for an exact age). Person-level rows carry an employee number, a name
 * and a birth year; these are null when the reader may not see them ({@code personal} stays true).
 */
public record Position(long id, long unitId, int year, Category category, double percent, int count, int ageFrom, int ageTo,
        boolean temporary, String furtherEducation, boolean personal, String employeeNo, String name, Integer birthYear,
        long version) {

    /** Full-time equivalents (årsverk): count × percent ÷ 100. */
    public double fte() {
        return count * percent / 100.0;
    }

    public boolean fullTime() {
        return percent >= 100.0;
    }

    /** The same row without its personal fields. */
    public Position masked() {
        return personal ? new Position(id, unitId, year, category, percent, count, ageFrom, ageTo, temporary, furtherEducation, true,
                null, null, null, version) : this;
    }
}
