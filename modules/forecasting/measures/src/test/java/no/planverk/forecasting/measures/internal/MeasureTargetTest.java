package no.planverk.forecasting.measures.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Optional;
import no.planverk.forecasting.api.RunLink;
import no.planverk.measures.api.Measure;
import no.planverk.measures.api.MeasureDraft;
import no.planverk.measures.core.internal.MeasuresFixture;
import no.planverk.platform.api.Role;
import no.planverk.platform.api.UserContext;
import org.junit.jupiter.api.Test;

/** A measure described for a saved run's link, on the measures module's real services. */
class MeasureTargetTest {

    @Test
    void describesAMeasureWithItsRoute() {
        try (MeasuresFixture fx = MeasuresFixture.inMemory()) {
            Measure m = fx.measures().create(MeasureDraft.of(null, "3.1.1-a", "Kvardagsrehabilitering i alle nærsenter")
                    .withPlanName("KDP helse, sosial og omsorg"), UserContext.of("planlegg", Role.PLANNER));
            MeasureTarget target = new MeasureTarget(fx.measures());
            assertEquals(Optional.of(new RunLink("measure", m.id(), "3.1.1-a Kvardagsrehabilitering i alle nærsenter",
                    "measures/measure/" + m.id())), target.describe(m.id()));
            assertEquals(Optional.empty(), target.describe(m.id() + 1000));
            assertEquals(List.of(new RunLink("measure", m.id(), "KDP helse, sosial og omsorg: 3.1.1-a Kvardagsrehabilitering i alle nærsenter",
                    "measures/measure/" + m.id())), target.search("kvardag", 10), "a picker finds the measure by its title");
            assertEquals(List.of(), target.search("finst ikkje", 10));
        }
    }
}
