package no.planverk.plans.core.internal.document;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import no.planverk.plans.api.document.DiffToken;

/**
 * Compares two texts word by word (a longest common subsequence over words; the spaces between them ride along):
 * the left side with the words that went marked, the right side with the words that came. Very long texts with
 * little in common fall back to marking the differing middle whole.
 */
final class WordDiff {

    /** Above this many word pairs (after the common start and end are cut off) the middle is marked whole. */
    static final long MAX_CELLS = 4_000_000L;
    private static final Pattern TOKEN = Pattern.compile("\\s+|[^\\s]+");

    record Sides(List<DiffToken> before, List<DiffToken> after) {
    }

    private WordDiff() {
    }

    static Sides compare(String before, String after) {
        List<String> a = tokens(before);
        List<String> b = tokens(after);
        boolean[] keepA = new boolean[a.size()];
        boolean[] keepB = new boolean[b.size()];
        int start = 0;
        while (start < a.size() && start < b.size() && a.get(start).equals(b.get(start))) {
            keepA[start] = keepB[start] = true;
            start++;
        }
        int endA = a.size();
        int endB = b.size();
        while (endA > start && endB > start && a.get(endA - 1).equals(b.get(endB - 1))) {
            keepA[--endA] = keepB[--endB] = true;
        }
        if ((long) (endA - start) * (endB - start) <= MAX_CELLS) {
            lcs(a, b, start, endA, endB, keepA, keepB);
        }
        return new Sides(marked(a, keepA), marked(b, keepB));
    }

    static List<String> tokens(String text) {
        List<String> out = new ArrayList<>();
        Matcher m = TOKEN.matcher(text == null ? "" : text);
        while (m.find()) {
            out.add(m.group());
        }
        return out;
    }

    private static void lcs(List<String> a, List<String> b, int start, int endA, int endB, boolean[] keepA, boolean[] keepB) {
        int n = endA - start;
        int m = endB - start;
        int[][] len = new int[n + 1][m + 1];
        for (int i = n - 1; i >= 0; i--) {
            for (int j = m - 1; j >= 0; j--) {
                len[i][j] = a.get(start + i).equals(b.get(start + j)) ? len[i + 1][j + 1] + 1 : Math.max(len[i + 1][j], len[i][j + 1]);
            }
        }
        int i = 0;
        int j = 0;
        while (i < n && j < m) {
            if (a.get(start + i).equals(b.get(start + j))) {
                keepA[start + i++] = true;
                keepB[start + j++] = true;
            } else if (len[i + 1][j] >= len[i][j + 1]) {
                i++;
            } else {
                j++;
            }
        }
    }

    /**
     * Tokens with their marks, runs of the same kind joined; a space between two marked words is marked with them,
     * any other space is not.
     */
    private static List<DiffToken> marked(List<String> tokens, boolean[] keep) {
        List<DiffToken> out = new ArrayList<>();
        for (int i = 0; i < tokens.size(); i++) {
            String t = tokens.get(i);
            boolean changed = t.isBlank() ? i > 0 && !keep[i - 1] && i + 1 < tokens.size() && !keep[i + 1] : !keep[i];
            DiffToken last = out.isEmpty() ? null : out.get(out.size() - 1);
            if (last != null && last.changed() == changed) {
                out.set(out.size() - 1, new DiffToken(last.text() + t, changed));
            } else {
                out.add(new DiffToken(t, changed));
            }
        }
        return out;
    }
}
