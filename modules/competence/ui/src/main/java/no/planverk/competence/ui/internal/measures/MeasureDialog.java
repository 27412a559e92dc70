package no.planverk.competence.ui.internal.measures;

import static no.planverk.competence.ui.internal.CompetenceTexts.t;

import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import no.planverk.competence.ui.internal.FormDialog;
import no.planverk.competence.ui.internal.Labels;
import no.planverk.ui.api.NumberInput;
import no.planverk.competence.api.Category;
import no.planverk.competence.api.CompetenceMeasure;
import no.planverk.competence.api.CompetenceMeasureDraft;
import no.planverk.competence.api.CompetenceMeasureKind;
import no.planverk.competence.api.CompetenceMeasureService;
import no.planverk.platform.api.OrgUnit;
import no.planverk.ui.api.CurrentUser;

/**
 * A new or changed competence measure. The link to a measure of the measures module is offered while that module is
 * installed (the service checks the id then).
 */
public class MeasureDialog extends FormDialog {

    private static final long serialVersionUID = 1L;
    private final transient CompetenceMeasureService measures;
    private final transient CompetenceMeasure row;
    private final transient Consumer<CompetenceMeasure> saved;
    private final boolean linkOffered;
    public final ComboBox<CompetenceMeasureKind> kind = new ComboBox<>(t("col.kind"));
    public final TextField title = new TextField(t("col.title"));
    public final ComboBox<OrgUnit> unit = new ComboBox<>(t("col.unit"));
    public final TextField year = NumberInput.integer(t("col.year"), 1900, 2200);
    public final ComboBox<Category> category = new ComboBox<>(t("col.categoryOptional"));
    public final TextField planned = NumberInput.integer(t("col.planned"), 0, 100000);
    public final TextField actual = NumberInput.integer(t("col.actual"), 0, 100000);
    public final TextField measureId = NumberInput.integer(t("col.measureId"), 1, 2147483647);
    public final TextArea note = new TextArea(t("col.note"));

    public MeasureDialog(CompetenceMeasureService measures, List<OrgUnit> units, int defaultYear, CompetenceMeasure row,
            Consumer<CompetenceMeasure> saved) {
        super(row == null ? t("measure.new") : t("measure.edit"));
        this.measures = measures;
        this.row = row;
        this.saved = saved;
        this.linkOffered = measures.measuresInstalled();
        setId("planverk-competence-measure-dialog");
        kind.setItems(CompetenceMeasureKind.values());
        kind.setItemLabelGenerator(Labels::kind);
        limit(title, CompetenceMeasureDraft.MAX_TITLE);
        unit.setItems(units);
        unit.setItemLabelGenerator(OrgUnit::name);
        category.setItems(Category.values());
        category.setItemLabelGenerator(Labels::category);
        category.setClearButtonVisible(true);
        actual.setHelperText(t("measure.actual.help"));
        measureId.setHelperText(t("measure.measureId.help"));
        limit(note, CompetenceMeasureDraft.MAX_NOTE);
        form.add(kind, title, unit, year, category, planned, actual);
        if (linkOffered) {
            form.add(measureId);
        }
        form.add(note);
        form.setColspan(title, 2);
        form.setColspan(note, 2);
        numbers(year, planned, actual, measureId);
        field("kind", kind);
        field("title", title);
        field("unitId", unit);
        field("year", year);
        field("plannedParticipants", planned);
        field("actualParticipants", actual);
        field("measureId", measureId);
        field("note", note);
        if (row == null) {
            NumberInput.set(year, defaultYear);
            NumberInput.set(planned, 0);
            if (units.size() == 1) {
                unit.setValue(units.get(0));
            }
            return;
        }
        kind.setValue(row.kind());
        title.setValue(row.title());
        unit.setValue(units.stream().filter(u -> u.id() == row.unitId()).findFirst().orElse(null));
        NumberInput.set(year, row.year());
        category.setValue(row.category());
        NumberInput.set(planned, row.plannedParticipants());
        NumberInput.set(actual, row.actualParticipants());
        NumberInput.set(measureId, row.measureId() == null ? null : row.measureId().intValue());
        note.setValue(row.note() == null ? "" : row.note());
    }

    @Override
    protected boolean checkLocally() {
        List<String> bad = new ArrayList<>();
        required(kind, kind.getValue() == null, bad);
        required(title, title.getValue().isBlank(), bad);
        required(unit, unit.getValue() == null, bad);
        required(year, NumberInput.intValue(year) == null, bad);
        return bad.isEmpty();
    }

    CompetenceMeasureDraft draft() {
        Long link = linkOffered ? (NumberInput.intValue(measureId) == null ? null : NumberInput.intValue(measureId).longValue())
                : row == null ? null : row.measureId(); // keep a link made while the module was there
        return new CompetenceMeasureDraft(unit.getValue() == null ? null : unit.getValue().id(), kind.getValue(), title.getValue(),
                category.getValue(), NumberInput.intValue(year), NumberInput.intValue(planned), NumberInput.intValue(actual), link, note.getValue());
    }

    @Override
    protected void saveNow() {
        CompetenceMeasure m = row == null ? measures.create(draft(), CurrentUser.require())
                : measures.update(row.id(), row.version(), draft(), CurrentUser.require());
        saved.accept(m);
    }
}
