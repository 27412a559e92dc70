package no.planverk.forecasting.ui.internal.staircase;

import static no.planverk.forecasting.ui.internal.ForecastTexts.t;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.HasDynamicTitle;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import no.planverk.forecasting.api.staircase.Staircase;
import no.planverk.forecasting.api.staircase.StaircaseService;
import no.planverk.forecasting.api.staircase.StaircaseStep;
import no.planverk.forecasting.ui.internal.ForecastNav;
import no.planverk.forecasting.ui.internal.ForecastTexts;
import no.planverk.platform.api.PlanverkException;
import no.planverk.ui.api.CurrentUser;
import no.planverk.ui.api.Notices;
import no.planverk.ui.api.TextLimit;

/**
 * The municipality's activity and mastery staircase at {@code forecasting/staircase}: the steps by category and which
 * step each forecast service belongs to. Everyone reads; planners rename steps, move them between categories, add
 * steps and place services, and save (with the version read).
 */
public class StaircaseView extends VerticalLayout implements HasDynamicTitle {

    private static final long serialVersionUID = 1L;
    private final transient StaircaseService staircase;
    private transient Staircase read;
    public final List<StepRow> steps = new ArrayList<>();
    public final List<ServiceRow> services = new ArrayList<>();
    private final VerticalLayout stepBox = new VerticalLayout();
    private final VerticalLayout serviceBox = new VerticalLayout();
    public Button addStep;
    public Button addService;
    public Button save;

    /** A step's fields. */
    public record StepRow(int number, Select<Integer> category, TextField name) {
    }

    /** A service and its step. */
    public record ServiceRow(TextField service, Select<Integer> step) {
    }

    public StaircaseView(StaircaseService staircase) {
        this.staircase = staircase;
        setWidthFull();
        show();
    }

    void show() {
        removeAll();
        steps.clear();
        services.clear();
        stepBox.removeAll();
        serviceBox.removeAll();
        stepBox.setPadding(false);
        serviceBox.setPadding(false);
        read = staircase.staircase();
        boolean mayChange = ForecastNav.mayChange();
        add(ForecastNav.bar(ForecastNav.STAIRCASE), new H2(t("staircase.title")), new Paragraph(t("staircase.page.help")));
        read.steps().forEach(s -> addStep(s.number(), s.category(), StepLabels.step(s), mayChange));
        add(new H3(t("staircase.steps")), stepBox);
        read.services().forEach((service, step) -> addService(service, step, mayChange));
        add(new H3(t("staircase.services")), new Paragraph(t("staircase.services.help")), serviceBox);
        addStep = new Button(t("staircase.addStep"), VaadinIcon.PLUS.create(), e -> addStep(nextNumber(), lastCategory(), "", true));
        addStep.setId("planverk-forecasting-staircase-add-step");
        addService = new Button(t("staircase.addService"), VaadinIcon.PLUS.create(), e -> addService("", null, true));
        addService.setId("planverk-forecasting-staircase-add-service");
        save = new Button(t("staircase.save"), e -> save());
        save.setId("planverk-forecasting-staircase-save");
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        HorizontalLayout actions = new HorizontalLayout(addStep, addService, save);
        actions.setVisible(mayChange);
        add(actions);
    }

    private int nextNumber() {
        return steps.stream().mapToInt(StepRow::number).max().orElse(0) + 1;
    }

    private int lastCategory() {
        return steps.isEmpty() ? 1 : steps.get(steps.size() - 1).category().getValue();
    }

    private void addStep(int number, int category, String name, boolean editable) {
        Select<Integer> c = new Select<>();
        c.setLabel(t("staircase.col.category"));
        c.setItems(1, 2, 3, 4);
        c.setItemLabelGenerator(StepLabels::category);
        c.setValue(category);
        c.setReadOnly(!editable);
        c.setWidth("28em");
        TextField n = new TextField(t("staircase.step.label", number));
        n.setValue(name);
        n.setReadOnly(!editable);
        n.setWidth("28em");
        TextLimit.apply(n, StaircaseStep.MAX_NAME); // shown and refused, not cut as maxlength would
        steps.add(new StepRow(number, c, n));
        stepBox.add(new HorizontalLayout(n, c));
        services.forEach(r -> r.step().setItems(numbers()));
    }

    private List<Integer> numbers() {
        return steps.stream().map(StepRow::number).toList();
    }

    private void addService(String service, Integer step, boolean editable) {
        TextField s = new TextField(t("staircase.service"));
        s.setValue(service);
        s.setReadOnly(!editable);
        Select<Integer> st = new Select<>();
        st.setLabel(t("staircase.col.step"));
        st.setItems(numbers());
        st.setItemLabelGenerator(n -> steps.stream().filter(r -> r.number() == n).findFirst()
                .map(r -> n + " " + r.name().getValue()).orElse(String.valueOf(n)));
        st.setValue(step);
        st.setReadOnly(!editable);
        st.setWidth("28em");
        services.add(new ServiceRow(s, st));
        serviceBox.add(new HorizontalLayout(s, st));
    }

    void save() {
        List<StaircaseStep> list = new ArrayList<>();
        Map<String, Integer> map = new LinkedHashMap<>();
        try {
            for (StepRow r : steps) {
                StaircaseStep seeded = read.step(r.number()).orElse(null);
                // a seeded step shown in bokmål or English keeps its stored name when the text was not changed
                String name = seeded != null && r.name().getValue().equals(StepLabels.step(seeded)) ? seeded.name() : r.name().getValue();
                list.add(new StaircaseStep(r.number(), r.category().getValue(), name));
            }
            for (ServiceRow r : services) {
                if (!r.service().getValue().isBlank()) {
                    map.put(r.service().getValue(), r.step().getValue());
                }
            }
            staircase.update(read.version(), list, map, CurrentUser.require());
            Notices.success(t("staircase.saved"));
        } catch (PlanverkException e) {
            Notices.show(e, ForecastTexts.TEXTS);
            return;
        }
        show();
    }

    @Override
    public String getPageTitle() {
        return t("staircase.title") + " – Planverk";
    }
}
