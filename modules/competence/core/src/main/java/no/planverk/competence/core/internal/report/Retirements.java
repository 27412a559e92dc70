package no.planverk.competence.core.internal.report;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import no.planverk.competence.api.Category;
import no.planverk.competence.api.Position;
import no.planverk.competence.api.RetirementParams;
import no.planverk.competence.api.RetirementProjection;
import no.planverk.competence.api.RetirementYear;

/**
 * The retirement projection, per category, from the positions of a base year t0 (R = retirement age, q = turnover
 * rate, N = years):
 * <ul>
 * <li>a row's FTE is spread evenly over the ages of its band; the FTE of age a &lt; R retires in year t0 + R − a;
 * staff at or past R in t0 retire evenly over the n = max(1, L − a) years left to the age limit L = max(70, R)
 * (70: the general age limit in the public sector), a share 1/n in each of the years t0 + 1 .. t0 + n;</li>
 * <li>turnover thins each age group of today's staff by q a year, so retirements(t) = FTE(a) × (1 − q)^(t − t0 − 1)
 * (× 1/n for those past R);</li>
 * <li>projected(t), today's staff left without recruiting = Σ groups not yet retired × (1 − q)^(t − t0);</li>
 * <li>holding staffing at today's FTE A: leavers(t) = q × (A − retirements(t)),
 * recruitment need(t) = retirements(t) + leavers(t).</li>
 * </ul>
 */
final class Retirements {

    /** The general age limit in the public sector. */
    static final int AGE_LIMIT = 70;

    private Retirements() {
    }

    static RetirementProjection project(long unitId, int baseYear, List<Position> positions, RetirementParams p) {
        Map<Category, double[]> retiring = new EnumMap<>(Category.class); // index k = FTE retiring in t0 + k (k = 1..N), index 0 unused
        Map<Category, double[]> staying = new EnumMap<>(Category.class); // index k = FTE of today's staff still below R in t0 + k
        Map<Category, Double> base = new EnumMap<>(Category.class);
        double aged55 = 0;
        for (Position pos : positions) {
            base.merge(pos.category(), pos.fte(), Double::sum);
            double[] ret = retiring.computeIfAbsent(pos.category(), c -> new double[p.years() + 1]);
            double[] stay = staying.computeIfAbsent(pos.category(), c -> new double[p.years() + 1]);
            int ages = pos.ageTo() - pos.ageFrom() + 1;
            double each = pos.fte() / ages;
            for (int a = pos.ageFrom(); a <= pos.ageTo(); a++) {
                aged55 += a >= 55 ? each : 0;
                int first = Math.max(1, p.retirementAge() - a); // the first year of retiring, and the years it takes
                int spread = a < p.retirementAge() ? 1 : Math.max(1, Math.max(AGE_LIMIT, p.retirementAge()) - a);
                for (int k = 1; k <= p.years(); k++) {
                    double gone = Math.min(1.0, Math.max(0, k - first + 1) / (double) spread); // share retired by the end of year k
                    if (k >= first && k < first + spread) {
                        ret[k] += each / spread * Math.pow(1 - p.turnoverRate(), k - 1);
                    }
                    stay[k] += each * (1 - gone) * Math.pow(1 - p.turnoverRate(), k);
                }
            }
        }
        List<RetirementYear> categories = new ArrayList<>();
        double[][] totals = new double[p.years() + 1][4];
        for (Map.Entry<Category, double[]> e : retiring.entrySet()) {
            double a = base.get(e.getKey());
            for (int k = 1; k <= p.years(); k++) {
                double r = e.getValue()[k];
                double leavers = p.turnoverRate() * (a - r);
                double projected = staying.get(e.getKey())[k];
                categories.add(new RetirementYear(baseYear + k, e.getKey(), r, leavers, r + leavers, projected));
                totals[k][0] += r;
                totals[k][1] += leavers;
                totals[k][2] += projected;
            }
        }
        List<RetirementYear> sum = new ArrayList<>();
        for (int k = 1; k <= p.years(); k++) {
            sum.add(new RetirementYear(baseYear + k, null, totals[k][0], totals[k][1], totals[k][0] + totals[k][1], totals[k][2]));
        }
        double baseFte = base.values().stream().mapToDouble(Double::doubleValue).sum();
        return new RetirementProjection(unitId, baseYear, p, baseFte, aged55, categories, sum);
    }
}
