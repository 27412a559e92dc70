package no.planverk.plans.core.internal.document;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.stream.Collectors;
import no.planverk.plans.api.document.DiffToken;
import org.junit.jupiter.api.Test;

class WordDiffTest {

    /** The side with changed words in [brackets]. */
    private static String show(List<DiffToken> tokens) {
        return tokens.stream().map(t -> t.changed() ? "[" + t.text() + "]" : t.text()).collect(Collectors.joining());
    }

    @Test
    void marksTheWordsThatWentAndCame() {
        WordDiff.Sides d = WordDiff.compare("Vi skal ha ein tredelt senterstruktur i Alver.",
                "Vi skal ha ein klar senterstruktur i heile Alver.");
        assertEquals("Vi skal ha ein [tredelt] senterstruktur i Alver.", show(d.before()));
        assertEquals("Vi skal ha ein [klar] senterstruktur i [heile] Alver.", show(d.after()));
    }

    @Test
    void aSpaceBetweenTwoChangedWordsIsPartOfTheChange() {
        WordDiff.Sides d = WordDiff.compare("a b c", "a x y c");
        assertEquals("a [b] c", show(d.before()));
        assertEquals("a [x y] c", show(d.after()));
    }

    @Test
    void sameTextHasNoMarks() {
        WordDiff.Sides d = WordDiff.compare("Same tekst\n\nto avsnitt", "Same tekst\n\nto avsnitt");
        assertEquals(List.of(new DiffToken("Same tekst\n\nto avsnitt", false)), d.after());
    }

    @Test
    void emptySides() {
        WordDiff.Sides d = WordDiff.compare("", "Ny tekst");
        assertEquals(List.of(), d.before());
        assertEquals("[Ny tekst]", show(d.after()));
    }

    @Test
    void aHugeRewriteIsMarkedWholeWithoutRunningOutOfMemory() {
        String a = "a ".repeat(3000) + "x";
        String b = "b ".repeat(3000) + "y";
        WordDiff.Sides d = WordDiff.compare(a, b);
        assertEquals(a.strip(), show(d.before()).replace("[", "").replace("]", "").strip());
        assertEquals(1, d.before().stream().filter(DiffToken::changed).count());
    }

    @Test
    void movedWordsCountAsRemovedAndAdded() {
        WordDiff.Sides d = WordDiff.compare("eldre og yngre", "yngre og eldre");
        assertEquals("[eldre] og [yngre]", show(d.before()));
        assertEquals("[yngre] og [eldre]", show(d.after()));
    }
}
