package no.planverk.consultation.ui.internal;

import java.time.Clock;
import java.util.List;
import no.planverk.consultation.core.internal.ConsultationFixture;
import no.planverk.consultation.core.internal.ConsultationMessages;
import no.planverk.consultation.ui.internal.consultation.ConsultationContribution;
import no.planverk.consultation.ui.internal.list.ConsultationsContribution;
import no.planverk.platform.api.UserContext;
import no.planverk.platform.testing.Catalogs;
import no.planverk.ui.api.Formats;
import no.planverk.ui.api.ServerTexts;
import no.planverk.ui.testing.ContributedViews;

/** The consultation views on the real service (in-memory Derby) in a mocked Vaadin UI, in nynorsk, with the service's texts. */
public final class ConsultationUi implements AutoCloseable {

    static final Clock CLOCK = Clock.fixed(ConsultationFixture.NOW, Formats.OSLO);
    public static final PlanChoices PLANS = () -> List.of(new PlanChoices.PlanOption(1, "KDP-HO Kommunedelplan helse og omsorg"),
            new PlanChoices.PlanOption(2, "PP-HO Planprogram helse og omsorg"));

    public final ConsultationFixture f = ConsultationFixture.inMemory();

    public ConsultationUi(UserContext user) {
        ContributedViews.setUp(List.of(new ConsultationsContribution(f.service(), PLANS, CLOCK),
                new ConsultationContribution(f.service(), PLANS, CLOCK)), user);
        ServerTexts.use(Catalogs.translator(new ConsultationMessages()));
    }

    @Override
    public void close() {
        ServerTexts.use(null);
        ContributedViews.tearDown();
        f.close();
    }
}
