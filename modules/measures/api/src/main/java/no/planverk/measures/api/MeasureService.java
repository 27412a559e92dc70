package no.planverk.measures.api;

import java.util.List;
import java.util.Optional;
import no.planverk.platform.api.UserContext;
import org.osgi.annotation.versioning.ProviderType;

/**
 * Measures and their follow-up. Planners edit every measure; unit leaders create, edit and report the
 * measures their units (or units below them) answer for; everyone with a role reads. Every change is
 * audited; updates check the version and throw {@link no.planverk.platform.api.StaleVersionException}
 * when someone else saved first.
 */
@ProviderType
public interface MeasureService {

    MeasurePage list(MeasureQuery query);

    /** Every measure: all pages of {@link #list} with {@link MeasureQuery#all()}. */
    default List<Measure> all() {
        List<Measure> all = new java.util.ArrayList<>();
        MeasurePage page;
        do {
            page = list(MeasureQuery.all().page(all.size(), MeasureQuery.MAX_LIMIT));
            all.addAll(page.items());
        } while (!page.items().isEmpty() && all.size() < page.total());
        return all;
    }

    Optional<Measure> find(long id);

    /** Measures serving any of these goals (for the red thread and goal pages). */
    List<Measure> forGoals(java.util.Collection<Long> goalIds);

    Measure create(MeasureDraft draft, UserContext by);

    Measure update(long id, long version, MeasureDraft draft, UserContext by);

    void delete(long id, long version, UserContext by);

    /** Adds a follow-up report and moves the measure's status, percent and light to it. */
    Measure report(long id, long version, ReportDraft report, UserContext by);

    /** The measure's reports, oldest first. */
    List<StatusReport> reports(long measureId);

    /** The reporting period now (tertial or year, as configured). */
    ReportPeriod currentPeriod();

    /** Open measures running in the period's year that have no report for it, for a unit or all (null). */
    List<Measure> missingReports(ReportPeriod period, Long unitId);

    /** Reminds the units of these measures to report for the period (planners only). */
    List<Reminder> remind(List<Long> measureIds, ReportPeriod period, UserContext by);

    /** Reminders that are still open for measures the user answers for (all, for planners). */
    List<Reminder> reminders(UserContext user);

    MeasureCounts counts(Long planId);

    RollForward.Result rollForward(RollForward request, UserContext by);

    /** True when the user may edit and report this measure. */
    boolean canEdit(Measure measure, UserContext user);
}
