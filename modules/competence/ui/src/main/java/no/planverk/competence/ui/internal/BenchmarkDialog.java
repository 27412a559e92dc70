package no.planverk.competence.ui.internal;

import static no.planverk.competence.ui.internal.CompetenceTexts.t;

import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.NumberField;
import com.vaadin.flow.component.textfield.TextField;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
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
    public final IntegerField year = new IntegerField(t("col.year"));
    public final ComboBox<OrgUnit> unit = new ComboBox<>(t("bench.unit"));
    public final NumberField share = new NumberField(t("col.fullTimeShare"));
    public final NumberField average = new NumberField(t("col.averagePercent"));
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
        share.setMin(0);
        share.setMax(100);
        average.setSuffixComponent(new Span("%"));
        average.setMin(0);
        average.setMax(100);
        source.setMaxLength(BenchmarkDraft.MAX_SOURCE);
        source.setHelperText(t("bench.source.help"));
        kind.addValueChangeListener(e -> unit.setEnabled(e.getValue() != BenchmarkKind.NATIONAL));
        form.add(kind, year, unit, share, average, source);
        form.setColspan(source, 2);
        field("kind", kind);
        field("year", year);
        field("unitId", unit);
        field("fullTimeShare", share);
        field("averagePercent", average);
        field("source", source);
        if (row == null) {
            kind.setValue(BenchmarkKind.TARGET);
            year.setValue(defaultYear);
            return;
        }
        kind.setValue(row.kind());
        year.setValue(row.year());
        unit.setValue(row.unitId() == null ? null : units.stream().filter(u -> u.id() == row.unitId()).findFirst().orElse(null));
        share.setValue(row.fullTimeShare() == null ? null : row.fullTimeShare() * 100);
        average.setValue(row.averagePercent());
        source.setValue(row.source() == null ? "" : row.source());
    }

    @Override
    protected boolean checkLocally() {
        List<String> bad = new ArrayList<>();
        required(year, year.getValue() == null, bad);
        if (share.getValue() == null && average.getValue() == null) {
            share.setErrorMessage(t("invalid.fullTimeShare.missing"));
            share.setInvalid(true);
            bad.add("share");
        }
        return bad.isEmpty();
    }

    BenchmarkDraft draft() {
        Long unitId = kind.getValue() == BenchmarkKind.NATIONAL || unit.getValue() == null ? null : unit.getValue().id();
        return new BenchmarkDraft(kind.getValue(), year.getValue(), unitId, share.getValue() == null ? null : share.getValue() / 100.0,
                average.getValue(), source.getValue());
    }

    @Override
    protected void saveNow() {
        Benchmark b = row == null ? fulltime.create(draft(), CurrentUser.require())
                : fulltime.update(row.id(), row.version(), draft(), CurrentUser.require());
        saved.accept(b);
    }
}
