package uk.nhs.intentions.index;

import java.util.Comparator;

/** Orders "3.9" before "3.10", as a reader expects. */
public final class IntentionNumbers {
    public static final Comparator<String> ORDER = IntentionNumbers::compare;

    private IntentionNumbers() {
    }

    static int compare(String a, String b) {
        String[] x = a.split("\\.");
        String[] y = b.split("\\.");
        for (int i = 0; i < Math.min(x.length, y.length); i++) {
            int c = compareParts(x[i], y[i]);
            if (c != 0) {
                return c;
            }
        }
        return Integer.compare(x.length, y.length);
    }

    private static int compareParts(String a, String b) {
        boolean na = a.matches("\\d{1,9}");
        boolean nb = b.matches("\\d{1,9}");
        if (na && nb) {
            return Integer.compare(Integer.parseInt(a), Integer.parseInt(b));
        }
        if (na != nb) {
            return na ? -1 : 1;
        }
        return a.compareTo(b);
    }
}
