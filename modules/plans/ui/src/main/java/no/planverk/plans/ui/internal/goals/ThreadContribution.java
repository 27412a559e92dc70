package no.planverk.plans.ui.internal.goals;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.icon.VaadinIcon;
import no.planverk.plans.api.GoalService;
import no.planverk.platform.api.Role;
import no.planverk.ui.api.MenuEntry;
import no.planverk.ui.api.ViewContribution;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Reference;

/** The red-thread view at {@code plans/thread}, in the menu right after the plans. */
@org.osgi.service.component.annotations.Component(service = ViewContribution.class)
public final class ThreadContribution implements ViewContribution {

    private final GoalService goals;

    @Activate
    public ThreadContribution(@Reference GoalService goals) {
        this.goals = goals;
    }

    @Override
    public String path() {
        return ThreadView.ROUTE;
    }

    @Override
    public Class<ThreadView> viewClass() {
        return ThreadView.class;
    }

    @Override
    public Component create() {
        return new ThreadView(goals);
    }

    @Override
    public Role requiredRole() {
        return Role.READER;
    }

    @Override
    public MenuEntry menu() {
        return MenuEntry.of(GoalTexts.TEXTS, "thread.menu", VaadinIcon.CONNECT, 110);
    }
}
