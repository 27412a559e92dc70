package no.planverk.forecasting.core.internal.persistence;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectReader;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.UnaryOperator;
import javax.persistence.EntityManager;
import no.planverk.forecasting.api.ForecastCsv;
import no.planverk.forecasting.api.ForecastRequest;
import no.planverk.forecasting.api.LinkTarget;
import no.planverk.forecasting.api.RunInfo;
import no.planverk.forecasting.api.RunLink;
import no.planverk.forecasting.api.RunSpec;
import no.planverk.forecasting.api.Scenario;
import no.planverk.forecasting.core.internal.Parsed;
import no.planverk.forecasting.core.internal.Requests;
import no.planverk.platform.api.InvalidInputException;
import no.planverk.platform.api.Message;
import no.planverk.platform.api.NotFoundException;
import no.planverk.platform.json.JsonMappers;

/** Saved runs inside a caller's transaction: the run row, its copies of the inputs and its links. */
public final class SavedRuns {
    public static final String TYPE = "Forecast run";
    private static final ObjectMapper JSON = JsonMappers.standard();
    /** A spec saved by an older version may carry a field this one no longer has: it is left out, the run still opens. */
    private static final ObjectReader SPECS = JSON.readerFor(RunSpec.class).without(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);

    /** A saved run as stored: its info, spec and input copies. */
    public record Loaded(RunInfo info, RunSpec spec, Requests.Parts parts) {
    }

    private SavedRuns() {
    }

    public static RunInfo insert(EntityManager em, InputWrites.Naming naming, RunSpec spec, ForecastRequest request, Requests.Parts parts,
            String by, LocalDateTime at) {
        checkUnique(em, naming.name(), null);
        List<String> scenarios = request.scenarios().stream().map(Scenario::name).toList();
        RunEntity e = new RunEntity(request.baseYear(), request.horizon(), scenarios, json(spec), request.modelVersion(), by, at);
        e.name(naming.name(), naming.description());
        em.persist(e);
        parts.csv().forEach((kind, content) -> em.persist(new RunInputEntity(e.id(), kind, content, parts.sources().get(kind))));
        em.flush();
        return e.info(List.of());
    }

    public static Loaded load(EntityManager em, long id, ForecastCsv csv, UnaryOperator<RunLink> describe) {
        RunEntity e = em.find(RunEntity.class, id);
        if (e == null) {
            throw new NotFoundException(Message.of("forecasting.run.notFound", "Forecast run {0} was not found", String.valueOf(id)));
        }
        Requests.Parts parts = Requests.Parts.empty();
        for (RunInputEntity i : em.createQuery("select i from RunInputEntity i where i.runId = :id", RunInputEntity.class)
                .setParameter("id", id).getResultList()) {
            parts.put(i.kind(), Parsed.value(i.kind(), i.content(), csv), i.content(), i.source());
        }
        return new Loaded(e.info(links(em, id, describe)), spec(e.spec()), parts);
    }

    public static List<RunInfo> list(EntityManager em, String kind, Long targetId, UnaryOperator<RunLink> describe) {
        List<RunEntity> runs = kind == null
                ? em.createQuery("select r from RunEntity r order by r.created desc, r.id desc", RunEntity.class).getResultList()
                : em.createQuery("select r from RunEntity r where r.id in (select l.runId from RunLinkEntity l where l.kind = :k"
                        + " and l.targetId = :t) order by r.created desc, r.id desc", RunEntity.class)
                        .setParameter("k", kind).setParameter("t", targetId).getResultList();
        Map<Long, List<RunLink>> links = new HashMap<>();
        for (RunLinkEntity l : em.createQuery("select l from RunLinkEntity l order by l.id", RunLinkEntity.class).getResultList()) {
            links.computeIfAbsent(l.runId(), k -> new ArrayList<>()).add(describe.apply(new RunLink(l.kind(), l.targetId())));
        }
        return runs.stream().map(r -> r.info(links.getOrDefault(r.id(), List.of()))).toList();
    }

    public static List<RunLink> links(EntityManager em, long runId, UnaryOperator<RunLink> describe) {
        return em.createQuery("select l from RunLinkEntity l where l.runId = :id order by l.id", RunLinkEntity.class)
                .setParameter("id", runId).getResultList().stream()
                .map(l -> describe.apply(new RunLink(l.kind(), l.targetId()))).toList();
    }

    /** The link described by an installed target of its kind; refused without one or when the item does not exist. */
    public static RunLink check(RunLink link, List<LinkTarget> targets) {
        if (link == null || link.kind() == null) {
            throw InvalidInputException.field("links", Message.of("forecasting.link.incomplete",
                    "A link needs a kind (goal or measure) and an id"));
        }
        LinkTarget target = targets.stream().filter(t -> t.kind().equals(link.kind())).findFirst()
                .orElseThrow(() -> InvalidInputException.field("links", Message.of("forecasting.link.notInstalled",
                        "Runs cannot be linked to a {0}: that module is not installed", link.kind())));
        return target.describe(link.targetId())
                .orElseThrow(() -> InvalidInputException.field("links", Message.of("forecasting.link.unknown",
                        "There is no {0} {1}", link.kind(), String.valueOf(link.targetId()))));
    }

    public static void replaceLinks(EntityManager em, long runId, List<RunLink> links) {
        em.createQuery("delete from RunLinkEntity l where l.runId = :id").setParameter("id", runId).executeUpdate();
        for (RunLink l : links) {
            em.persist(new RunLinkEntity(runId, l.kind(), l.targetId()));
        }
    }

    public static void delete(EntityManager em, RunEntity e) {
        em.createQuery("delete from RunLinkEntity l where l.runId = :id").setParameter("id", e.id()).executeUpdate();
        em.createQuery("delete from RunInputEntity i where i.runId = :id").setParameter("id", e.id()).executeUpdate();
        em.remove(e);
    }

    public static void checkUnique(EntityManager em, String name, Long self) {
        List<Long> same = em.createQuery("select r.id from RunEntity r where r.nameLc = :n", Long.class)
                .setParameter("n", name.toLowerCase(java.util.Locale.ROOT)).getResultList();
        if (same.stream().anyMatch(id -> !id.equals(self))) {
            throw InvalidInputException.field("name", Message.of("forecasting.run.nameTaken",
                    "There is already a saved run named ''{0}''", name));
        }
    }

    private static String json(RunSpec spec) {
        try {
            return JSON.writeValueAsString(spec);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("A run spec could not be written as JSON", e);
        }
    }

    private static RunSpec spec(String json) {
        try {
            return SPECS.readValue(json);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("A saved run's spec could not be read", e);
        }
    }
}
