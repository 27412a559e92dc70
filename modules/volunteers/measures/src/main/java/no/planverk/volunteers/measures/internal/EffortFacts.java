package no.planverk.volunteers.measures.internal;

import java.text.MessageFormat;
import java.text.NumberFormat;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.ResourceBundle;
import no.planverk.measures.api.MeasureFact;
import no.planverk.measures.api.MeasureFacts;
import no.planverk.volunteers.api.Assignment;
import no.planverk.volunteers.api.AssignmentQuery;
import no.planverk.volunteers.api.AssignmentService;
import no.planverk.volunteers.api.EffortReport;
import no.planverk.volunteers.api.HoursService;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/**
 * On a measure's page: the volunteer effort behind it this year and last year (hours and volunteers, no names)
 * and the assignments that serve it, each linked to its page. Nothing when no assignment serves the measure.
 */
@Component(service = MeasureFacts.class)
public class EffortFacts implements MeasureFacts {

    static final int MAX_ASSIGNMENTS = 5;
    private static final ResourceBundle.Control NO_FALLBACK = ResourceBundle.Control.getNoFallbackControl(
            ResourceBundle.Control.FORMAT_PROPERTIES);

    private final AssignmentService assignments;
    private final HoursService hours;
    private final Clock clock;

    @Activate
    public EffortFacts(@Reference AssignmentService assignments, @Reference HoursService hours) {
        this(assignments, hours, Clock.system(ZoneId.of("Europe/Oslo")));
    }

    EffortFacts(AssignmentService assignments, HoursService hours, Clock clock) {
        this.assignments = assignments;
        this.hours = hours;
        this.clock = clock;
    }

    @Override
    public List<MeasureFact> facts(long measureId, Locale locale) {
        List<Assignment> serving = assignments.list(AssignmentQuery.all()).stream()
                .filter(a -> Long.valueOf(measureId).equals(a.measureId())).toList();
        if (serving.isEmpty()) {
            return List.of();
        }
        ResourceBundle texts = ResourceBundle.getBundle(EffortFacts.class.getPackageName() + ".facts", language(locale),
                EffortFacts.class.getClassLoader(), NO_FALLBACK);
        NumberFormat number = NumberFormat.getNumberInstance(locale);
        number.setMaximumFractionDigits(2);
        List<MeasureFact> facts = new ArrayList<>();
        int year = LocalDate.now(clock).getYear();
        for (int y : new int[] {year, year - 1}) {
            EffortReport r = hours.forMeasure(measureId, LocalDate.of(y, 1, 1), LocalDate.of(y, 12, 31));
            if (y == year || r.entries() > 0) {
                facts.add(new MeasureFact(MessageFormat.format(texts.getString("effort"), String.valueOf(y)),
                        new MessageFormat(texts.getString("effort.value"), locale).format(new Object[] {number.format(r.hours()),
                            r.volunteers()}), "volunteers/report"));
            }
        }
        for (Assignment a : serving.subList(0, Math.min(MAX_ASSIGNMENTS, serving.size()))) {
            String where = a.place() == null ? a.title() : a.title() + " (" + a.place() + ")";
            facts.add(new MeasureFact(texts.getString("assignment"), new MessageFormat(texts.getString("assignment.value"), locale)
                    .format(new Object[] {where, a.filled(), a.needed()}), "volunteers/assignment/" + a.id()));
        }
        if (serving.size() > MAX_ASSIGNMENTS) {
            facts.add(new MeasureFact(texts.getString("assignment"), new MessageFormat(texts.getString("assignment.more"), locale)
                    .format(new Object[] {serving.size() - MAX_ASSIGNMENTS}), "volunteers/assignments"));
        }
        return facts;
    }

    /** nynorsk (the default bundle), bokmål or English. */
    private static Locale language(Locale locale) {
        return switch (locale.getLanguage()) {
            case "nb", "no" -> Locale.forLanguageTag("nb");
            case "en" -> Locale.ENGLISH;
            default -> Locale.ROOT;
        };
    }
}
