package no.planverk.plans.api;

import java.net.URI;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import no.planverk.platform.api.InvalidInputException;
import no.planverk.platform.api.Message;

/** The editable fields of a plan. Status moves through {@link PlanService#changeStatus}. */
public record PlanDraft(String code, PlanType type, String title, Long ownerUnitId, String responsible,
        Integer periodFrom, Integer periodTo, String decisionRef, LocalDate decisionDate, String documentUrl,
        Long parentId, Long successorId, LocalDate plannedAdoption, String description, List<Long> servesGoalIds) {

    public static final int MAX_CODE = 40;
    public static final int MAX_TITLE = 300;
    public static final int MAX_TEXT = 200;
    public static final int MAX_URL = 1000;
    public static final int MAX_DESCRIPTION = 4000;
    public static final int MIN_YEAR = 1900;
    public static final int MAX_YEAR = 2200;

    public PlanDraft {
        servesGoalIds = servesGoalIds == null ? List.of() : List.copyOf(servesGoalIds);
    }

    /** A draft with the required fields only. */
    public static PlanDraft of(String code, PlanType type, String title, Integer from, Integer to) {
        return new PlanDraft(code, type, title, null, null, from, to, null, null, null, null, null, null, null, List.of());
    }

    /** Trimmed copy (blank text becomes null); throws {@link InvalidInputException} naming each bad field. */
    public PlanDraft validated() {
        Map<String, Message> errors = new LinkedHashMap<>();
        String c = Texts.trim(code);
        if (c == null) {
            errors.put("code", Message.of("plans.plan.code.required", "Code is required (a short, unique key such as ALV-KDP-HSO)"));
        } else if (c.length() > MAX_CODE || !c.matches("[\\p{L}\\p{N}_.-]+")) {
            errors.put("code", Message.of("plans.plan.code.format", "Code: at most {0} letters, digits, ''-'', ''_'' or ''.'', no spaces",
                    String.valueOf(MAX_CODE)));
        }
        if (type == null) {
            errors.put("type", Message.of("plans.plan.type.required", "Type is required"));
        }
        String t = Texts.trim(title);
        if (t == null) {
            errors.put("title", Message.of("plans.plan.title.required", "Title is required"));
        }
        Texts.checkLength(errors, "title", t, MAX_TITLE, "plans.plan.title.tooLong");
        String r = Texts.trim(responsible);
        Texts.checkLength(errors, "responsible", r, MAX_TEXT, "plans.plan.responsible.tooLong");
        String ref = Texts.trim(decisionRef);
        Texts.checkLength(errors, "decisionRef", ref, MAX_TEXT, "plans.plan.decisionRef.tooLong");
        String desc = Texts.trim(description);
        Texts.checkLength(errors, "description", desc, MAX_DESCRIPTION, "plans.plan.description.tooLong");
        checkYear(errors, "periodFrom", periodFrom);
        checkYear(errors, "periodTo", periodTo);
        if (periodFrom != null && periodTo != null && periodTo < periodFrom) {
            errors.put("periodTo", Message.of("plans.plan.period.backwards", "The period ends ({0}) before it starts ({1})",
                    String.valueOf(periodTo), String.valueOf(periodFrom)));
        }
        String url = Texts.trim(documentUrl);
        if (url != null && (url.length() > MAX_URL || !isWebAddress(url))) {
            errors.put("documentUrl", Message.of("plans.plan.documentUrl.format", "Document link: a web address starting with https:// or http://"));
        }
        Texts.throwIfAny(errors, "plans.plan.invalid", "The plan");
        return new PlanDraft(c, type, t, ownerUnitId, r, periodFrom, periodTo, ref, decisionDate, url, parentId, successorId,
                plannedAdoption, desc, servesGoalIds.stream().distinct().toList());
    }

    private static void checkYear(Map<String, Message> errors, String field, Integer year) {
        if (year != null && (year < MIN_YEAR || year > MAX_YEAR)) {
            errors.put(field, Message.of("plans.plan.year.range", "A year between {0} and {1}, not {2}", String.valueOf(MIN_YEAR),
                    String.valueOf(MAX_YEAR), String.valueOf(year)));
        }
    }

    private static boolean isWebAddress(String url) {
        try {
            URI u = new URI(url);
            return ("https".equalsIgnoreCase(u.getScheme()) || "http".equalsIgnoreCase(u.getScheme())) && u.getHost() != null;
        } catch (Exception e) {
            return false;
        }
    }
}
