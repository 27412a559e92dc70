package no.planverk.forecasting.api;

import java.util.List;
import no.planverk.platform.api.UserContext;
import org.osgi.annotation.versioning.ProviderType;

/**
 * Stored inputs, runs and saved runs. Anyone may read and run; planners change inputs and saved runs. Every
 * change is audited. A bad file throws {@link InvalidCsvException} and saves nothing; a change of something
 * someone else saved first throws {@link no.planverk.platform.api.StaleVersionException}.
 */
@ProviderType
public interface ForecastService {

    /** Stored inputs of a kind (all kinds for null), by name. */
    List<InputInfo> inputs(InputKind kind);

    /** @throws no.planverk.platform.api.NotFoundException if there is no such input */
    StoredInput input(long id);

    default InputInfo createInput(InputKind kind, String name, String description, byte[] csv, UserContext by) {
        return createInput(kind, name, description, csv, java.util.Map.of(), by);
    }

    /**
     * A new input; a population may also be SSB's JSON-stat 2.0 or PxWeb CSV, with {@code choices} picking one region,
     * alternative ... as {@link ForecastCsv#population(byte[], java.util.Map)} says. It is stored as canonical CSV with its source.
     */
    InputInfo createInput(InputKind kind, String name, String description, byte[] content, java.util.Map<String, String> choices,
            UserContext by);

    /** Replaces name, description and content ({@code csv} null keeps the content). */
    default InputInfo updateInput(long id, long version, String name, String description, byte[] csv, UserContext by) {
        return updateInput(id, version, name, description, csv, java.util.Map.of(), by);
    }

    /** Replaces name, description and content ({@code content} null keeps it and its source), with choices as for create. */
    InputInfo updateInput(long id, long version, String name, String description, byte[] content, java.util.Map<String, String> choices,
            UserContext by);

    /** Saved runs keep their own copy of the inputs, so deleting an input does not change them. */
    void deleteInput(long id, long version, UserContext by);

    /** The request a spec stands for, with its stored inputs read and checked. */
    ForecastRequest request(RunSpec spec);

    /** Runs without saving. */
    ForecastOutcome run(RunSpec spec);

    /** Runs an explicit request, e.g. from files; housing may be empty. */
    ForecastOutcome run(ForecastRequest request, List<HousingCapacity> housing);

    List<RunInfo> runs();

    /** Saved runs linked to a goal or measure. */
    List<RunInfo> runsLinkedTo(String kind, long targetId);

    /** @throws no.planverk.platform.api.NotFoundException if there is no such run */
    SavedRun savedRun(long id);

    /** Runs the spec and saves it with a copy of its inputs. */
    RunInfo saveRun(String name, String description, RunSpec spec, UserContext by);

    /** Renames a saved run and replaces its links (each checked against an installed {@link LinkTarget}). */
    RunInfo updateRun(long id, long version, String name, String description, List<RunLink> links, UserContext by);

    void deleteRun(long id, long version, UserContext by);

    /** Kinds of item a run can be linked to now ("goal", "measure"), by the installed link targets. */
    List<String> linkKinds();

    /**
     * Items of a kind a run can be linked to whose label contains {@code text} (all for a blank text), at most
     * {@code limit}, each labelled with where it belongs (its plan); empty when no module offers the kind. For pickers.
     */
    default List<RunLink> linkChoices(String kind, String text, int limit) {
        return List.of();
    }
}
