package no.planverk.competence.api;

import java.util.List;
import no.planverk.platform.api.Message;

/**
 * The recruitment gap per year against a saved forecast run. When forecasting is not installed (or the run has no
 * FTE), {@code available} is false, {@code message} says why and the other fields are empty.
 */
public record RecruitmentGap(boolean available, String message, long unitId, ForecastRun run, String scenario, GapBasis basis,
        Integer baseYear, Double baseFte, List<RecruitmentYear> years, Message reason) {

    /** {@code message}: why it is not available, in English; {@code reason}: the same with its key (said in the user's language). */
    public RecruitmentGap {
        years = List.copyOf(years);
        if (reason == null && message != null) {
            reason = Message.plain(message);
        }
        if (message == null && reason != null) {
            message = reason.english();
        }
    }

    public RecruitmentGap(boolean available, String message, long unitId, ForecastRun run, String scenario, GapBasis basis,
            Integer baseYear, Double baseFte, List<RecruitmentYear> years) {
        this(available, message, unitId, run, scenario, basis, baseYear, baseFte, years, null);
    }

    public static RecruitmentGap unavailable(long unitId, String message) {
        return new RecruitmentGap(false, message, unitId, null, null, null, null, null, List.of());
    }

    public static RecruitmentGap unavailable(long unitId, Message reason) {
        return new RecruitmentGap(false, null, unitId, null, null, null, null, null, List.of(), reason);
    }
}
