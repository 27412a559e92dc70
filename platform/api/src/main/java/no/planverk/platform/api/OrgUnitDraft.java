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
        Map<String, Message> errors = new LinkedHashMap<>();
        if (c.isEmpty()) {
            errors.put("code", Message.of("platform.unit.code.required", "Code is required"));
        } else if (c.length() > MAX_CODE || !c.matches("[\\p{L}\\p{N}_.-]+")) {
            errors.put("code", Message.of("platform.unit.code.format", "Code: at most {0} letters, digits, ''-'', ''_'' or ''.'', no spaces",
                    String.valueOf(MAX_CODE)));
        }
        if (n.isEmpty()) {
            errors.put("name", Message.of("platform.unit.name.required", "Name is required"));
        } else if (n.length() > MAX_NAME) {
            errors.put("name", Message.of("platform.unit.name.tooLong", "Name: at most {0} characters", String.valueOf(MAX_NAME)));
        }
        if (!errors.isEmpty()) {
            throw new InvalidInputException(Message.of("platform.unit.invalid", "The organisation unit has errors; see the fields."), errors);
        }
        return new OrgUnitDraft(c, n, parentId);
    }
}
