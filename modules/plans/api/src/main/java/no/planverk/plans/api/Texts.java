package no.planverk.plans.api;

import java.util.Map;
import no.planverk.platform.api.Fields;

/** The drafts' validation helpers, from the platform's {@link Fields}. */
final class Texts {

    private Texts() {
    }

    static String trim(String s) {
        return Fields.trim(s);
    }

    static void checkLength(Map<String, String> errors, String field, String value, int max) {
        Fields.checkLength(errors, field, value, max);
    }
}
