package no.planverk.competence.ui.internal.unit;

import static no.planverk.competence.ui.internal.CompetenceTexts.t;

import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.textfield.TextField;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import no.planverk.competence.ui.internal.FormDialog;
import no.planverk.competence.ui.internal.Labels;
import no.planverk.ui.api.NumberInput;
import no.planverk.competence.api.Category;
import no.planverk.competence.api.Position;
import no.planverk.competence.api.PositionDraft;
import no.planverk.competence.api.WorkforceService;
import no.planverk.platform.api.OrgUnit;
import no.planverk.ui.api.CurrentUser;

/**
 * A new or changed register row: unit, year, category, position size, count, age band, temporary, further education;
 * employee number, name and birth year only for those who may see personal fields.
 */
public class PositionDialog extends FormDialog {

    private static final long serialVersionUID = 1L;
    private final transient WorkforceService workforce;
    private final transient Position row;
    private final transient Consumer<Position> saved;
    public final ComboBox<OrgUnit> unit = new ComboBox<>(t("col.unit"));
    public final TextField year = NumberInput.integer(t("col.year"), 1900, 2200);
    public final ComboBox<Category> category = new ComboBox<>(t("col.category"));
    public final TextField percent = NumberInput.decimal(t("col.percent"), 0, 100);
    public final TextField count = NumberInput.integer(t("col.count"), 1, 100000);
    public final TextField ageFrom = NumberInput.integer(t("col.ageFrom"), 0, 120);
    public final TextField ageTo = NumberInput.integer(t("col.ageTo"), 0, 120);
    public final Checkbox temporary = new Checkbox(t("col.temporary"));
    public final TextField furtherEducation = new TextField(t("col.furtherEducation"));
    public final TextField employeeNo = new TextField(t("col.employeeNo"));
    public final TextField name = new TextField(t("col.name"));
    public final TextField birthYear = NumberInput.integer(t("col.birthYear"), 1900, 2200);

    /** @param row null for a new row; {@code personal}: whether the user may see and enter personal fields */
    public PositionDialog(WorkforceService workforce, List<OrgUnit> units, OrgUnit defaultUnit, int defaultYear, Position row,
            boolean personal, Consumer<Position> saved) {
        super(row == null ? t("register.new") : t("register.edit"));
        this.workforce = workforce;
        this.row = row;
        this.saved = saved;
        setId("planverk-competence-position-dialog");
        unit.setItems(units);
        unit.setItemLabelGenerator(OrgUnit::name);
        category.setItems(Category.values());
        category.setItemLabelGenerator(Labels::category);
        percent.setSuffixComponent(new Span("%"));
        percent.setHelperText(t("register.percent.help"));
        count.setHelperText(t("register.count.help"));
        ageFrom.setHelperText(t("register.age.help"));
        furtherEducation.setHelperText(t("register.furtherEducation.help"));
        limit(furtherEducation, PositionDraft.MAX_TEXT);
        limit(employeeNo, PositionDraft.MAX_EMPLOYEE_NO);
        limit(name, PositionDraft.MAX_TEXT);
        birthYear.setHelperText(t("register.birthYear.help"));
        form.add(unit, year, category, percent, count, temporary, ageFrom, ageTo, furtherEducation);
        form.setColspan(furtherEducation, 2);
        if (personal) {
            form.add(employeeNo, name, birthYear);
        }
        numbers(year, percent, count, ageFrom, ageTo, birthYear);
        field("unitId", unit);
        field("year", year);
        field("category", category);
        field("percent", percent);
        field("count", count);
        field("ageFrom", ageFrom);
        field("furtherEducation", furtherEducation);
        field("employeeNo", employeeNo);
        field("name", name);
        field("birthYear", birthYear);
        fill(units, defaultUnit, defaultYear, row);
    }

    private void fill(List<OrgUnit> units, OrgUnit defaultUnit, int defaultYear, Position p) {
        if (p == null) {
            unit.setValue(defaultUnit);
            NumberInput.set(year, defaultYear);
            NumberInput.set(count, 1);
            return;
        }
        unit.setValue(units.stream().filter(u -> u.id() == p.unitId()).findFirst().orElse(null));
        NumberInput.set(year, p.year());
        category.setValue(p.category());
        NumberInput.set(percent, p.percent());
        NumberInput.set(count, p.count());
        NumberInput.set(ageFrom, p.ageFrom());
        NumberInput.set(ageTo, p.ageTo());
        temporary.setValue(p.temporary());
        furtherEducation.setValue(p.furtherEducation() == null ? "" : p.furtherEducation());
        employeeNo.setValue(p.employeeNo() == null ? "" : p.employeeNo());
        name.setValue(p.name() == null ? "" : p.name());
        NumberInput.set(birthYear, p.birthYear());
    }

    @Override
    protected boolean checkLocally() {
        List<String> bad = new ArrayList<>();
        required(unit, unit.getValue() == null, bad);
        required(category, category.getValue() == null, bad);
        required(percent, NumberInput.doubleValue(percent) == null, bad);
        required(ageFrom, NumberInput.intValue(ageFrom) == null && NumberInput.intValue(birthYear) == null, bad);
        return bad.isEmpty();
    }

    PositionDraft draft() {
        return new PositionDraft(unit.getValue() == null ? null : unit.getValue().id(), NumberInput.intValue(year), category.getValue(),
                NumberInput.doubleValue(percent), NumberInput.intValue(count), NumberInput.intValue(ageFrom), NumberInput.intValue(ageTo), temporary.getValue(),
                furtherEducation.getValue(), employeeNo.getValue(), name.getValue(), NumberInput.intValue(birthYear));
    }

    @Override
    protected void saveNow() {
        Position p = row == null ? workforce.create(draft(), CurrentUser.require())
                : workforce.update(row.id(), row.version(), draft(), CurrentUser.require());
        saved.accept(p);
    }
}
