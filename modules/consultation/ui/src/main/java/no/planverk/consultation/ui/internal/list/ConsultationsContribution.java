package no.planverk.consultation.ui.internal.list;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.icon.VaadinIcon;
import java.time.Clock;
import no.planverk.consultation.api.ConsultationService;
import no.planverk.consultation.ui.internal.ConsultationNav;
import no.planverk.consultation.ui.internal.ConsultationTexts;
import no.planverk.consultation.ui.internal.PlanChoices;
import no.planverk.consultation.ui.internal.PlansChoices;
import no.planverk.platform.api.Role;
import no.planverk.plans.api.PlanService;
import no.planverk.ui.api.Formats;
import no.planverk.ui.api.MenuEntry;
import no.planverk.ui.api.ViewContribution;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Reference;

/** The consultations at {@code /consultation} with the menu entry "Høyringar". */
@org.osgi.service.component.annotations.Component(service = ViewContribution.class)
public final class ConsultationsContribution implements ViewContribution {

    private final ConsultationService consultations;
    private final PlanChoices plans;
    private final Clock clock;

    @Activate
    public ConsultationsContribution(@Reference ConsultationService consultations, @Reference PlanService plans) {
        this(consultations, new PlansChoices(plans), Clock.system(Formats.OSLO));
    }

    /** For tests: the plans offered and the clock. */
    public ConsultationsContribution(ConsultationService consultations, PlanChoices plans, Clock clock) {
        this.consultations = consultations;
        this.plans = plans;
        this.clock = clock;
    }

    @Override
    public String path() {
        return ConsultationNav.LIST;
    }

    @Override
    public Class<ConsultationsView> viewClass() {
        return ConsultationsView.class;
    }

    @Override
    public Component create() {
        return new ConsultationsView(consultations, plans, clock);
    }

    @Override
    public Role requiredRole() {
        return Role.READER;
    }

    @Override
    public MenuEntry menu() {
        return MenuEntry.of(ConsultationTexts.TEXTS, "menu.consultations", VaadinIcon.COMMENTS, 120);
    }
}
