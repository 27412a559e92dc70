package no.planverk.plans.ui.internal.plan;

import static no.planverk.plans.ui.internal.PlansTexts.t;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.AnchorTarget;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.function.Function;
import no.planverk.plans.api.Plan;
import no.planverk.plans.api.PlanDraft;
import no.planverk.plans.api.PlanService;
import no.planverk.plans.ui.internal.PlanErrors;
import no.planverk.plans.ui.internal.PlanLabels;
import no.planverk.plans.ui.internal.PlanNav;
import no.planverk.platform.api.InvalidInputException;
import no.planverk.platform.api.NotFoundException;
import no.planverk.platform.api.OrgUnit;
import no.planverk.platform.api.PlanverkException;
import no.planverk.platform.api.StaleVersionException;
import no.planverk.ui.api.CurrentUser;

/**
 * A plan's fields as text first; editors get "Rediger", which swaps the text for the form (Save, Cancel).
 * A save that loses to someone else's keeps the user's input on screen and offers a reload; nothing is
 * dropped silently.
 */
class OverviewTab extends VerticalLayout {

    private static final long serialVersionUID = 1L;

    private final transient PlanService plans;
    private final transient Consumer<Plan> changed;
    final PlanForm form;
    final Button save = new Button(t("action.save"), VaadinIcon.CHECK.create());
    final Button reset = new Button(t("action.cancel"));
    final Div stale = new Div();
    final Button reload = new Button(t("plan.reload"), VaadinIcon.REFRESH.create());
    final HorizontalLayout links = new HorizontalLayout();
    final Div facts = new Div();
    final Button edit = new Button(t("plan.edit"), VaadinIcon.EDIT.create());
    final HorizontalLayout actions = new HorizontalLayout();
    private final transient Function<Long, String> unitName;
    private final boolean canEdit;
    private Plan plan;

    OverviewTab(Plan plan, PlanService plans, List<OrgUnit> units, boolean canEdit, Consumer<Plan> changed) {
        this.plan = plan;
        this.unitName = no.planverk.plans.ui.internal.PlansView.unitNames(units);
        this.plans = plans;
        this.changed = changed;
        this.canEdit = canEdit;
        this.form = new PlanForm(units, plans.all());
        setPadding(false);
        links.setId("planverk-plan-links");
        links.getStyle().set("flex-wrap", "wrap");
        stale.setVisible(false);
        stale.getElement().setAttribute("role", "alert");
        stale.getStyle().set("background", "var(--lumo-error-color-10pct, #fdecea)").set("padding", "var(--lumo-space-s, 0.5rem)")
                .set("border-radius", "var(--lumo-border-radius-m, 4px)");
        Span staleText = new Span(t("plan.stale"));
        staleText.getStyle().set("margin-right", "var(--lumo-space-m, 1rem)");
        stale.add(staleText, reload);
        reload.addClickListener(e -> reload());
        facts.setId("planverk-plan-facts");
        add(links, stale);
        if (canEdit) {
            add(edit); // above the values, in sight without scrolling past a long description
        }
        add(facts);
        if (canEdit) {
            save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
            save.addClickListener(e -> save());
            reset.addClickListener(e -> cancelEdit());
            edit.setId("planverk-plan-edit");
            edit.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
            edit.addClickListener(e -> startEdit());
            actions.add(save, reset);
            actions.setAlignItems(FlexComponent.Alignment.CENTER);
            add(form, actions);
        }
        form.read(plan);
        showRead();
        showLinks();
    }

    /** The form in place of the text, with the plan's stored values. */
    void startEdit() {
        form.read(plan);
        facts.setVisible(false);
        edit.setVisible(false);
        form.setVisible(true);
        actions.setVisible(true);
    }

    private void cancelEdit() {
        stale.setVisible(false);
        form.read(plan);
        showRead();
    }

    /** The values as text; the form (for editors) waits hidden. */
    private void showRead() {
        facts.removeAll();
        facts.add(PlanFacts.of(plan, unitName, this::planName));
        facts.setVisible(true);
        edit.setVisible(canEdit);
        form.setVisible(false);
        actions.setVisible(false);
    }

    boolean editing() {
        return form.isVisible();
    }

    private String planName(Long id) {
        return id == null ? "" : plans.find(id).map(PlanLabels::plan).orElse("");
    }

    void save() {
        Optional<PlanDraft> draft = form.write(plan.servesGoalIds());
        if (draft.isEmpty()) {
            return;
        }
        try {
            Plan saved = plans.update(plan.id(), plan.version(), draft.get(), CurrentUser.require());
            plan = saved;
            stale.setVisible(false);
            form.read(saved);
            showRead();
            showLinks();
            PlanErrors.success(t("plan.saved", saved.title()));
            changed.accept(saved);
        } catch (InvalidInputException e) {
            List<String> rest = form.showErrors(e);
            PlanErrors.error(t("error.invalid", rest.isEmpty() ? t("plan.seeFields") : String.join("; ", rest)));
        } catch (StaleVersionException e) {
            stale.setVisible(true);
        } catch (PlanverkException e) {
            PlanErrors.show(e);
        }
    }

    /** Someone else's version replaces the form; the user chose this with the reload button. */
    void reload() {
        try {
            Plan fresh = plans.find(plan.id()).orElseThrow(() -> NotFoundException.of("Plan", plan.id()));
            plan = fresh;
            stale.setVisible(false);
            form.setPlans(plans.all());
            form.read(fresh);
            if (!editing()) {
                showRead();
            }
            showLinks();
            changed.accept(fresh);
        } catch (PlanverkException e) {
            PlanErrors.show(e);
        }
    }

    /** The plan changed elsewhere on the page (a status change): take it, keeping any unsaved input. */
    void planChanged(Plan p) {
        if (p.version() == plan.version()) {
            return;
        }
        boolean dirty = form.hasChanges();
        plan = p;
        if (dirty) {
            form.takeStatusFields(p);
        } else {
            form.read(p);
        }
        if (!editing()) {
            showRead();
        }
        showLinks();
    }

    private void showLinks() {
        links.removeAll();
        if (plan.documentUrl() != null) {
            Anchor doc = new Anchor(plan.documentUrl(), t("plan.openDocument"), AnchorTarget.BLANK);
            doc.getElement().setAttribute("rel", "noopener noreferrer");
            links.add(doc);
        }
        planLink(plan.parentId(), "plan.parentLink");
        planLink(plan.successorId(), "plan.successorLink");
    }

    private void planLink(Long id, String key) {
        if (id == null) {
            return;
        }
        plans.find(id).ifPresent(other -> {
            Anchor a = new Anchor(PlanNav.plan(id), t(key, PlanLabels.plan(other)));
            a.getElement().setAttribute("router-link", true);
            links.add(a);
        });
    }
}
