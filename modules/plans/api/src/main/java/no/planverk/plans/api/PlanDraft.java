package no.planverk.plans.api;

import java.net.URI;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import no.planverk.platform.api.InvalidInputException;

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
        Map<String, String> errors = new LinkedHashMap<>();
        String c = Texts.trim(code);
        if (c == null) {
            errors.put("code", "Code is required (a short, unique key such as ALV-KDP-HSO)");
        } else if (c.length() > MAX_CODE || !c.matches("[\\p{L}\\p{N}_.-]+")) {
            errors.put("code", "Code: at most " + MAX_CODE + " letters, digits, '-', '_' or '.', no spaces");
        }
        if (type == null) {
            errors.put("type", "Type is required");
        }
        String t = Texts.trim(title);
        if (t == null) {
            errors.put("title", "Title is required");
        }
        Texts.checkLength(errors, "title", t, MAX_TITLE);
        String r = Texts.trim(responsible);
        Texts.checkLength(errors, "responsible", r, MAX_TEXT);
        String ref = Texts.trim(decisionRef);
        Texts.checkLength(errors, "decisionRef", ref, MAX_TEXT);
        String desc = Texts.trim(description);
        Texts.checkLength(errors, "description", desc, MAX_DESCRIPTION);
        checkYear(errors, "periodFrom", periodFrom);
        checkYear(errors, "periodTo", periodTo);
        if (periodFrom != null && periodTo != null && periodTo < periodFrom) {
            errors.put("periodTo", "The period ends (" + periodTo + ") before it starts (" + periodFrom + ")");
        }
        String url = Texts.trim(documentUrl);
        if (url != null && (url.length() > MAX_URL || !isWebAddress(url))) {
            errors.put("documentUrl", "Document link: a web address starting with https:// or http://");
        }
        if (!errors.isEmpty()) {
            throw new InvalidInputException("The plan has errors: " + String.join("; ", errors.values()), errors);
        }
        return new PlanDraft(c, type, t, ownerUnitId, r, periodFrom, periodTo, ref, decisionDate, url, parentId, successorId,
                plannedAdoption, desc, servesGoalIds.stream().distinct().toList());
    }

    private static void checkYear(Map<String, String> errors, String field, Integer year) {
        if (year != null && (year < MIN_YEAR || year > MAX_YEAR)) {
            errors.put(field, "A year between " + MIN_YEAR + " and " + MAX_YEAR + ", not " + year);
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
