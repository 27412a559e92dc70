package no.planverk.plans.core.internal.io;

import java.util.ArrayList;
import java.util.List;
import no.planverk.plans.api.IndicatorSource;
import no.planverk.plans.api.IndicatorValue;
import no.planverk.plans.api.PlanProgram;

/**
 * The import/export file model. JSON files are exactly these records; CSV rows fill the same fields.
 * Dates are ISO text (CSV also takes dd.mm.yyyy) and parsed by the importer, so every bad value gets a
 * row error naming its column.
 */
final class TransferDocs {

    static final String FORMAT = "planverk-plans";
    static final int VERSION = 1;

    private TransferDocs() {
    }

    record FileDoc(String format, Integer version, List<PlanDoc> plans) {
    }

    record PlanDoc(String code, String type, String title, String unit, String responsible, Integer periodFrom,
            Integer periodTo, String status, String statusDate, String decisionRef, String decisionDate, String documentUrl,
            String parent, String successor, String plannedAdoption, String description, List<String> serves,
            List<GoalDoc> goals, ProgramDoc program, String notes) {
    }

    record GoalDoc(String code, String level, String text, List<Integer> sdgs, String serves, String ownership,
            List<IndicatorDoc> indicators, List<GoalDoc> children, String notes) {
    }

    record IndicatorDoc(String name, String unit, Integer baselineYear, Double baselineValue, Integer targetYear,
            Double targetValue, List<IndicatorValue> actuals, IndicatorSource source) {
    }

    record ProgramDoc(String purpose, List<String> themes, List<String> studies, List<PlanProgram.Role> roles,
            List<PlanProgram.Milestone> milestones, List<PlanProgram.Participation> participation,
            List<PlanProgram.Consultation> consultations) {
    }

    /** A plan row of a file: where it is (line, and a JSON path or null) and its fields. */
    record PlanRow(int line, String path, PlanDoc doc) {
    }

    /** A goal row: its plan's code, and its parent as a code (CSV) or as the row above it (JSON). */
    static final class GoalRow {
        final int line;
        final String path;
        final String planCode;
        final GoalDoc doc;
        final String parentCode;
        final GoalRow parent;
        final int position;
        Long id;

        GoalRow(int line, String path, String planCode, GoalDoc doc, String parentCode, GoalRow parent, int position) {
            this.line = line;
            this.path = path;
            this.planCode = planCode;
            this.doc = doc;
            this.parentCode = parentCode;
            this.parent = parent;
            this.position = position;
        }
    }

    /** Everything read from one file, and the errors found while reading it. */
    static final class Rows {
        final List<PlanRow> plans = new ArrayList<>();
        final List<GoalRow> goals = new ArrayList<>();
        final List<no.planverk.platform.api.RowError> errors = new ArrayList<>();
        int count;

        void error(int line, String column, no.planverk.platform.api.Message reason) {
            errors.add(new no.planverk.platform.api.RowError(line, column, reason));
        }
    }
}
