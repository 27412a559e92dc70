package no.planverk.forecasting.core.internal;

import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Supplier;
import no.planverk.forecasting.api.ForecastCsv;
import no.planverk.forecasting.api.ForecastService;
import no.planverk.forecasting.api.InputInfo;
import no.planverk.forecasting.api.InputKind;
import no.planverk.forecasting.api.InputTarget;
import no.planverk.forecasting.api.InputTransfer;
import no.planverk.forecasting.api.InvalidCsvException;
import no.planverk.platform.api.InvalidInputException;
import no.planverk.platform.api.Message;
import no.planverk.platform.api.Role;
import no.planverk.platform.api.UserContext;
import no.planverk.platform.api.transfer.FileFormat;
import no.planverk.platform.api.transfer.ImportFile;
import no.planverk.platform.api.transfer.ImportSummary;
import no.planverk.platform.api.transfer.ModuleTransfer;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/**
 * The upload of a stored input: a preview parses the file as its kind (nothing stored), a commit creates or replaces
 * the input the target names through {@link ForecastService} (checked, audited, all or nothing). Row errors come back
 * as the summary's errors; {@link #store} throws them as the REST answer has always given them.
 */
@Component(service = {ModuleTransfer.class, InputTransfer.class}, property = "module=" + InputTransferImpl.MODULE)
public class InputTransferImpl implements InputTransfer {

    public static final String MODULE = "forecasting";
    private final ForecastService forecasts;
    private final ForecastCsv csv;
    private final Supplier<InputTarget> target;

    @Activate
    public InputTransferImpl(@Reference ForecastService forecasts, @Reference ForecastCsv csv) {
        this(forecasts, csv, () -> InputTarget.named(null, null, Map.of()));
    }

    InputTransferImpl(ForecastService forecasts, ForecastCsv csv, Supplier<InputTarget> target) {
        this.forecasts = forecasts;
        this.csv = csv;
        this.target = target;
    }

    @Override
    public InputTransfer with(Supplier<InputTarget> target) {
        return new InputTransferImpl(forecasts, csv, target);
    }

    @Override
    public String module() {
        return MODULE;
    }

    @Override
    public List<String> kinds() {
        return Arrays.stream(InputKind.values()).map(InputKind::id).toList();
    }

    /** CSV; a population also SSB's JSON-stat (its PxWeb download is CSV). */
    @Override
    public Set<FileFormat> importFormats(String kind) {
        return InputKind.parse(kind).orElse(null) == InputKind.POPULATION ? EnumSet.of(FileFormat.CSV, FileFormat.JSON)
                : EnumSet.of(FileFormat.CSV);
    }

    @Override
    public ImportSummary preview(ImportFile file, UserContext by) {
        by.require(Role.PLANNER);
        InputKind kind = kind(file);
        try {
            Parsed p = Parsed.of(kind, file.content(), csv, target.get().choices());
            return new ImportSummary(p.rows(), 0, 0, List.of(Message.plain(p.summary())), List.of(), false);
        } catch (InvalidCsvException e) {
            return ImportSummary.refused(0, e.errors());
        }
    }

    @Override
    public ImportSummary commit(ImportFile file, UserContext by) {
        try {
            InputInfo info = store(file, by);
            int replaced = target.get().replaceId() == null ? 0 : 1;
            return new ImportSummary(info.rows(), 1 - replaced, replaced, List.of(Message.plain(info.summary())), List.of(), true);
        } catch (InvalidCsvException e) {
            return ImportSummary.refused(0, e.errors());
        }
    }

    @Override
    public InputInfo store(ImportFile file, UserContext by) {
        InputKind kind = kind(file);
        InputTarget t = target.get();
        return t.replaceId() == null ? forecasts.createInput(kind, t.name(), t.description(), file.content(), t.choices(), by)
                : forecasts.updateInput(t.replaceId(), t.version() == null ? -1 : t.version(), t.name(), t.description(), file.content(),
                        t.choices(), by);
    }

    private InputKind kind(ImportFile file) {
        InputKind kind = InputKind.parse(file.kind()).orElseThrow(() -> InvalidInputException.field("kind",
                Message.of("forecasting.input.kind", "Choose the kind of input")));
        if (!importFormats(kind.id()).contains(file.format())) {
            throw InvalidInputException.field("format", Message.of("forecasting.import.format",
                    "An input file is CSV (a population also SSB''s JSON-stat)"));
        }
        return kind;
    }
}
