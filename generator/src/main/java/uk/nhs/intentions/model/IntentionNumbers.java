package uk.nhs.intentions.model;

import java.util.Comparator;

/** Orders "3.9" before "3.10", as a reader expects. */
public final class IntentionNumbers {
    public static final Comparator<String> ORDER = IntentionNumbers::compare;

    /**
     * Intentions as a reader expects them: by number, then by id; unnumbered ones (a letter's list) after the
     * numbered and in the order the source gives them.
     */
    public static final Comparator<Intention> READING_ORDER = (a, b) -> {
        int c = compare(a.number(), b.number());
        if (c != 0) {
            return c;
        }
        if (a.number().isEmpty()) {
            SourcePos pa = a.at().self();
            SourcePos pb = b.at().self();
            c = pa.path().compareTo(pb.path());
            c = c != 0 ? c : Integer.compare(pa.line(), pb.line());
            c = c != 0 ? c : Integer.compare(pa.column(), pb.column());
            if (c != 0) {
                return c;
            }
        }
        return a.id().compareTo(b.id());
    };

    private IntentionNumbers() {
    }

    /**
     * Compares dot-separated parts: numeric parts (1 to 9 digits) by value and before text parts, text parts
     * by characters, then the shorter number first. No regular expressions or allocation: this runs inside
     * every sort of intentions (hundreds of thousands of comparisons on a large site).
     */
    static int compare(String a, String b) {
        // Parts as String.split("\\.") gives them: trailing empty parts dropped, "" is one empty part.
        int la = partsEnd(a);
        int lb = partsEnd(b);
        boolean noneA = la == 0 && !a.isEmpty();
        boolean noneB = lb == 0 && !b.isEmpty();
        if (noneA || noneB) {
            return Boolean.compare(!noneA, !noneB);
        }
        int i = 0;
        int j = 0;
        while (true) {
            int ei = end(a, i, la);
            int ej = end(b, j, lb);
            int c = compareParts(a, i, ei, b, j, ej);
            if (c != 0) {
                return c;
            }
            boolean moreA = ei < la;
            boolean moreB = ej < lb;
            if (!moreA || !moreB) {
                return Boolean.compare(moreA, moreB);
            }
            i = ei + 1;
            j = ej + 1;
        }
    }

    private static int partsEnd(String s) {
        int n = s.length();
        while (n > 0 && s.charAt(n - 1) == '.') {
            n--;
        }
        return n;
    }

    private static int end(String s, int from, int limit) {
        int dot = s.indexOf('.', from);
        return dot < 0 || dot > limit ? limit : dot;
    }

    private static boolean numeric(String s, int from, int to) {
        if (to - from < 1 || to - from > 9) {
            return false;
        }
        for (int k = from; k < to; k++) {
            char c = s.charAt(k);
            if (c < '0' || c > '9') {
                return false;
            }
        }
        return true;
    }

    private static int compareParts(String a, int ai, int ae, String b, int bi, int be) {
        boolean na = numeric(a, ai, ae);
        boolean nb = numeric(b, bi, be);
        if (na && nb) {
            return Integer.compare(Integer.parseInt(a, ai, ae, 10), Integer.parseInt(b, bi, be, 10));
        }
        if (na != nb) {
            return na ? -1 : 1;
        }
        int len = Math.min(ae - ai, be - bi);
        for (int k = 0; k < len; k++) {
            char x = a.charAt(ai + k);
            char y = b.charAt(bi + k);
            if (x != y) {
                return x - y;
            }
        }
        return (ae - ai) - (be - bi);
    }
}
