package no.planverk.consultation.ui.internal.consultation;

import com.vaadin.flow.component.Component;
import java.time.Clock;
import no.planverk.consultation.api.ConsultationService;
import no.planverk.consultation.ui.internal.ConsultationNav;
import no.planverk.consultation.ui.internal.PlanChoices;
import no.planverk.consultation.ui.internal.PlansChoices;
import no.planverk.platform.api.Role;
import no.planverk.plans.api.PlanService;
import no.planverk.ui.api.Formats;
import no.planverk.ui.api.ViewContribution;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Reference;

/** One consultation's page at {@code /consultation/view/<id>}; no menu entry, the list links to it. */
@org.osgi.service.component.annotations.Component(service = ViewContribution.class)
public final class ConsultationContribution implements ViewContribution {

    private final ConsultationService consultations;
    private final PlanChoices plans;
    private final Clock clock;

    @Activate
    public ConsultationContribution(@Reference ConsultationService consultations, @Reference PlanService plans) {
        this(consultations, new PlansChoices(plans), Clock.system(Formats.OSLO));
    }

    public ConsultationContribution(ConsultationService consultations, PlanChoices plans, Clock clock) {
        this.consultations = consultations;
        this.plans = plans;
        this.clock = clock;
    }

    @Override
    public String path() {
        return ConsultationNav.VIEW;
    }

    @Override
    public Class<ConsultationView> viewClass() {
        return ConsultationView.class;
    }

    @Override
    public Component create() {
        return new ConsultationView(consultations, plans, clock);
    }

    @Override
    public Role requiredRole() {
        return Role.READER;
    }
}
