package no.planverk.competence.ui.internal;

import static no.planverk.competence.ui.internal.CompetenceTexts.t;

import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.NumberField;
import com.vaadin.flow.component.textfield.TextField;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
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
    public final IntegerField year = new IntegerField(t("col.year"));
    public final ComboBox<Category> category = new ComboBox<>(t("col.category"));
    public final NumberField percent = new NumberField(t("col.percent"));
    public final IntegerField count = new IntegerField(t("col.count"));
    public final IntegerField ageFrom = new IntegerField(t("col.ageFrom"));
    public final IntegerField ageTo = new IntegerField(t("col.ageTo"));
    public final Checkbox temporary = new Checkbox(t("col.temporary"));
    public final TextField furtherEducation = new TextField(t("col.furtherEducation"));
    public final TextField employeeNo = new TextField(t("col.employeeNo"));
    public final TextField name = new TextField(t("col.name"));
    public final IntegerField birthYear = new IntegerField(t("col.birthYear"));

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
        percent.setMin(0);
        percent.setMax(100);
        percent.setHelperText(t("register.percent.help"));
        count.setMin(1);
        count.setHelperText(t("register.count.help"));
        ageFrom.setHelperText(t("register.age.help"));
        furtherEducation.setHelperText(t("register.furtherEducation.help"));
        furtherEducation.setMaxLength(PositionDraft.MAX_TEXT);
        employeeNo.setMaxLength(PositionDraft.MAX_EMPLOYEE_NO);
        name.setMaxLength(PositionDraft.MAX_TEXT);
        birthYear.setHelperText(t("register.birthYear.help"));
        form.add(unit, year, category, percent, count, temporary, ageFrom, ageTo, furtherEducation);
        form.setColspan(furtherEducation, 2);
        if (personal) {
            form.add(employeeNo, name, birthYear);
        }
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
            year.setValue(defaultYear);
            count.setValue(1);
            return;
        }
        unit.setValue(units.stream().filter(u -> u.id() == p.unitId()).findFirst().orElse(null));
        year.setValue(p.year());
        category.setValue(p.category());
        percent.setValue(p.percent());
        count.setValue(p.count());
        ageFrom.setValue(p.ageFrom());
        ageTo.setValue(p.ageTo());
        temporary.setValue(p.temporary());
        furtherEducation.setValue(p.furtherEducation() == null ? "" : p.furtherEducation());
        employeeNo.setValue(p.employeeNo() == null ? "" : p.employeeNo());
        name.setValue(p.name() == null ? "" : p.name());
        birthYear.setValue(p.birthYear());
    }

    @Override
    protected boolean checkLocally() {
        List<String> bad = new ArrayList<>();
        required(unit, unit.getValue() == null, bad);
        required(category, category.getValue() == null, bad);
        required(percent, percent.getValue() == null, bad);
        required(ageFrom, ageFrom.getValue() == null && birthYear.getValue() == null, bad);
        return bad.isEmpty();
    }

    PositionDraft draft() {
        return new PositionDraft(unit.getValue() == null ? null : unit.getValue().id(), year.getValue(), category.getValue(),
                percent.getValue(), count.getValue(), ageFrom.getValue(), ageTo.getValue(), temporary.getValue(),
                furtherEducation.getValue(), employeeNo.getValue(), name.getValue(), birthYear.getValue());
    }

    @Override
    protected void saveNow() {
        Position p = row == null ? workforce.create(draft(), CurrentUser.require())
                : workforce.update(row.id(), row.version(), draft(), CurrentUser.require());
        saved.accept(p);
    }
}
