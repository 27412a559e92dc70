package no.planverk.forecasting.core.internal;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import javax.persistence.EntityManager;
import no.planverk.forecasting.api.InputKind;
import no.planverk.platform.api.Fields;
import no.planverk.platform.api.InvalidInputException;
import no.planverk.platform.api.NotFoundException;

/** Checks and reads of stored inputs inside a caller's transaction. */
final class InputWrites {
    static final String TYPE = "Forecast input";

    /** A checked name and description. */
    record Naming(String name, String description) {
    }

    private InputWrites() {
    }

    static Naming naming(String name, String description) {
        String n = Fields.trim(name);
        String d = Fields.trim(description);
        Map<String, String> errors = new HashMap<>();
        if (n == null) {
            errors.put("name", "A name is needed");
        }
        Fields.checkLength(errors, "name", n, InputEntity.MAX_NAME);
        Fields.checkLength(errors, "description", d, InputEntity.MAX_DESCRIPTION);
        Fields.throwIfAny(errors, TYPE);
        return new Naming(n, d);
    }

    static void checkUnique(EntityManager em, InputKind kind, String name, Long self) {
        List<Long> same = em.createQuery("select i.id from InputEntity i where i.kind = :k and i.nameLc = :n", Long.class)
                .setParameter("k", kind.id()).setParameter("n", name.toLowerCase(java.util.Locale.ROOT)).getResultList();
        if (same.stream().anyMatch(id -> !id.equals(self))) {
            throw InvalidInputException.field("name", "There is already a " + kind.id() + " input named '" + name + "'");
        }
    }

    static InputEntity find(EntityManager em, long id) {
        InputEntity e = em.find(InputEntity.class, id);
        if (e == null) {
            throw NotFoundException.of(TYPE, id);
        }
        return e;
    }

    /** A stored input of the expected kind, for a run. */
    static InputEntity ofKind(EntityManager em, long id, InputKind kind, String field) {
        InputEntity e = em.find(InputEntity.class, id);
        if (e == null) {
            throw InvalidInputException.field(field, "There is no stored input " + id);
        }
        if (e.kind() != kind) {
            throw InvalidInputException.field(field, "Input " + id + " is " + e.kind().id() + ", not " + kind.id());
        }
        return e;
    }
}
