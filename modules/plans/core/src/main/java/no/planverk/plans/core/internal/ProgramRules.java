package no.planverk.plans.core.internal;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import no.planverk.plans.api.PlanProgram;
import no.planverk.platform.api.InvalidInputException;

/** Checks and trims a planprogram before it is saved. */
final class ProgramRules {

    static final Set<String> ROLE_KINDS = Set.of("steering", "working", "reference", "other");
    static final int MAX_PURPOSE = 8000;
    static final int MAX_ITEM = 2000;
    static final int MAX_ITEMS = 500;

    private ProgramRules() {
    }

    static PlanProgram validated(PlanProgram p) {
        if (p == null) {
            throw new InvalidInputException("The planprogram is missing");
        }
        Map<String, String> errors = new LinkedHashMap<>();
        String purpose = text(errors, "purpose", p.purpose(), MAX_PURPOSE);
        List<String> themes = texts(errors, "themes", p.themes());
        List<String> studies = texts(errors, "studies", p.studies());
        List<PlanProgram.Role> roles = new ArrayList<>();
        for (PlanProgram.Role r : p.roles()) {
            String kind = r.kind() == null ? "other" : r.kind().strip().toLowerCase(java.util.Locale.ROOT);
            if (!ROLE_KINDS.contains(kind)) {
                errors.put("roles", "A role is steering, working, reference or other, not '" + r.kind() + "'");
            }
            String name = text(errors, "roles", r.name(), MAX_ITEM);
            if (name == null) {
                errors.put("roles", "Every role needs a name");
            }
            roles.add(new PlanProgram.Role(kind, name, text(errors, "roles", r.members(), MAX_ITEM)));
        }
        List<PlanProgram.Milestone> milestones = new ArrayList<>();
        for (PlanProgram.Milestone m : p.milestones()) {
            if (m.from() == null || text(errors, "milestones", m.activity(), MAX_ITEM) == null) {
                errors.put("milestones", "Every milestone needs a start month and an activity");
                continue;
            }
            if (m.to() != null && m.to().isBefore(m.from())) {
                errors.put("milestones", "'" + m.activity().strip() + "' ends (" + m.to() + ") before it starts (" + m.from() + ")");
            }
            milestones.add(new PlanProgram.Milestone(m.from(), m.to() == null ? m.from() : m.to(), m.activity().strip()));
        }
        List<PlanProgram.Participation> participation = new ArrayList<>();
        for (PlanProgram.Participation a : p.participation()) {
            String activity = text(errors, "participation", a.activity(), MAX_ITEM);
            if (activity == null) {
                errors.put("participation", "Every participation activity needs a description");
            }
            participation.add(new PlanProgram.Participation(activity, text(errors, "participation", a.audience(), MAX_ITEM),
                    text(errors, "participation", a.when(), MAX_ITEM)));
        }
        List<PlanProgram.Consultation> consultations = new ArrayList<>();
        for (PlanProgram.Consultation c : p.consultations()) {
            String title = text(errors, "consultations", c.title(), MAX_ITEM);
            if (title == null || c.deadline() == null) {
                errors.put("consultations", "Every consultation needs a title and a deadline");
            } else if (c.from() != null && c.deadline().isBefore(c.from())) {
                errors.put("consultations", "The deadline of '" + title + "' (" + c.deadline() + ") is before it opens (" + c.from() + ")");
            }
            consultations.add(new PlanProgram.Consultation(title, c.from(), c.deadline()));
        }
        for (List<?> list : List.of(themes, studies, roles, milestones, participation, consultations)) {
            if (list.size() > MAX_ITEMS) {
                errors.put("program", "At most " + MAX_ITEMS + " entries per list");
            }
        }
        if (!errors.isEmpty()) {
            throw new InvalidInputException("The planprogram has errors: " + String.join("; ", errors.values()), errors);
        }
        return new PlanProgram(p.planId(), purpose, themes, studies, roles, milestones, participation, consultations, p.version());
    }

    private static String text(Map<String, String> errors, String field, String value, int max) {
        if (value == null || value.isBlank()) {
            return null;
        }
        String t = value.strip();
        if (t.length() > max) {
            errors.put(field, field + ": at most " + max + " characters per entry");
        }
        return t;
    }

    private static List<String> texts(Map<String, String> errors, String field, List<String> values) {
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
