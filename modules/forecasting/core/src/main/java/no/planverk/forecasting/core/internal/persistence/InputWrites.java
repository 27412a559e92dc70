package no.planverk.forecasting.core.internal.persistence;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import javax.persistence.EntityManager;
import no.planverk.forecasting.api.InputKind;
import no.planverk.platform.api.Fields;
import no.planverk.platform.api.InvalidInputException;
import no.planverk.platform.api.Message;
import no.planverk.platform.api.NotFoundException;

/** Checks and reads of stored inputs inside a caller's transaction. */
public final class InputWrites {
    public static final String TYPE = "Forecast input";

    /** A checked name and description. */
    public record Naming(String name, String description) {
    }

    private InputWrites() {
    }

    public static Naming naming(String name, String description) {
        String n = Fields.trim(name);
        String d = Fields.trim(description);
        Map<String, Message> errors = new LinkedHashMap<>();
        if (n == null) {
            errors.put("name", Message.of("forecasting.input.name", "A name is needed"));
        }
        if (n != null && n.length() > InputEntity.MAX_NAME) {
            errors.put("name", Message.of("forecasting.input.name.tooLong", "name: at most {0} characters (now {1})",
                    String.valueOf(InputEntity.MAX_NAME), String.valueOf(n.length())));
        }
        if (d != null && d.length() > InputEntity.MAX_DESCRIPTION) {
            errors.put("description", Message.of("forecasting.input.description.tooLong",
                    "description: at most {0} characters (now {1})", String.valueOf(InputEntity.MAX_DESCRIPTION),
                    String.valueOf(d.length())));
        }
        if (!errors.isEmpty()) {
            // the first field's problem says what to do; each field has its own
            throw new InvalidInputException(errors.values().iterator().next(), errors);
        }
        return new Naming(n, d);
    }

    public static void checkUnique(EntityManager em, InputKind kind, String name, Long self) {
        List<Long> same = em.createQuery("select i.id from InputEntity i where i.kind = :k and i.nameLc = :n", Long.class)
                .setParameter("k", kind.id()).setParameter("n", name.toLowerCase(java.util.Locale.ROOT)).getResultList();
        if (same.stream().anyMatch(id -> !id.equals(self))) {
            throw InvalidInputException.field("name", Message.of("forecasting.input.nameTaken",
                    "There is already a {0} input named ''{1}''", kind.id(), name));
        }
    }

    public static InputEntity find(EntityManager em, long id) {
        InputEntity e = em.find(InputEntity.class, id);
        if (e == null) {
            throw new NotFoundException(Message.of("forecasting.input.notFound", "Forecast input {0} was not found",
                    String.valueOf(id)));
        }
        return e;
    }

    /** A stored input of the expected kind, for a run. */
    static InputEntity ofKind(EntityManager em, long id, InputKind kind, String field) {
        InputEntity e = em.find(InputEntity.class, id);
        if (e == null) {
            throw InvalidInputException.field(field, Message.of("forecasting.input.unknown", "There is no stored input {0}",
                    String.valueOf(id)));
        }
        if (e.kind() != kind) {
            throw InvalidInputException.field(field, Message.of("forecasting.input.wrongKind", "Input {0} is {1}, not {2}",
                    String.valueOf(id), e.kind().id(), kind.id()));
        }
        return e;
    }
}
