package no.planverk.measures.core.internal;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import no.planverk.measures.api.Light;
import no.planverk.measures.api.MeasureCounts;
import no.planverk.measures.api.MeasureStatus;

/**
 * The dashboard's counts from measures grouped by status, light, unfunded and last year (rows of status, light,
 * unfunded, toYear, count): lights count among open measures only; late is open and red or past its last year.
 * The reports missing and the period are the caller's.
 */
final class Counting {

    private Counting() {
    }

    static MeasureCounts of(List<Object[]> groups, int year) {
        Map<MeasureStatus, Long> byStatus = new EnumMap<>(MeasureStatus.class);
        Map<Light, Long> byLight = new EnumMap<>(Light.class);
        long total = 0;
        long late = 0;
        long unfunded = 0;
        for (Object[] g : groups) {
            MeasureStatus status = MeasureStatus.parse((String) g[0]).orElseThrow();
            Light light = g[1] == null ? null : Light.parse((String) g[1]).orElseThrow();
            Integer toYear = (Integer) g[3];
            long n = (Long) g[4];
            total += n;
            byStatus.merge(status, n, Long::sum);
            if (Boolean.TRUE.equals(g[2])) {
                unfunded += n;
            }
            if (status.isOpen()) {
                if (light != null) {
                    byLight.merge(light, n, Long::sum);
                }
                if (light == Light.RED || toYear != null && toYear < year) {
                    late += n;
                }
            }
        }
        return new MeasureCounts(total, byStatus, byLight, late, unfunded, 0, null);
    }
}
