package no.planverk.portal.core.internal.http;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class ConditionalTest {

    @Test
    void theTagFollowsTheBytes() {
        String a = Conditional.etag("a".getBytes(StandardCharsets.UTF_8));
        assertEquals(a, Conditional.etag("a".getBytes(StandardCharsets.UTF_8)));
        assertNotEquals(a, Conditional.etag("b".getBytes(StandardCharsets.UTF_8)));
        assertTrue(a.startsWith("\"") && a.endsWith("\""));
    }

    @Test
    void ifNoneMatchTakesListsWeakTagsAndStar() {
        String tag = "\"abc\"";
        assertTrue(Conditional.matches("\"x\", \"abc\"", tag));
        assertTrue(Conditional.matches("W/\"abc\"", tag));
        assertTrue(Conditional.matches("*", tag));
        assertFalse(Conditional.matches("\"abd\"", tag));
        assertFalse(Conditional.matches(null, tag));
    }
}
