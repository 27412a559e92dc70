package no.planverk.plans.core.internal;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import no.planverk.plans.api.PlanProgram;
import no.planverk.platform.api.InvalidInputException;
import no.planverk.platform.api.Message;

/** Checks and trims a planprogram before it is saved. */
public final class ProgramRules {

    static final Set<String> ROLE_KINDS = Set.of("steering", "working", "reference", "other");
    static final int MAX_PURPOSE = 8000;
    static final int MAX_ITEM = 2000;
    static final int MAX_ITEMS = 500;

    private ProgramRules() {
    }

    public static PlanProgram validated(PlanProgram p) {
        if (p == null) {
            throw new InvalidInputException(Message.of("plans.program.missing", "The planprogram is missing"));
        }
        Map<String, Message> errors = new LinkedHashMap<>();
        String purpose = text(errors, "purpose", p.purpose(), MAX_PURPOSE);
        List<String> themes = texts(errors, "themes", p.themes());
        List<String> studies = texts(errors, "studies", p.studies());
        List<PlanProgram.Role> roles = new ArrayList<>();
        for (PlanProgram.Role r : p.roles()) {
            String kind = r.kind() == null ? "other" : r.kind().strip().toLowerCase(java.util.Locale.ROOT);
            if (!ROLE_KINDS.contains(kind)) {
                errors.put("roles", Message.of("plans.program.role.kind", "A role is steering, working, reference or other, not ''{0}''",
                        String.valueOf(r.kind())));
            }
            String name = text(errors, "roles", r.name(), MAX_ITEM);
            if (name == null) {
                errors.put("roles", Message.of("plans.program.role.name", "Every role needs a name"));
            }
            roles.add(new PlanProgram.Role(kind, name, text(errors, "roles", r.members(), MAX_ITEM)));
        }
        List<PlanProgram.Milestone> milestones = new ArrayList<>();
        for (PlanProgram.Milestone m : p.milestones()) {
            if (m.from() == null || text(errors, "milestones", m.activity(), MAX_ITEM) == null) {
                errors.put("milestones", Message.of("plans.program.milestone.incomplete", "Every milestone needs a start month and an activity"));
                continue;
            }
            if (m.to() != null && m.to().isBefore(m.from())) {
                errors.put("milestones", Message.of("plans.program.milestone.backwards", "''{0}'' ends ({1}) before it starts ({2})",
                        m.activity().strip(), String.valueOf(m.to()), String.valueOf(m.from())));
            }
            milestones.add(new PlanProgram.Milestone(m.from(), m.to() == null ? m.from() : m.to(), m.activity().strip()));
        }
        List<PlanProgram.Participation> participation = new ArrayList<>();
        for (PlanProgram.Participation a : p.participation()) {
            String activity = text(errors, "participation", a.activity(), MAX_ITEM);
            if (activity == null) {
                errors.put("participation", Message.of("plans.program.participation.activity", "Every participation activity needs a description"));
            }
            participation.add(new PlanProgram.Participation(activity, text(errors, "participation", a.audience(), MAX_ITEM),
                    text(errors, "participation", a.when(), MAX_ITEM)));
        }
        List<PlanProgram.Consultation> consultations = new ArrayList<>();
        for (PlanProgram.Consultation c : p.consultations()) {
            String title = text(errors, "consultations", c.title(), MAX_ITEM);
            if (title == null || c.deadline() == null) {
                errors.put("consultations", Message.of("plans.program.consultation.incomplete", "Every consultation needs a title and a deadline"));
            } else if (c.from() != null && c.deadline().isBefore(c.from())) {
                errors.put("consultations", Message.of("plans.program.consultation.backwards", "The deadline of ''{0}'' ({1}) is before it opens ({2})",
                        title, String.valueOf(c.deadline()), String.valueOf(c.from())));
            }
            consultations.add(new PlanProgram.Consultation(title, c.from(), c.deadline()));
        }
        for (List<?> list : List.of(themes, studies, roles, milestones, participation, consultations)) {
            if (list.size() > MAX_ITEMS) {
                errors.put("program", Message.of("plans.program.tooMany", "At most {0} entries per list", String.valueOf(MAX_ITEMS)));
            }
        }
        if (!errors.isEmpty()) {
            String english = "The planprogram has errors: " + String.join("; ", errors.values().stream().map(Message::english).toList());
            throw new InvalidInputException(new Message("plans.program.invalid", List.of(), english), errors);
        }
        return new PlanProgram(p.planId(), purpose, themes, studies, roles, milestones, participation, consultations, p.version());
    }

    private static String text(Map<String, Message> errors, String field, String value, int max) {
        if (value == null || value.isBlank()) {
            return null;
        }
        String t = value.strip();
        if (t.length() > max) {
            errors.put(field, Message.of("plans.program.entry.tooLong", field + ": at most {0} characters per entry", String.valueOf(max)));
        }
        return t;
    }

    private static List<String> texts(Map<String, Message> errors, String field, List<String> values) {
        List<String> out = new ArrayList<>();
        for (String v : values) {
            String t = text(errors, field, v, MAX_ITEM);
            if (t != null) {
                out.add(t);
            }
        }
        return out;
    }
}
