package uk.nhs.intentions.support;

import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/** "Did you mean …?": the known word or id nearest to a misspelt one, when it is near enough to be what was meant. */
public final class Spelling {
    private Spelling() {
    }

    /** The allowed word nearest to {@code key} (edit distance), if one is close. */
    public static Optional<String> closest(String key, String[] allowed) {
        return closest(key, List.of(allowed));
    }

    /**
     * The closest of {@code known}, ignoring case, within a third of the typed length (at least 2 edits), if any;
     * ties go to the first.
     */
    public static Optional<String> closest(String typed, Collection<String> known) {
        String t = typed.toLowerCase(Locale.ROOT);
        String best = null;
        int bestDistance = Integer.MAX_VALUE;
        for (String k : known) {
            int d = distance(t, k.toLowerCase(Locale.ROOT));
            if (d < bestDistance) {
                bestDistance = d;
                best = k;
            }
        }
        return bestDistance <= Math.max(2, typed.length() / 3) ? Optional.ofNullable(best) : Optional.empty();
    }

    private static int distance(String a, String b) {
        // long or very different strings are never a typo of each other: skip the quadratic work
        if (a.length() > 120 || b.length() > 120 || Math.abs(a.length() - b.length()) > 40) {
            return Integer.MAX_VALUE;
        }
        int[] prev = new int[b.length() + 1];
        int[] cur = new int[b.length() + 1];
        for (int j = 0; j <= b.length(); j++) {
            prev[j] = j;
        }
        for (int i = 1; i <= a.length(); i++) {
            cur[0] = i;
            for (int j = 1; j <= b.length(); j++) {
                int cost = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
                cur[j] = Math.min(Math.min(cur[j - 1] + 1, prev[j] + 1), prev[j - 1] + cost);
            }
            int[] swap = prev;
            prev = cur;
            cur = swap;
        }
        return prev[b.length()];
    }
}
