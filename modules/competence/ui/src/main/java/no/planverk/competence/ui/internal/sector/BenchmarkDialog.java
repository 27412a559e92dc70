package no.planverk.competence.ui.internal.sector;

import static no.planverk.competence.ui.internal.CompetenceTexts.t;

import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.textfield.TextField;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import no.planverk.competence.ui.internal.FormDialog;
import no.planverk.ui.api.NumberInput;
import no.planverk.competence.api.Benchmark;
import no.planverk.competence.api.BenchmarkDraft;
import no.planverk.competence.api.BenchmarkKind;
import no.planverk.competence.api.FulltimeService;
import no.planverk.platform.api.OrgUnit;
import no.planverk.ui.api.CurrentUser;

/** A target (for a unit or for all) or a national figure for a year: full-time share and/or average position size. */
public class BenchmarkDialog extends FormDialog {

    private static final long serialVersionUID = 1L;
    private final transient FulltimeService fulltime;
    private final transient Benchmark row;
    private final transient Consumer<Benchmark> saved;
    public final RadioButtonGroup<BenchmarkKind> kind = new RadioButtonGroup<>(t("bench.kind"));
    public final TextField year = NumberInput.integer(t("col.year"), 1900, 2200);
    public final ComboBox<OrgUnit> unit = new ComboBox<>(t("bench.unit"));
    public final TextField share = NumberInput.decimal(t("col.fullTimeShare"), 0, 100);
    public final TextField average = NumberInput.decimal(t("col.averagePercent"), 0, 100);
    public final TextField source = new TextField(t("bench.source"));

    public BenchmarkDialog(FulltimeService fulltime, List<OrgUnit> units, int defaultYear, Benchmark row, Consumer<Benchmark> saved) {
        super(row == null ? t("bench.new") : t("bench.edit"));
        this.fulltime = fulltime;
        this.row = row;
        this.saved = saved;
        setId("planverk-competence-benchmark-dialog");
        kind.setItems(BenchmarkKind.values());
        kind.setItemLabelGenerator(k -> t("bench.kind." + k.id()));
        unit.setItems(units);
        unit.setItemLabelGenerator(OrgUnit::name);
        unit.setClearButtonVisible(true);
        unit.setPlaceholder(t("bench.unit.all"));
        unit.setHelperText(t("bench.unit.help"));
        share.setSuffixComponent(new Span("%"));
        average.setSuffixComponent(new Span("%"));
        limit(source, BenchmarkDraft.MAX_SOURCE);
        source.setHelperText(t("bench.source.help"));
        kind.addValueChangeListener(e -> unit.setEnabled(e.getValue() != BenchmarkKind.NATIONAL));
        form.add(kind, year, unit, share, average, source);
        form.setColspan(source, 2);
        numbers(year, share, average);
        field("kind", kind);
        field("year", year);
        field("unitId", unit);
        field("fullTimeShare", share);
        field("averagePercent", average);
        field("source", source);
        if (row == null) {
            kind.setValue(BenchmarkKind.TARGET);
            NumberInput.set(year, defaultYear);
            return;
        }
        kind.setValue(row.kind());
        NumberInput.set(year, row.year());
        unit.setValue(row.unitId() == null ? null : units.stream().filter(u -> u.id() == row.unitId()).findFirst().orElse(null));
        NumberInput.set(share, row.fullTimeShare() == null ? null : java.math.BigDecimal.valueOf(row.fullTimeShare()).movePointRight(2));
        NumberInput.set(average, row.averagePercent());
        source.setValue(row.source() == null ? "" : row.source());
    }

    @Override
    protected boolean checkLocally() {
        List<String> bad = new ArrayList<>();
        required(year, NumberInput.intValue(year) == null, bad);
        if (NumberInput.doubleValue(share) == null && NumberInput.doubleValue(average) == null) {
            share.setErrorMessage(t("invalid.fullTimeShare.missing"));
            share.setInvalid(true);
            bad.add("share");
        }
        return bad.isEmpty();
    }

    BenchmarkDraft draft() {
        Long unitId = kind.getValue() == BenchmarkKind.NATIONAL || unit.getValue() == null ? null : unit.getValue().id();
        return new BenchmarkDraft(kind.getValue(), NumberInput.intValue(year), unitId, NumberInput.doubleValue(share) == null ? null : NumberInput.doubleValue(share) / 100.0,
                NumberInput.doubleValue(average), source.getValue());
    }

    @Override
    protected void saveNow() {
        Benchmark b = row == null ? fulltime.create(draft(), CurrentUser.require())
                : fulltime.update(row.id(), row.version(), draft(), CurrentUser.require());
        saved.accept(b);
    }
}
