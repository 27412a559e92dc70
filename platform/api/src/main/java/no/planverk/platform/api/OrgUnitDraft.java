package no.planverk.platform.api;

import java.util.LinkedHashMap;
import java.util.Map;

/** The editable fields of an organisation unit. */
public record OrgUnitDraft(String code, String name, Long parentId) {

    public static final int MAX_CODE = 40;
    public static final int MAX_NAME = 200;

    /** Trimmed copy; throws {@link InvalidInputException} naming each bad field. */
    public OrgUnitDraft validated() {
        String c = code == null ? "" : code.trim();
        String n = name == null ? "" : name.trim();
        Map<String, String> errors = new LinkedHashMap<>();
        if (c.isEmpty()) {
            errors.put("code", "Code is required");
        } else if (c.length() > MAX_CODE || !c.matches("[\\p{L}\\p{N}_.-]+")) {
            errors.put("code", "Code: at most " + MAX_CODE + " letters, digits, '-', '_' or '.', no spaces");
        }
        if (n.isEmpty()) {
            errors.put("name", "Name is required");
        } else if (n.length() > MAX_NAME) {
            errors.put("name", "Name: at most " + MAX_NAME + " characters");
        }
        if (!errors.isEmpty()) {
            throw new InvalidInputException("The organisation unit has errors: " + String.join("; ", errors.values()), errors);
        }
        return new OrgUnitDraft(c, n, parentId);
    }
}
