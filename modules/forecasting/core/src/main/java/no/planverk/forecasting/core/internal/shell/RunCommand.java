package no.planverk.forecasting.core.internal.shell;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import no.planverk.forecasting.api.ForecastCsv;
import no.planverk.forecasting.api.ForecastModel;
import no.planverk.forecasting.api.InputKind;
import no.planverk.forecasting.api.RunSpec;
import no.planverk.forecasting.core.internal.Requests;
import no.planverk.platform.api.InvalidInputException;
import org.apache.karaf.shell.api.action.Action;
import org.apache.karaf.shell.api.action.Command;
import org.apache.karaf.shell.api.action.Completion;
import org.apache.karaf.shell.api.action.Option;
import org.apache.karaf.shell.api.action.lifecycle.Reference;
import org.apache.karaf.shell.api.action.lifecycle.Service;
import org.apache.karaf.shell.support.completers.FileCompleter;

@Service
@Command(scope = "forecast", name = "run", description = "Runs the forecast on CSV files and prints year,service,scenario,users as CSV")
public class RunCommand implements Action {

    @Reference
    ForecastModel model;

    @Reference
    ForecastCsv csv;

    @Option(name = "--population", required = true, description = "CSV file year,age,population")
    @Completion(FileCompleter.class)
    String population;

    @Option(name = "--services", required = true, description = "CSV file service,age_from,age_to,users (base year)")
    @Completion(FileCompleter.class)
    String services;

    @Option(name = "--scenario", multiValued = true,
            description = "normal, delayed, welfare-tech, welfare-tech-delayed or custom; repeat for several (default: normal and delayed)")
    @Completion(ScenarioCompleter.class)
    List<String> scenarios;

    @Option(name = "--from", description = "Base year (default: the population's first year)")
    @Completion(YearCompleter.class)
    Integer from;

    @Option(name = "--to", description = "Horizon year (default: the population's last year)")
    @Completion(YearCompleter.class)
    Integer to;

    @Option(name = "--delay-per-decade", description = "Years of delayed ageing per decade (default 1)")
    Double delayPerDecade;

    @Option(name = "--output", description = "Write the CSV to this file instead of printing it")
    @Completion(FileCompleter.class)
    String output;

    @Override
    public Object execute() throws IOException {
        Map<InputKind, byte[]> files = new EnumMap<>(InputKind.class);
        files.put(InputKind.POPULATION, read(population, "--population"));
        files.put(InputKind.SERVICE_USERS, read(services, "--services"));
        RunSpec spec = new RunSpec(null, null, null, null, null, null, null, from, to, delayPerDecade == null ? null : delayPerDecade / 10,
                null, null, scenarios);
        String result = csv.usersCsv(model.run(Requests.build(spec, Requests.parse(files, csv))));
        if (output == null) {
            System.out.print(result);
            return null;
        }
        Path file = Path.of(output).toAbsolutePath();
        Files.writeString(file, result, StandardCharsets.UTF_8);
        System.out.println("Wrote " + file + " (" + (result.lines().count() - 1) + " rows)");
        return null;
    }

    private static byte[] read(String name, String option) throws IOException {
        try {
            return Files.readAllBytes(Path.of(name));
        } catch (NoSuchFileException e) {
            throw InvalidInputException.field(option, option + ": no such file " + Path.of(name).toAbsolutePath());
        }
    }
}
