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
import no.planverk.competence.api.Requirement;
import no.planverk.competence.api.RequirementDraft;
import no.planverk.competence.api.RequirementService;
import no.planverk.platform.api.OrgUnit;
import no.planverk.ui.api.CurrentUser;

/** A new or changed requirement: at least so many FTE and/or so large a share of the unit's FTE in a category. */
public class RequirementDialog extends FormDialog {

    private static final long serialVersionUID = 1L;
    private final transient RequirementService requirements;
    private final transient Requirement row;
    private final transient Consumer<Requirement> saved;
    public final ComboBox<OrgUnit> unit = new ComboBox<>(t("col.unit"));
    public final ComboBox<Category> category = new ComboBox<>(t("col.category"));
    public final TextField minFte = NumberInput.decimal(t("col.minFte"), 0, 100000);
    public final TextField minShare = NumberInput.decimal(t("col.minShare"), 0, 100);
    public final Checkbox statutory = new Checkbox(t("col.statutory"));
    public final TextField reference = new TextField(t("col.reference"));
    public final TextField note = new TextField(t("col.note"));

    public RequirementDialog(RequirementService requirements, List<OrgUnit> units, OrgUnit defaultUnit, Requirement row,
            Consumer<Requirement> saved) {
        super(row == null ? t("req.new") : t("req.edit"));
        this.requirements = requirements;
        this.row = row;
        this.saved = saved;
        setId("planverk-competence-requirement-dialog");
        unit.setItems(units);
        unit.setItemLabelGenerator(OrgUnit::name);
        category.setItems(Category.values());
        category.setItemLabelGenerator(Labels::category);
        minFte.setHelperText(t("req.minFte.help"));
        minShare.setSuffixComponent(new Span("%"));
        minShare.setHelperText(t("req.minShare.help"));
        reference.setHelperText(t("req.reference.help"));
        limit(reference, RequirementDraft.MAX_TEXT);
        limit(note, RequirementDraft.MAX_TEXT);
        form.add(unit, category, minFte, minShare, statutory, reference, note);
        form.setColspan(reference, 2);
        form.setColspan(note, 2);
        numbers(minFte, minShare);
        field("unitId", unit);
        field("category", category);
        field("minFte", minFte);
        field("minShare", minShare);
        field("reference", reference);
        field("note", note);
        if (row == null) {
            unit.setValue(defaultUnit);
        } else {
            unit.setValue(units.stream().filter(u -> u.id() == row.unitId()).findFirst().orElse(null));
            category.setValue(row.category());
            NumberInput.set(minFte, row.minFte());
            NumberInput.set(minShare, row.minShare() == null ? null : java.math.BigDecimal.valueOf(row.minShare()).movePointRight(2));
            statutory.setValue(row.statutory());
            reference.setValue(row.reference() == null ? "" : row.reference());
            note.setValue(row.note() == null ? "" : row.note());
        }
    }

    @Override
    protected boolean checkLocally() {
        List<String> bad = new ArrayList<>();
        required(unit, unit.getValue() == null, bad);
        required(category, category.getValue() == null, bad);
        if (NumberInput.doubleValue(minFte) == null && NumberInput.doubleValue(minShare) == null) {
            minFte.setErrorMessage(t("invalid.minFte"));
            minFte.setInvalid(true);
            bad.add("minFte");
        }
        required(reference, statutory.getValue() && reference.getValue().isBlank(), bad);
        return bad.isEmpty();
    }

    RequirementDraft draft() {
        return new RequirementDraft(unit.getValue() == null ? null : unit.getValue().id(), category.getValue(), NumberInput.doubleValue(minFte),
                NumberInput.doubleValue(minShare) == null ? null : NumberInput.doubleValue(minShare) / 100.0, statutory.getValue(), reference.getValue(),
                note.getValue());
    }

    @Override
    protected void saveNow() {
        Requirement r = row == null ? requirements.create(draft(), CurrentUser.require())
                : requirements.update(row.id(), row.version(), draft(), CurrentUser.require());
        saved.accept(r);
    }
}
