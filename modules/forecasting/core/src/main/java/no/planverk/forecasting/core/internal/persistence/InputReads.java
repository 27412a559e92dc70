package no.planverk.forecasting.core.internal.persistence;

import java.util.List;
import javax.persistence.EntityManager;
import no.planverk.forecasting.api.ForecastCsv;
import no.planverk.forecasting.api.InputInfo;
import no.planverk.forecasting.api.InputKind;
import no.planverk.forecasting.api.RunSpec;
import no.planverk.forecasting.core.internal.Parsed;
import no.planverk.forecasting.core.internal.Requests;
import no.planverk.platform.api.InvalidInputException;
import no.planverk.platform.api.Message;

/** Lists of stored inputs (without their content) and the inputs of a run spec. */
public final class InputReads {

    private InputReads() {
    }

    public static List<InputInfo> list(EntityManager em, InputKind kind) {
        String where = kind == null ? "" : " where i.kind = :k";
        var q = em.createQuery("select i.id, i.kind, i.name, i.description, i.rows, i.summary, i.updated, i.updatedBy, i.version, i.source"
                + " from InputEntity i" + where + " order by i.kind, i.nameLc", Object[].class);
        if (kind != null) {
            q.setParameter("k", kind.id());
        }
        return q.getResultList().stream().map(r -> new InputInfo((Long) r[0], InputKind.parse((String) r[1]).orElseThrow(), (String) r[2],
                (String) r[3], (Integer) r[4], (String) r[5], (java.time.LocalDateTime) r[6], (String) r[7], (Long) r[8],
                Sources.read((String) r[9]))).toList();
    }

    /** Reads and parses the stored inputs a spec names; population and service users are required. */
    public static Requests.Parts parts(EntityManager em, RunSpec spec, ForecastCsv csv) {
        if (spec == null) {
            throw InvalidInputException.field("spec", Message.of("forecasting.run.noInputs", "A run needs its inputs"));
        }
        if (spec.populationId() == null) {
            throw InvalidInputException.field("populationId", Message.of("forecasting.run.population", "Choose a population projection"));
        }
        if (spec.serviceUsersId() == null) {
            throw InvalidInputException.field("serviceUsersId", Message.of("forecasting.run.serviceUsers",
                    "Choose service users in the base year"));
        }
        Requests.Parts parts = Requests.Parts.empty();
        add(em, parts, spec.populationId(), InputKind.POPULATION, "populationId", csv);
        add(em, parts, spec.serviceUsersId(), InputKind.SERVICE_USERS, "serviceUsersId", csv);
        add(em, parts, spec.costsId(), InputKind.COSTS, "costsId", csv);
        add(em, parts, spec.dementiaId(), InputKind.DEMENTIA, "dementiaId", csv);
        add(em, parts, spec.housingId(), InputKind.HOUSING, "housingId", csv);
        return parts;
    }

    private static void add(EntityManager em, Requests.Parts parts, Long id, InputKind kind, String field, ForecastCsv csv) {
        if (id != null) {
            InputEntity input = InputWrites.ofKind(em, id, kind, field);
            parts.put(kind, Parsed.value(kind, input.content(), csv), input.content(), input.source());
        }
    }
}
