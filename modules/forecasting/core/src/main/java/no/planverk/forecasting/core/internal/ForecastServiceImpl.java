package no.planverk.forecasting.core.internal;

import java.time.Clock;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import no.planverk.forecasting.api.ForecastCsv;
import no.planverk.forecasting.api.ForecastModel;
import no.planverk.forecasting.api.ForecastOutcome;
import no.planverk.forecasting.api.ForecastRequest;
import no.planverk.forecasting.api.ForecastResult;
import no.planverk.forecasting.api.ForecastService;
import no.planverk.forecasting.api.HousingCapacity;
import no.planverk.forecasting.api.InputInfo;
import no.planverk.forecasting.api.InputKind;
import no.planverk.forecasting.api.LinkTarget;
import no.planverk.forecasting.api.RunInfo;
import no.planverk.forecasting.api.RunLink;
import no.planverk.forecasting.api.RunSpec;
import no.planverk.forecasting.api.SavedRun;
import no.planverk.forecasting.api.StoredInput;
import no.planverk.forecasting.core.internal.model.HousingNeeds;
import no.planverk.forecasting.core.internal.persistence.ForecastStore;
import no.planverk.forecasting.core.internal.persistence.InputEntity;
import no.planverk.forecasting.core.internal.persistence.InputReads;
import no.planverk.forecasting.core.internal.persistence.InputWrites;
import no.planverk.forecasting.core.internal.persistence.RunEntity;
import no.planverk.forecasting.core.internal.persistence.SavedRuns;
import no.planverk.platform.api.AuditLog;
import no.planverk.platform.api.Role;
import no.planverk.platform.api.UserContext;
import no.planverk.platform.persistence.api.JpaWork;
import org.apache.aries.jpa.template.JpaTemplate;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ReferenceCardinality;
import org.osgi.service.component.annotations.ReferencePolicy;
import org.osgi.service.component.annotations.ReferencePolicyOption;

/** Stored inputs and saved runs on JPA; runs through the model. Planners change, everyone reads and runs. */
@Component(service = ForecastService.class)
public class ForecastServiceImpl implements ForecastService {

    private final JpaTemplate jpa;
    private final AuditLog audit;
    private final ForecastModel model;
    private final ForecastCsv csv;
    private final Clock clock;
    private final List<LinkTarget> targets = new CopyOnWriteArrayList<>();

    @Activate
    public ForecastServiceImpl(@Reference ForecastStore store, @Reference AuditLog audit, @Reference ForecastModel model,
            @Reference ForecastCsv csv) {
        this(store.jpa(), audit, model, csv, Clock.systemUTC());
    }

    ForecastServiceImpl(JpaTemplate jpa, AuditLog audit, ForecastModel model, ForecastCsv csv, Clock clock) {
        this.jpa = jpa;
        this.audit = audit;
        this.model = model;
        this.csv = csv;
        this.clock = clock;
    }

    @Reference(cardinality = ReferenceCardinality.MULTIPLE, policy = ReferencePolicy.DYNAMIC, policyOption = ReferencePolicyOption.GREEDY)
    void addTarget(LinkTarget t) {
        targets.add(t);
    }

    void removeTarget(LinkTarget t) {
        targets.remove(t);
    }

    @Override
    public List<InputInfo> inputs(InputKind kind) {
        return JpaWork.read(jpa, em -> InputReads.list(em, kind));
    }

    @Override
    public StoredInput input(long id) {
        return JpaWork.read(jpa, em -> {
            InputEntity e = InputWrites.find(em, id);
            return new StoredInput(e.info(), e.content());
        });
    }

    @Override
    public InputInfo createInput(InputKind kind, String name, String description, byte[] content, Map<String, String> choices,
            UserContext by) {
        by.require(Role.PLANNER);
        if (kind == null) {
            throw no.planverk.platform.api.InvalidInputException.field("kind",
                    no.planverk.platform.api.Message.of("forecasting.input.kind", "Choose the kind of input"));
        }
        InputWrites.Naming naming = InputWrites.naming(name, description);
        Parsed parsed = Parsed.of(kind, content == null ? new byte[0] : content, csv, choices == null ? Map.of() : choices);
        return JpaWork.write(jpa, InputWrites.TYPE, naming.name(), em -> {
            InputWrites.checkUnique(em, kind, naming.name(), null);
            InputEntity e = new InputEntity(kind);
            e.name(naming.name(), naming.description());
            e.content(parsed);
            e.touched(by.username(), now());
            em.persist(e);
            em.flush();
            InputInfo info = e.info();
            audit.record(by, "create", InputWrites.TYPE, info.id(), null, info);
            return info;
        });
    }

    @Override
    public InputInfo updateInput(long id, long version, String name, String description, byte[] content, Map<String, String> choices,
            UserContext by) {
        by.require(Role.PLANNER);
        InputWrites.Naming naming = InputWrites.naming(name, description);
        return JpaWork.write(jpa, InputWrites.TYPE, id, em -> {
            InputEntity e = JpaWork.load(em, InputEntity.class, id, version, InputWrites.TYPE, InputEntity::version);
            InputInfo before = e.info();
            InputWrites.checkUnique(em, before.kind(), naming.name(), id);
            if (content != null) {
                e.content(Parsed.of(before.kind(), content, csv, choices == null ? Map.of() : choices));
            }
            e.name(naming.name(), naming.description());
            e.touched(by.username(), now());
            em.flush();
            InputInfo after = e.info();
            audit.record(by, content != null ? "replace" : "update", InputWrites.TYPE, id, before, after);
            return after;
        });
    }

    @Override
    public void deleteInput(long id, long version, UserContext by) {
        by.require(Role.PLANNER);
        JpaWork.write(jpa, InputWrites.TYPE, id, em -> {
            InputEntity e = JpaWork.load(em, InputEntity.class, id, version, InputWrites.TYPE, InputEntity::version);
            InputInfo before = e.info();
            em.remove(e);
            audit.record(by, "delete", InputWrites.TYPE, id, before, null);
        });
    }

    @Override
    public ForecastRequest request(RunSpec spec) {
        return Requests.build(spec, JpaWork.read(jpa, em -> InputReads.parts(em, spec, csv)));
    }

    @Override
    public ForecastOutcome run(RunSpec spec) {
        Requests.Parts parts = JpaWork.read(jpa, em -> InputReads.parts(em, spec, csv));
        return run(Requests.build(spec, parts), Requests.housing(parts));
    }

    @Override
    public ForecastOutcome run(ForecastRequest request, List<HousingCapacity> housing) {
        ForecastResult result = model.run(request);
        List<HousingCapacity> h = housing == null ? List.of() : housing;
        return new ForecastOutcome(request, result, h, HousingNeeds.of(h, result));
    }

    @Override
    public List<RunInfo> runs() {
        return JpaWork.read(jpa, em -> SavedRuns.list(em, null, null, this::describe));
    }

    @Override
    public List<RunInfo> runsLinkedTo(String kind, long targetId) {
        return JpaWork.read(jpa, em -> SavedRuns.list(em, kind, targetId, this::describe));
    }

    @Override
    public SavedRun savedRun(long id) {
        SavedRuns.Loaded loaded = JpaWork.read(jpa, em -> SavedRuns.load(em, id, csv, this::describe));
        // computed again with the definition it was saved with, so the figures a plan cites stay the same
        ForecastRequest request = Requests.build(loaded.spec(), loaded.parts()).withModelVersion(loaded.info().modelVersion());
        return new SavedRun(loaded.info(), loaded.spec(), loaded.parts().csv(), run(request, Requests.housing(loaded.parts())),
                loaded.parts().sources());
    }

    @Override
    public RunInfo saveRun(String name, String description, RunSpec spec, UserContext by) {
        by.require(Role.PLANNER);
        InputWrites.Naming naming = InputWrites.naming(name, description);
        return JpaWork.write(jpa, SavedRuns.TYPE, naming.name(), em -> {
            Requests.Parts parts = InputReads.parts(em, spec, csv);
            ForecastRequest request = Requests.build(spec, parts);
            model.run(request); // refuse inputs that do not fit together before saving them
            RunInfo info = SavedRuns.insert(em, naming, spec, request, parts, by.username(), now());
            audit.record(by, "create", SavedRuns.TYPE, info.id(), null, info);
            return info;
        });
    }

    @Override
    public RunInfo updateRun(long id, long version, String name, String description, List<RunLink> links, UserContext by) {
        by.require(Role.PLANNER);
        InputWrites.Naming naming = InputWrites.naming(name, description);
        List<RunLink> checked = new ArrayList<>();
        for (RunLink l : links == null ? List.<RunLink>of() : links) {
            RunLink described = SavedRuns.check(l, targets);
            if (checked.stream().noneMatch(c -> c.kind().equals(described.kind()) && c.targetId() == described.targetId())) {
                checked.add(described);
            }
        }
        return JpaWork.write(jpa, SavedRuns.TYPE, id, em -> {
            RunEntity e = JpaWork.load(em, RunEntity.class, id, version, SavedRuns.TYPE, RunEntity::version);
            RunInfo before = e.info(SavedRuns.links(em, id, this::describe));
            SavedRuns.checkUnique(em, naming.name(), id);
            e.name(naming.name(), naming.description());
            SavedRuns.replaceLinks(em, id, checked);
            em.lock(e, javax.persistence.LockModeType.OPTIMISTIC_FORCE_INCREMENT);
            em.flush();
            RunInfo after = e.info(checked);
            audit.record(by, "update", SavedRuns.TYPE, id, before, after);
            return after;
        });
    }

    @Override
    public void deleteRun(long id, long version, UserContext by) {
        by.require(Role.PLANNER);
        JpaWork.write(jpa, SavedRuns.TYPE, id, em -> {
            RunEntity e = JpaWork.load(em, RunEntity.class, id, version, SavedRuns.TYPE, RunEntity::version);
            RunInfo before = e.info(SavedRuns.links(em, id, this::describe));
            SavedRuns.delete(em, e);
            audit.record(by, "delete", SavedRuns.TYPE, id, before, null);
        });
    }

    @Override
    public List<String> linkKinds() {
        return targets.stream().map(LinkTarget::kind).distinct().sorted().toList();
    }

    @Override
    public List<RunLink> linkChoices(String kind, String text, int limit) {
        for (LinkTarget t : targets) {
            if (t.kind().equals(kind)) {
                return t.search(text == null ? "" : text.strip(), Math.max(1, Math.min(limit, 200)));
            }
        }
        return List.of();
    }

    /** A link with its label and route from the installed target, or as stored when that module is gone. */
    private RunLink describe(RunLink link) {
        for (LinkTarget t : targets) {
            if (t.kind().equals(link.kind())) {
                return t.describe(link.targetId()).orElse(link);
            }
        }
        return link;
    }

    private LocalDateTime now() {
        return LocalDateTime.ofInstant(clock.instant(), ZoneOffset.UTC);
    }
}
